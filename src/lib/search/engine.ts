/**
 * The query side of the term index: turns query words into per-document field scores (from term
 * or n-gram postings), keeps documents matching every word and the filters, ranks them exactly as
 * Fuse.js token search with `tokenMatch: 'all'` would, and counts facets. Pure: never fetches,
 * never touches the DOM; it reports which shards it needs and the caller loads them.
 */
import { ByteReader } from "./bytes.ts";
import { normTable, undelta, type CoreData } from "./format.ts";
import { INDEX_FORMAT, SEARCH_ERRORS, SEARCH_OPTIONS } from "./options.ts";
import { readBlock, readStrings, type DecodedBlock } from "./postings.ts";
import { Vocabulary } from "./vocabulary.ts";

/** Shards a query needs that are not loaded yet. */
export interface MissingShards {
  readonly terms: readonly number[];
  readonly grams: readonly number[];
}

/** Selected filter values, as facet indices. */
export interface Filters {
  readonly programmes: readonly number[];
  readonly topics: readonly number[];
}

/** The answer to a query. */
export interface Outcome {
  /** The best matching document ids (at most the limit asked for), best first. */
  readonly ids: Int32Array;
  /** How many documents match. */
  readonly total: number;
  /** Fuse.js-equivalent score of each id (lower is better; 0 when there is no query). */
  readonly scores: Float64Array;
  /** Documents matching the query and the topic filter, per programme. */
  readonly programmeCounts: readonly number[];
  /** Documents matching the query and the programme filter, per topic. */
  readonly topicCounts: readonly number[];
  /** Whether a token (lower-cased) matches a query word, for highlighting. */
  readonly matches: (term: string) => boolean;
}

interface WordHits {
  /** Matching documents, ascending. */
  readonly docs: Int32Array;
  /** Best Bitap score per document and field (docCount × fields; 1 = no match). */
  readonly best: Float64Array;
  readonly matches: (term: string) => boolean;
}

/** A loaded search index and the query engine over it. */
export class SearchEngine {
  readonly core: CoreData;
  readonly vocabulary: Vocabulary;
  readonly docCount: number;
  private readonly fieldTotal: number;
  private readonly weights: number[];
  /** Field norms, docCount × fields; computed on first use, so the first query's downloads start sooner. */
  private normCache: Float64Array | undefined;
  private readonly termIds = new Map<string, number>();
  private readonly slotInShard: Int32Array;
  private readonly termBlocks: (DecodedBlock | undefined)[];
  private readonly gramBlocks: ({ keys: Map<string, number>; block: DecodedBlock } | undefined)[];
  private readonly programmeMask: Uint32Array;
  private readonly topicMask: Uint32Array;
  private readonly cache = new Map<string, WordHits>();
  private readonly expansions = new Map<string, ReturnType<Vocabulary["expand"]>>();

  constructor(core: CoreData) {
    if (core.format !== INDEX_FORMAT) throw new Error(SEARCH_ERRORS.badFormat);
    this.core = core;
    this.docCount = core.docCount;
    this.fieldTotal = core.fields.length;
    const terms = core.terms === "" ? [] : core.terms.split("\n");
    this.vocabulary = new Vocabulary(terms);
    terms.forEach((t, i) => this.termIds.set(t, i));
    // Fuse.js normalises key weights by their sum, accumulated in key order.
    let total = 0;
    for (const f of core.fields) total += f.weight;
    this.weights = core.fields.map((f) => f.weight / total);
    const nextSlot = new Array<number>(core.termShardSizes.length).fill(0);
    this.slotInShard = Int32Array.from(core.termShard, (k) => {
      const slot = nextSlot[k] ?? 0;
      nextSlot[k] = slot + 1;
      return slot;
    });
    this.termBlocks = core.termShardSizes.map(() => undefined);
    this.gramBlocks = core.gramShardSizes.map(() => undefined);
    this.programmeMask = facetMasks(core.facets.programmes, core.docCount);
    this.topicMask = facetMasks(core.facets.topics, core.docCount);
  }

  private get norms(): Float64Array {
    if (!this.normCache) {
      const table = normTable(this.core);
      const norms = new Float64Array(table.length);
      for (let i = 0; i < table.length; i++) norms[i] = (table[i] ?? 0) / 1000;
      this.normCache = norms;
    }
    return this.normCache;
  }

  /** Indices of the programmes of document `d`. */
  programmesOf(d: number): number[] {
    const out: number[] = [];
    for (let m = this.programmeMask[d] ?? 0, i = 0; m !== 0; m >>>= 1, i++) if (m & 1) out.push(i);
    return out;
  }

  /** Whether term shard `k` is loaded. */
  hasTermShard(k: number): boolean {
    return this.termBlocks[k] !== undefined;
  }

  /** Whether n-gram shard `k` is loaded. */
  hasGramShard(k: number): boolean {
    return this.gramBlocks[k] !== undefined;
  }

  /** Adds the (decompressed) bytes of term shard `k`. */
  addTermShard(k: number, bytes: Uint8Array): void {
    const keys = this.core.termShard.reduce((n, s) => (s === k ? n + 1 : n), 0);
    this.termBlocks[k] = readBlock(new ByteReader(bytes), keys, this.fieldTotal);
  }

  /** Adds the (decompressed) bytes of n-gram shard `k`. */
  addGramShard(k: number, bytes: Uint8Array): void {
    const reader = new ByteReader(bytes);
    const names = readStrings(reader);
    const block = readBlock(reader, names.length, this.fieldTotal);
    this.gramBlocks[k] = { keys: new Map(names.map((g, i) => [g, i])), block };
  }

  /** The shards answering `words` needs and lacks (empty when it can run). */
  missing(words: readonly string[]): MissingShards {
    const terms = new Set<number>();
    const grams = new Set<number>();
    for (const word of words) {
      if (this.cache.has(word)) continue;
      if (this.isGramWord(word)) {
        const k = this.gramShardOf(word);
        if (k >= 0 && !this.hasGramShard(k) && this.vocabulary.containing(word).length > 0) grams.add(k);
      } else {
        const { ids } = this.expand(word);
        for (const id of ids) {
          const k = this.core.termShard[id] ?? 0;
          if (!this.hasTermShard(k)) terms.add(k);
        }
      }
    }
    return { terms: [...terms].sort((a, b) => a - b), grams: [...grams].sort((a, b) => a - b) };
  }

  /** Download size of the given shards, bytes. */
  downloadBytes(shards: MissingShards): number {
    let bytes = 0;
    for (const k of shards.terms) bytes += this.core.termShardSizes[k] ?? 0;
    for (const k of shards.grams) bytes += this.core.gramShardSizes[k] ?? 0;
    return bytes;
  }

  /**
   * Answers a query with its best `limit` documents ranked; throws if a shard it needs is missing
   * (call `missing` first), unless `partial`: then the postings of missing shards are left out and
   * the answer is the exact one over the loaded postings only (a preview, never cached).
   */
  search(
    words: readonly string[],
    filters: Filters,
    limit: number = Number.MAX_SAFE_INTEGER,
    partial = false,
  ): Outcome {
    const progSel = maskOf(filters.programmes);
    const topicSel = maskOf(filters.topics);
    const hits = words.map((w) => this.hits(w, partial));
    // Norms now, even if nothing matches yet: a preview's search then prepares the complete one's.
    const norms = hits.length > 0 ? this.norms : undefined;
    const candidates = hits.length === 0 ? allDocs(this.docCount) : intersect(hits.map((h) => h.docs));
    const programmeCounts = new Array<number>(this.core.facets.programmes.length).fill(0);
    const topicCounts = new Array<number>(this.core.facets.topics.length).fill(0);
    const kept: number[] = [];
    // Plain loops without calls per document: the first query runs them before they are optimised.
    const programmeMask = this.programmeMask;
    const topicMask = this.topicMask;
    for (let i = 0; i < candidates.length; i++) {
      const d = candidates[i] ?? 0;
      const pm = programmeMask[d] ?? 0;
      const tm = topicMask[d] ?? 0;
      const p = progSel === 0 || (pm & progSel) !== 0;
      const t = topicSel === 0 || (tm & topicSel) !== 0;
      if (t) addBits(programmeCounts, pm);
      if (p) addBits(topicCounts, tm);
      if (p && t) kept.push(d);
    }
    const matchers = hits.map((h) => h.matches);
    const matches = (term: string): boolean => matchers.some((m) => m(term));
    if (hits.length === 0 || !norms) {
      const ids = Int32Array.from(kept.slice(0, limit));
      return {
        ids,
        scores: new Float64Array(ids.length),
        total: kept.length,
        programmeCounts,
        topicCounts,
        matches,
      };
    }
    const idf = Float64Array.from(words, (w) => {
      const id = this.termIds.get(w);
      const df = id === undefined ? 0 : (this.core.df[id] ?? 0);
      return Math.log(1 + (this.core.fieldCount - df + 0.5) / (df + 0.5));
    });
    // Fuse.js's record score (token search): per field, the idf-weighted Bitap scores of the words,
    // raised to the field's weight times its norm, multiplied over the matched fields.
    let max = 0;
    for (let i = 0; i < idf.length; i++) max += idf[i] ?? 0;
    const F = this.fieldTotal;
    const W = hits.length;
    const bests = hits.map((h) => h.best);
    const weights = Float64Array.from(this.weights);
    const best = new TopK(Math.min(limit, kept.length));
    for (let c = 0; c < kept.length; c++) {
      const d = kept[c] ?? 0;
      let total = 1;
      for (let f = 0; f < F; f++) {
        let weighted = 0;
        let matched = false;
        for (let i = 0; i < W; i++) {
          const s = bests[i]?.[d * F + f] ?? 1;
          if (s < 1) {
            matched = true;
            weighted += (idf[i] ?? 0) * (1 - s);
          }
        }
        if (!matched) continue;
        const normalized = max > 0 ? 1 - weighted / max : 0;
        const fieldScore = Math.max(0.001, normalized);
        total *= Math.pow(fieldScore, (weights[f] ?? 1) * (norms[d * F + f] ?? 1));
      }
      best.offer(total, d);
    }
    const { ids, scores } = best.sorted();
    return { ids, scores, total: kept.length, programmeCounts, topicCounts, matches };
  }

  private isGramWord(word: string): boolean {
    return this.core.gramLengths.includes(word.length);
  }

  private gramShardOf(gram: string): number {
    const starts = this.core.gramShardStarts;
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || gram < (starts[0] ?? "")) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? "") <= gram) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private expand(word: string): ReturnType<Vocabulary["expand"]> {
    let e = this.expansions.get(word);
    if (!e) {
      e = this.vocabulary.expand(word, SEARCH_OPTIONS.threshold);
      remember(this.expansions, word, e, SEARCH_OPTIONS.wordCacheSize * 4);
    }
    return e;
  }

  /** Per-document field scores of one word (cached when complete); `partial` skips missing shards. */
  private hits(word: string, partial: boolean): WordHits {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const F = this.fieldTotal;
    const best = new Float64Array(this.docCount * F).fill(1);
    const seen = new Uint8Array(this.docCount);
    const docs: number[] = [];
    const add = (block: DecodedBlock, slot: number, score: number): void => {
      for (let f = 0; f < F; f++) {
        const from = block.offsets[slot * F + f] ?? 0;
        const to = block.offsets[slot * F + f + 1] ?? 0;
        for (let j = from; j < to; j++) {
          const d = block.ids[j] ?? 0;
          const k = d * F + f;
          if (score < (best[k] ?? 1)) best[k] = score;
          if (seen[d] === 0) {
            seen[d] = 1;
            docs.push(d);
          }
        }
      }
    };
    let matches: (term: string) => boolean;
    let complete = true;
    if (this.isGramWord(word)) {
      const k = this.gramShardOf(word);
      const shard = k >= 0 ? this.gramBlocks[k] : undefined;
      if (k >= 0 && !shard && this.vocabulary.containing(word).length > 0) {
        if (!partial) throw new Error(SEARCH_ERRORS.missingShard);
        complete = false;
      }
      const slot = shard?.keys.get(word);
      if (shard && slot !== undefined) add(shard.block, slot, 0.001);
      matches = (term) => term.includes(word);
    } else {
      const { ids, scores } = this.expand(word);
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] ?? 0;
        const block = this.termBlocks[this.core.termShard[id] ?? 0];
        if (block) add(block, this.slotInShard[id] ?? 0, scores[i] ?? 1);
        else if (!partial) throw new Error(SEARCH_ERRORS.missingShard);
        else complete = false;
      }
      const set = new Set(Array.from(ids, (id) => this.vocabulary.terms[id] ?? ""));
      matches = (term) => set.has(term);
    }
    const result: WordHits = { docs: Int32Array.from(docs).sort(), best, matches };
    if (complete) remember(this.cache, word, result, SEARCH_OPTIONS.wordCacheSize);
    return result;
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
  map.set(key, value);
  if (map.size > limit) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}

function facetMasks(facets: CoreData["facets"]["programmes"], docCount: number): Uint32Array {
  if (facets.length > 32) throw new Error(SEARCH_ERRORS.tooManyFacets);
  const masks = new Uint32Array(docCount);
  facets.forEach((facet, i) => {
    for (const d of undelta(facet.docs)) masks[d] = (masks[d] ?? 0) | (1 << i);
  });
  return masks;
}

function maskOf(indices: readonly number[]): number {
  let mask = 0;
  for (const i of indices) if (i >= 0 && i < 32) mask |= 1 << i;
  return mask >>> 0;
}

function addBits(counts: number[], mask: number): void {
  for (let m = mask >>> 0, i = 0; m !== 0; m >>>= 1, i++) if (m & 1) counts[i] = (counts[i] ?? 0) + 1;
}

function allDocs(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** Intersection of ascending id lists. */
function intersect(lists: readonly Int32Array[]): Int32Array {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let acc = sorted[0] ?? new Int32Array(0);
  for (let l = 1; l < sorted.length && acc.length > 0; l++) {
    const other = sorted[l] ?? new Int32Array(0);
    const out: number[] = [];
    let j = 0;
    for (let i = 0; i < acc.length; i++) {
      const v = acc[i] ?? 0;
      while (j < other.length && (other[j] ?? 0) < v) j++;
      if (j < other.length && other[j] === v) out.push(v);
    }
    acc = Int32Array.from(out);
  }
  return acc;
}

/** The k best (lowest score, then lowest id) of a stream of (score, id), kept in a max-heap. */
class TopK {
  private readonly scores: Float64Array;
  private readonly ids: Int32Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.scores = new Float64Array(k);
    this.ids = new Int32Array(k);
  }

  /** Whether (a, ia) ranks after (b, ib). */
  private static worse(a: number, ia: number, b: number, ib: number): boolean {
    return a === b ? ia > ib : a > b;
  }

  offer(score: number, id: number): void {
    if (this.k === 0) return;
    const s = this.scores;
    const ids = this.ids;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!TopK.worse(score, id, s[parent] ?? 0, ids[parent] ?? 0)) break;
        s[i] = s[parent] ?? 0;
        ids[i] = ids[parent] ?? 0;
        i = parent;
      }
      s[i] = score;
      ids[i] = id;
      return;
    }
    if (!TopK.worse(s[0] ?? 0, ids[0] ?? 0, score, id)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && TopK.worse(s[r] ?? 0, ids[r] ?? 0, s[l] ?? 0, ids[l] ?? 0) ? r : l;
      if (!TopK.worse(s[c] ?? 0, ids[c] ?? 0, score, id)) break;
      s[i] = s[c] ?? 0;
      ids[i] = ids[c] ?? 0;
      i = c;
    }
    s[i] = score;
    ids[i] = id;
  }

  /** The kept entries, best first. */
  sorted(): { ids: Int32Array; scores: Float64Array } {
    const order = Array.from({ length: this.size }, (_, i) => i).sort((a, b) => {
      const sa = this.scores[a] ?? 0;
      const sb = this.scores[b] ?? 0;
      return sa === sb ? (this.ids[a] ?? 0) - (this.ids[b] ?? 0) : sa - sb;
    });
    return {
      ids: Int32Array.from(order, (i) => this.ids[i] ?? 0),
      scores: Float64Array.from(order, (i) => this.scores[i] ?? 0),
    };
  }
}
