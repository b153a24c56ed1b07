/**
 * The shape of the search index files, shared by the build (which writes them) and the browser
 * (which reads them): types and tiny helpers.
 */
import { normPerMille } from "./analyze.ts";
import { at } from "./at.ts";
import { SEARCH_ERRORS } from "./options.ts";

/** A programme or topic the results can be filtered by. */
export interface IndexedTag {
  readonly slug: string;
  readonly label: string;
  /** Ids of its documents, ascending, delta-coded (first id, then differences). */
  readonly docs: readonly number[];
  /** Words (whitespace-separated runs) its name adds to the "tags" field of each of its documents. */
  readonly words: number;
}

/**
 * How the core gives one field's norms: every document's norm in thousandths (0: empty field) as
 * one character each (code = norm + NORM_CHAR_OFFSET: one string parses and decodes far faster
 * than an array of numbers), or "facets": computed from the words each programme and topic adds to
 * the "tags" field, when the build checked that this gives the same numbers for every document.
 */
export type NormColumn = string;

/** Added to a norm (thousandths, at most 1000) to make its character: printable, never a surrogate. */
export const NORM_CHAR_OFFSET = 32;

/** The norm column of "tags" when computed from the facets. */
export const NORMS_FROM_FACETS = "facets";

/** A column of norms (thousandths) as stored in the core. */
export function encodeNorms(norms: readonly number[]): NormColumn {
  const parts: string[] = [];
  // In slices: a call takes a bounded number of arguments.
  for (let i = 0; i < norms.length; i += 4096) {
    parts.push(String.fromCharCode(...norms.slice(i, i + 4096).map((v) => v + NORM_CHAR_OFFSET)));
  }
  return parts.join("");
}

/** Everything loaded before the first query: vocabulary, document store, facets, shard tables. */
export interface CoreData {
  readonly format: number;
  readonly docCount: number;
  /** Number of non-empty fields over all documents (Fuse.js's `fieldCount`, for idf). */
  readonly fieldCount: number;
  /** Field names and raw weights, in key order. */
  readonly fields: readonly { readonly name: string; readonly weight: number }[];
  /** Every term, sorted, joined by "\n". */
  readonly terms: string;
  /** Per term: in how many fields it occurs (Fuse.js's `df`). */
  readonly df: readonly number[];
  /** Per term: the term shard holding its postings (shard 0 holds the rare terms and loads with the core). */
  readonly termShard: readonly number[];
  /** Download size of each term shard, bytes. */
  readonly termShardSizes: readonly number[];
  /** Lengths of the query words answered from n-gram postings (those Fuse.js matches only exactly). */
  readonly gramLengths: readonly number[];
  /** First n-gram of each n-gram shard, ascending. */
  readonly gramShardStarts: readonly string[];
  /** Download size of each n-gram shard, bytes. */
  readonly gramShardSizes: readonly number[];
  readonly docs: {
    readonly titles: readonly string[];
    /** The slug, or "" when it is the title's slug. */
    readonly slugs: readonly string[];
    /** "YYYY-MM-DD" or "". */
    readonly dates: readonly string[];
    /** Fuse.js field-length norms, one column per field (in key order). */
    readonly norms: readonly NormColumn[];
  };
  readonly facets: { readonly programmes: readonly IndexedTag[]; readonly topics: readonly IndexedTag[] };
}

/** The norm (thousandths, 0: empty) of every document's field `f`: docCount × fields, row per document. */
export function normTable(core: CoreData): Uint16Array {
  const F = core.fields.length;
  const n = core.docCount;
  const table = new Uint16Array(n * F);
  core.docs.norms.forEach((column, f) => {
    if (column === NORMS_FROM_FACETS) {
      const runs = new Uint32Array(n);
      for (const facet of [...core.facets.programmes, ...core.facets.topics]) {
        for (const d of undelta(facet.docs)) runs[d] = (runs[d] ?? 0) + facet.words;
      }
      runs.forEach((r, d) => (table[d * F + f] = r === 0 ? 0 : normPerMille(r)));
    } else {
      for (let d = 0; d < n; d++) table[d * F + f] = column.charCodeAt(d) - NORM_CHAR_OFFSET;
    }
  });
  return table;
}

/** Decodes a delta-coded ascending id list. */
export function undelta(deltas: readonly number[]): number[] {
  // A plain loop: it runs over every tag as the index loads, before the code is optimised.
  const out = new Array<number>(deltas.length);
  let prev = 0;
  for (let i = 0; i < deltas.length; i++) {
    prev += deltas[i] ?? 0;
    out[i] = prev;
  }
  return out;
}

/** Delta-codes an ascending id list. */
export function delta(ids: readonly number[]): number[] {
  return ids.map((id, i) => (i === 0 ? id : id - (ids[i - 1] ?? 0)));
}

/** File name (below the index folder) of term shard `k`. */
export function termShardFile(k: number): string {
  return `t${k}`;
}

/** File name (below the index folder) of n-gram shard `k`. */
export function gramShardFile(k: number): string {
  return `g${k}`;
}

/** The n-gram shard holding `gram`, given each shard's first n-gram (ascending); -1 if before them all. */
export function gramShardOf(starts: readonly string[], gram: string): number {
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0 || gram < at(starts, 0)) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (at(starts, mid) <= gram) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** File name of the core. */
export const CORE_FILE = "core";

/** The largest error count Bitap accepts for a word of `length` characters at `threshold`. */
export function maxErrors(length: number, threshold: number): number {
  let k = 0;
  while (k < length && (k + 1) / length <= threshold) k++;
  return k;
}

/** A postings shard carried inside the core file (so the first query needs one download). */
export interface EmbeddedShard {
  readonly kind: "term" | "gram";
  readonly k: number;
  readonly bytes: Uint8Array;
}

/** The core file's content: the core data followed by the shards it embeds. */
export interface CorePack {
  readonly core: CoreData;
  readonly shards: readonly EmbeddedShard[];
}

/** Lays out the core file: uint32 JSON length, the JSON (UTF-8), then per shard kind byte, uint32 k, uint32 length, bytes (little-endian). */
export function packCore(core: CoreData, shards: readonly EmbeddedShard[]): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(core));
  const size = 4 + json.length + shards.reduce((n, s) => n + 9 + s.bytes.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, json.length, true);
  out.set(json, 4);
  let at = 4 + json.length;
  for (const s of shards) {
    view.setUint8(at, s.kind === "term" ? 0 : 1);
    view.setUint32(at + 1, s.k, true);
    view.setUint32(at + 5, s.bytes.length, true);
    out.set(s.bytes, at + 9);
    at += 9 + s.bytes.length;
  }
  return out;
}

/** Reads a core file laid out by packCore; throws on a truncated file. */
export function unpackCore(bytes: Uint8Array): CorePack {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4) throw new Error(SEARCH_ERRORS.truncatedCore);
  const jsonLength = view.getUint32(0, true);
  if (4 + jsonLength > bytes.length) throw new Error(SEARCH_ERRORS.truncatedCore);
  const core = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + jsonLength))) as CoreData;
  const shards: EmbeddedShard[] = [];
  let at = 4 + jsonLength;
  while (at + 9 <= bytes.length) {
    const kind = view.getUint8(at) === 0 ? "term" : "gram";
    const k = view.getUint32(at + 1, true);
    const length = view.getUint32(at + 5, true);
    if (at + 9 + length > bytes.length) throw new Error(SEARCH_ERRORS.truncatedCore);
    shards.push({ kind, k, bytes: bytes.subarray(at + 9, at + 9 + length) });
    at += 9 + length;
  }
  return { core, shards };
}
