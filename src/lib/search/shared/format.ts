/**
 * The search index files, as the build writes them and the browser reads them: the core's shape,
 * the postings and positions codecs, the file names. Pure; ships to the browser.
 *
 * Files (below /search/data/, each gzip-compressed):
 * - `core.bin`: the core JSON (vocabulary, documents, facets, synonyms, shard tables), followed by
 *   every shard when the index is small;
 * - `p{k}.bin`: the postings of the words of shard k, in vocabulary order;
 * - `q{k}.bin`: their positions, read only by queries that need them (several words, phrases).
 */
import { ByteReader, ByteWriter } from "./bytes.ts";
import { SEARCH_ERRORS } from "./options.ts";

/** Version of the index files; bump when their layout changes. */
export const INDEX_FORMAT = 6;

/** Fields, by their code in a posting's field mask and in positions. */
export const FIELDS = ["title", "tags", "body"] as const;
export type FieldName = (typeof FIELDS)[number];

/**
 * Where each field's words are numbered from: one position space per document, far enough apart
 * that no phrase and no proximity crosses from one field to another.
 */
export const FIELD_START = [0, 4096, 8192] as const;

/** The field (0 title, 1 tags, 2 body) of a position. */
export function fieldOfPosition(p: number): number {
  return p < FIELD_START[1] ? 0 : p < FIELD_START[2] ? 1 : 2;
}

/** A posting's weight is RATE_SCALE × log2(1 + 1000 × occurrences ÷ √(document length)), 1–63 (see buildIndex.ts weight). */
export const RATE_SCALE = 6;

/** The largest weight: six bits, beside the two of the field in a posting's byte. */
export const MAX_RATE = 63;

/** One value a search can be filtered by (a programme, a topic, a region …). */
export interface FacetValue {
  readonly slug: string;
  readonly label: string;
  /** Ids of its documents, ascending, delta-coded. */
  readonly docs: readonly number[];
}

/** A filter: its name (the URL parameter and the checkboxes' name) and its values. */
export interface Facet {
  readonly name: string;
  readonly values: readonly FacetValue[];
}

/** Everything loaded before the first query. */
export interface CoreData {
  readonly format: number;
  readonly docCount: number;
  /** Every word of every document (folded), sorted, joined by "\n". */
  readonly words: string;
  /** Per word: in how many documents it occurs (suggestions prefer common words). */
  readonly df: readonly number[];
  /** Per word: the shard holding its postings and positions (shards follow the vocabulary's order). */
  readonly wordShard: readonly number[];
  /** Download size of each postings shard, bytes. */
  readonly postingsSizes: readonly number[];
  /** Download size of each positions shard, bytes. */
  readonly positionsSizes: readonly number[];
  /** Synonym groups: expressions as folded word sequences. */
  readonly synonyms: readonly (readonly (readonly string[])[])[];
  readonly docs: {
    readonly titles: readonly string[];
    /** The slug, or "" when it is the title's slug. */
    readonly slugs: readonly string[];
    /** "YYYY-MM-DD" or "". */
    readonly dates: readonly string[];
  };
  readonly facets: readonly Facet[];
}

/** One word's postings: the documents holding it, with where and how often. */
export interface Postings {
  /** Document ids, ascending. */
  readonly docs: Int32Array;
  /** Per document: the first field holding the word (0 title, 1 tags, 2 body). */
  readonly field: Uint8Array;
  /** Per document: the word's weight in it (see RATE_SCALE). */
  readonly rate: Uint8Array;
}

/** One word's positions, aligned with its postings: document i's are positions[offsets[i] … offsets[i+1]). */
export interface Positions {
  readonly offsets: Int32Array;
  readonly positions: Int32Array;
}

/** A word's postings as the build gives them. */
export interface WordEntry {
  readonly docs: readonly number[];
  readonly field: readonly number[];
  readonly rate: readonly number[];
  /** Per document, its positions ascending. */
  readonly positions: readonly (readonly number[])[];
}

/** Encodes the postings of some words (shard order): per word the count, the id gaps (varints), then a byte per document: field and weight. */
export function encodePostings(entries: readonly WordEntry[]): Uint8Array {
  const w = new ByteWriter();
  for (const e of entries) {
    w.uint(e.docs.length);
    let prev = 0;
    for (let i = 0; i < e.docs.length; i++) {
      const d = e.docs[i] ?? 0;
      w.uint(d - prev);
      prev = d;
    }
    // One raw byte per document: the field in the top two bits, the weight below.
    w.append(Uint8Array.from(e.rate, (r, i) => ((e.field[i] ?? 2) << 6) | Math.min(MAX_RATE, r)));
  }
  return w.bytes();
}

/** Decodes `count` words' postings. */
export function decodePostings(bytes: Uint8Array, count: number): Postings[] {
  const r = new ByteReader(bytes);
  const out: Postings[] = [];
  for (let k = 0; k < count; k++) {
    const n = r.uint();
    const docs = new Int32Array(n);
    let prev = 0;
    for (let i = 0; i < n; i++) docs[i] = prev += r.uint();
    const rate = r.raw(n);
    if (rate.length < n) throw new Error(SEARCH_ERRORS.badShard);
    const field = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const b = rate[i] ?? 0;
      field[i] = b >> 6;
      rate[i] = b & MAX_RATE;
    }
    out.push({ docs, field, rate });
  }
  if (!r.done) throw new Error(SEARCH_ERRORS.badShard);
  return out;
}

/** Encodes the positions of some words (shard order): per word and document the count, the first position (field-relative), then the gaps. */
export function encodePositions(entries: readonly WordEntry[]): Uint8Array {
  const w = new ByteWriter();
  for (const e of entries) {
    w.uint(e.positions.length);
    for (const list of e.positions) {
      w.uint(list.length);
      // The first position as its field and its place in it (small numbers, one byte mostly).
      const first = list[0] ?? 0;
      const f = fieldOfPosition(first);
      w.uint((first - (FIELD_START[f] ?? 0)) * 3 + f);
      for (let j = 1; j < list.length; j++) w.uint((list[j] ?? 0) - (list[j - 1] ?? 0));
    }
  }
  return w.bytes();
}

/** Decodes `count` words' positions. */
export function decodePositions(bytes: Uint8Array, count: number): Positions[] {
  const r = new ByteReader(bytes);
  const out: Positions[] = [];
  for (let k = 0; k < count; k++) {
    const n = r.uint();
    const offsets = new Int32Array(n + 1);
    const flat: number[] = [];
    for (let i = 0; i < n; i++) {
      const c = r.uint();
      const first = c > 0 ? r.uint() : 0;
      let prev = Math.floor(first / 3) + (FIELD_START[first % 3] ?? 0);
      if (c > 0) flat.push(prev);
      for (let j = 1; j < c; j++) flat.push((prev += r.uint()));
      offsets[i + 1] = flat.length;
    }
    out.push({ offsets, positions: Int32Array.from(flat) });
  }
  if (!r.done) throw new Error(SEARCH_ERRORS.badShard);
  return out;
}

/** File name (below the index folder, without ".bin") of postings shard `k`. */
export function postingsFile(k: number): string {
  return `p${k}`;
}

/** File name of positions shard `k`. */
export function positionsFile(k: number): string {
  return `q${k}`;
}

/** File name of the core. */
export const CORE_FILE = "core";

/** A shard carried inside the core file. */
export interface EmbeddedShard {
  readonly kind: "postings" | "positions";
  readonly k: number;
  readonly bytes: Uint8Array;
}

/** Lays out the core file: uint32 JSON length, the JSON (UTF-8), then per shard: kind byte, uint32 k, uint32 length, bytes (little-endian). */
export function packCore(core: CoreData, shards: readonly EmbeddedShard[]): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(core));
  const size = 4 + json.length + shards.reduce((n, s) => n + 9 + s.bytes.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, json.length, true);
  out.set(json, 4);
  let at = 4 + json.length;
  for (const s of shards) {
    view.setUint8(at, s.kind === "postings" ? 0 : 1);
    view.setUint32(at + 1, s.k, true);
    view.setUint32(at + 5, s.bytes.length, true);
    out.set(s.bytes, at + 9);
    at += 9 + s.bytes.length;
  }
  return out;
}

/** Reads a core file laid out by packCore; throws on a truncated file or another format. */
export function unpackCore(bytes: Uint8Array): { core: CoreData; shards: EmbeddedShard[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4) throw new Error(SEARCH_ERRORS.truncatedCore);
  const jsonLength = view.getUint32(0, true);
  if (4 + jsonLength > bytes.length) throw new Error(SEARCH_ERRORS.truncatedCore);
  const core = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + jsonLength))) as CoreData;
  if (core.format !== INDEX_FORMAT) throw new Error(SEARCH_ERRORS.badFormat);
  const shards: EmbeddedShard[] = [];
  let at = 4 + jsonLength;
  while (at + 9 <= bytes.length) {
    const kind = view.getUint8(at) === 0 ? "postings" : "positions";
    const k = view.getUint32(at + 1, true);
    const length = view.getUint32(at + 5, true);
    if (at + 9 + length > bytes.length) throw new Error(SEARCH_ERRORS.truncatedCore);
    shards.push({ kind, k, bytes: bytes.subarray(at + 9, at + 9 + length) });
    at += 9 + length;
  }
  return { core, shards };
}

/** Decodes a delta-coded ascending id list. */
export function undelta(deltas: readonly number[]): Int32Array {
  const out = new Int32Array(deltas.length);
  let prev = 0;
  for (let i = 0; i < deltas.length; i++) out[i] = prev += deltas[i] ?? 0;
  return out;
}

/** Delta-codes an ascending id list. */
export function delta(ids: readonly number[]): number[] {
  return ids.map((id, i) => (i === 0 ? id : id - (ids[i - 1] ?? 0)));
}
