/**
 * The search index files, as the build writes them and the browser reads them: the core's shape,
 * the postings and positions codecs, the file names. Pure; ships to the browser.
 *
 * Files (below /search/data/, each gzip-compressed):
 * - `core.bin`: the core JSON (vocabulary, documents, facets, synonyms, shard tables), followed by
 *   each facet's rows (every document's set of values) and, when the index is small, every shard;
 * - `p{k}.bin`: the postings of the words of shard k, in vocabulary order;
 * - `q{k}.bin`: their positions, read only by queries that need them (several words, phrases).
 */
import { ByteReader, ByteWriter } from "./bytes.ts";
import { SEARCH_ERRORS } from "./options.ts";

/** Version of the index files; bump when their layout changes. */
export const INDEX_FORMAT = 7;

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
}

/**
 * A filter: its name (the URL parameter and the checkboxes' name), its values, and the sets of
 * values its documents have, most common first. Which set each document has travels as the
 * facet's rows (encodeFacet): a document's set is one small number, where a list of ids per
 * value spent a number per value and document (a 100,000-article index: 166 KB against 278 KB).
 */
export interface Facet {
  readonly name: string;
  readonly values: readonly FacetValue[];
  /** Value indices, ascending, per set. */
  readonly sets: readonly (readonly number[])[];
}

/** A facet and its rows, from each document's values (indices into `values`, any order). */
export function encodeFacet(
  name: string,
  values: readonly FacetValue[],
  docValues: readonly (readonly number[])[],
): { facet: Facet; rows: Uint8Array } {
  const keys = docValues.map((list) => [...new Set(list)].sort((a, b) => a - b).join(","));
  const seen = new Map<string, { count: number; first: number }>();
  keys.forEach((key, d) => {
    const s = seen.get(key);
    if (s) s.count++;
    else seen.set(key, { count: 1, first: d });
  });
  // Most common first (one-byte rows); among equals, the first seen first, so the order is fixed.
  const order = [...seen.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  const symbol = new Map(order.map(([key], i) => [key, i]));
  const w = new ByteWriter();
  for (const key of keys) w.uint(symbol.get(key) ?? 0);
  const sets = order.map(([key]) => (key === "" ? [] : key.split(",").map(Number)));
  return { facet: { name, values, sets }, rows: w.bytes() };
}

/** Decodes a facet's rows: per document, the index of its set; throws unless there is one per document, each naming a set. */
export function decodeFacetRows(bytes: Uint8Array, docCount: number, setCount: number): Int32Array {
  const r = new ByteReader(bytes);
  const rows = new Int32Array(docCount);
  for (let d = 0; d < docCount; d++) {
    if (r.done) throw new Error(SEARCH_ERRORS.badShard);
    const s = r.uint();
    if (s >= setCount) throw new Error(SEARCH_ERRORS.outOfRange);
    rows[d] = s;
  }
  if (!r.done) throw new Error(SEARCH_ERRORS.badShard);
  return rows;
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
  /** Per document in turn, its count of positions, then its positions ascending. */
  readonly positions: readonly number[];
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
    const list = e.positions;
    w.uint(e.docs.length);
    for (let at = 0, d = 0; d < e.docs.length; d++) {
      const count = list[at++] ?? 0;
      w.uint(count);
      if (count === 0) continue;
      // The first position as its field and its place in it (small numbers, one byte mostly).
      const first = list[at] ?? 0;
      const f = fieldOfPosition(first);
      w.uint((first - (FIELD_START[f] ?? 0)) * 3 + f);
      for (let j = at + 1; j < at + count; j++) w.uint((list[j] ?? 0) - (list[j - 1] ?? 0));
      at += count;
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

/** Binary sections a core file can carry, by their kind byte. */
const SECTION_KINDS = ["postings", "positions", "facet"] as const;

/** A section carried inside the core file: postings or positions shard `k`, or facet `k`'s rows. */
export interface EmbeddedShard {
  readonly kind: (typeof SECTION_KINDS)[number];
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
    view.setUint8(at, SECTION_KINDS.indexOf(s.kind));
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
    const kind = SECTION_KINDS[view.getUint8(at)];
    if (kind === undefined) throw new Error(SEARCH_ERRORS.badShard);
    const k = view.getUint32(at + 1, true);
    const length = view.getUint32(at + 5, true);
    if (at + 9 + length > bytes.length) throw new Error(SEARCH_ERRORS.truncatedCore);
    shards.push({ kind, k, bytes: bytes.subarray(at + 9, at + 9 + length) });
    at += 9 + length;
  }
  return { core, shards };
}
