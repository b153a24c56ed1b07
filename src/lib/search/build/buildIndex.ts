/**
 * Builds the search index at build time: the vocabulary of every word of every document (folded),
 * each word's postings (documents, fields, rate) and positions, cut into shards, and the document
 * store and facets the core carries. No file system and no compression here.
 */
import { fold } from "../../fold.ts";
import { words } from "../query/match.ts";
import { fieldText, type SearchDocument } from "./documents.ts";
import {
  FIELDS,
  FIELD_START,
  INDEX_FORMAT,
  MAX_RATE,
  RATE_SCALE,
  encodeFacet,
  encodePositions,
  encodePostings,
  type CoreData,
  type Facet,
  type WordEntry,
} from "../shared/format.ts";
import { SEARCH_OPTIONS } from "../shared/options.ts";

/** A filter value as the builder is given it. */
export interface SearchTag {
  readonly slug: string;
  readonly label: string;
}

/** A filter as the builder is given it: its name and how a document lists its values. */
export interface FacetSpec {
  readonly name: string;
  readonly values: readonly SearchTag[];
  readonly of: (doc: SearchDocument) => readonly string[];
}

/** Build inputs besides the documents. */
export interface BuildOptions {
  readonly facets: readonly FacetSpec[];
  /** Synonym groups, expressions as folded word sequences. */
  readonly synonyms: readonly (readonly (readonly string[])[])[];
  /** The slug a title gets by default; slugs equal to it are not stored. */
  readonly slugOf: (title: string) => string;
}

/** The built index: the core (shard sizes are raw until the caller compresses), each facet's rows, and the shards. */
export interface BuiltIndex {
  readonly core: CoreData;
  /** Per facet of the core: every document's set of values (encodeFacet), carried by the core file. */
  readonly facetRows: readonly Uint8Array[];
  readonly postings: readonly Uint8Array[];
  readonly positions: readonly Uint8Array[];
}

/** Builds the index of `docs`; their order is the document ids (see searchOrder). */
export function buildSearchIndex(docs: readonly SearchDocument[], options: BuildOptions): BuiltIndex {
  const entries = new Map<string, { docs: number[]; field: number[]; rate: number[]; positions: number[] }>();
  // Per document, reused: each distinct word's slot (in order of first use), then per slot its best field and count, and
  // each word occurrence's slot and position. A document's words are grouped by a counting sort
  // into one flat array, so the build makes no array or object per (word, document) pair: at
  // 10,000 articles those were 1.5 million short-lived arrays and a few hundred MB of garbage.
  const slotOf = new Map<string, number>();
  const slotField: number[] = [];
  const slotCount: number[] = [];
  const slotStart: number[] = [];
  const tokenSlot: number[] = [];
  const tokenPosition: number[] = [];
  const grouped: number[] = [];
  docs.forEach((doc, id) => {
    slotOf.clear();
    slotField.length = slotCount.length = 0;
    tokenSlot.length = tokenPosition.length = 0;
    let length = 0;
    FIELDS.forEach((name, f) => {
      const list = words(fieldText(doc, name));
      const start = FIELD_START[f] ?? 0;
      const limit = f + 1 < FIELD_START.length ? (FIELD_START[f + 1] ?? 0) - 1 : Number.MAX_SAFE_INTEGER;
      length += list.length;
      list.forEach((word, i) => {
        if (word.length > SEARCH_OPTIONS.maxWordLength) return;
        let slot = slotOf.get(word);
        if (slot === undefined) {
          slot = slotOf.size;
          slotOf.set(word, slot);
          // Fields come title first: the first to hold the word is its best.
          slotField.push(f);
          slotCount.push(0);
        }
        slotCount[slot] = (slotCount[slot] ?? 0) + 1;
        tokenSlot.push(slot);
        // A field longer than its position range keeps its last words at the range's end.
        tokenPosition.push(Math.min(start + i, limit));
      });
    });
    slotStart.length = 0;
    let next = 0;
    for (const c of slotCount) {
      slotStart.push(next);
      next += c;
    }
    grouped.length = next;
    // Tokens come in position order, so each slot's positions are ascending.
    tokenSlot.forEach((slot, t) => {
      grouped[slotStart[slot] ?? 0] = tokenPosition[t] ?? 0;
      slotStart[slot] = (slotStart[slot] ?? 0) + 1;
    });
    for (const [word, slot] of slotOf) {
      let e = entries.get(word);
      if (!e) entries.set(word, (e = { docs: [], field: [], rate: [], positions: [] }));
      const count = slotCount[slot] ?? 0;
      const end = slotStart[slot] ?? 0;
      e.docs.push(id);
      e.field.push(slotField[slot] ?? 0);
      e.rate.push(weight(count, length));
      e.positions.push(count);
      for (let j = end - count; j < end; j++) e.positions.push(grouped[j] ?? 0);
    }
  });
  const vocabulary = [...entries.keys()].sort();
  const ordered: WordEntry[] = vocabulary.map((w) => entries.get(w) as WordEntry);
  const { shardOf, shards } = partition(ordered, docs.length);
  const postings = shards.map((ids) => encodePostings(ids.map((i) => ordered[i] as WordEntry)));
  const positions = shards.map((ids) => encodePositions(ids.map((i) => ordered[i] as WordEntry)));
  const encoded = options.facets.map((spec) => {
    const index = new Map(spec.values.map((v, i) => [v.slug, i]));
    const docValues = docs.map((d) => spec.of(d).flatMap((slug) => index.get(slug) ?? []));
    return encodeFacet(
      spec.name,
      spec.values.map((v) => ({ slug: v.slug, label: v.label })),
      docValues,
    );
  });
  const facets: Facet[] = encoded.map((e) => e.facet);
  const core: CoreData = {
    format: INDEX_FORMAT,
    docCount: docs.length,
    words: vocabulary.join("\n"),
    df: ordered.map((e) => e.docs.length),
    wordShard: shardOf,
    postingsSizes: postings.map((b) => b.length),
    positionsSizes: positions.map((b) => b.length),
    synonyms: options.synonyms,
    docs: {
      titles: docs.map((d) => d.title),
      slugs: docs.map((d) => (options.slugOf(d.title) === d.slug ? "" : d.slug)),
      dates: docs.map((d) => d.date ?? ""),
    },
    facets,
  };
  return { core, facetRows: encoded.map((e) => e.rows), postings, positions };
}

/**
 * How much a word weighs in a document: its occurrences relative to the document's length, as
 * occurrences ÷ √length (the classic length norm: twelve mentions in a long article outweigh two
 * in a short one), on a log scale in six bits (steps of about 12 %), at least 1.
 */
export function weight(occurrences: number, length: number): number {
  const w = (occurrences * 1000) / Math.sqrt(Math.max(1, length));
  return Math.min(MAX_RATE, Math.max(1, Math.round(RATE_SCALE * Math.log2(1 + w))));
}

/**
 * The order of the documents in the index, which is the last ranking rule and "Newest first":
 * `docs` come in listing order (newest first by the date listings go by); articles listed under
 * the same date are put in title order (case and accents aside), the rest kept as listed.
 */
export function searchOrder<T extends { readonly listed?: string | undefined; readonly title: string }>(
  docs: readonly T[],
): T[] {
  const out: T[] = [];
  for (let i = 0; i < docs.length;) {
    let j = i + 1;
    while (j < docs.length && docs[j]?.listed === docs[i]?.listed) j++;
    const run = docs.slice(i, j).map((d, k) => ({ d, k, title: fold(d.title) }));
    run.sort((a, b) => (a.title === b.title ? a.k - b.k : a.title < b.title ? -1 : 1));
    for (const r of run) out.push(r.d);
    i = j;
  }
  return out;
}

/** Estimated compressed size of an id list, bytes: log2 C(n, k) bits (what a good coder approaches). */
export function estimateListBytes(k: number, n: number): number {
  if (k === 0 || k >= n) return 1;
  const m = Math.min(k, n - k);
  let bits = 0;
  for (let i = 0; i < m; i++) bits += Math.log2((n - i) / (m - i));
  return 2 + bits / 8;
}

/**
 * The words, in vocabulary order, cut into shards of about `shardTargetBytes` estimated bytes: the
 * words a typed prefix begins are neighbours, so they share few shards, and a word never matches
 * inside another, so no query needs the rare words of the whole alphabet.
 */
function partition(
  entries: readonly WordEntry[],
  docCount: number,
): { shardOf: number[]; shards: number[][] } {
  const { shardTargetBytes } = SEARCH_OPTIONS;
  const shardOf: number[] = [];
  const shards: number[][] = [];
  let size = Infinity;
  entries.forEach((e, i) => {
    if (size >= shardTargetBytes) {
      shards.push([]);
      size = 0;
    }
    shardOf.push(shards.length - 1);
    shards[shards.length - 1]?.push(i);
    // Ids, plus a byte of field and weight per document.
    size += estimateListBytes(e.docs.length, docCount) + e.docs.length * 0.4;
  });
  return { shardOf, shards };
}
