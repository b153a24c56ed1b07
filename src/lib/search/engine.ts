/**
 * The query side of the term index: turns query words into per-document field scores (from term
 * or n-gram postings), keeps documents matching every word and the filters, ranks them exactly as
 * Fuse.js token search with `tokenMatch: 'all'` would, and counts the tags of each facet. Pure: never fetches,
 * never touches the DOM; it reports which shards it needs and the caller loads them.
 */
import { at, atNumber } from "./at.ts";
import { ByteReader } from "./bytes.ts";
import { allDocs, tagMasks, intersect, keep, maskOf } from "./candidates.ts";
import { gramShardOf, normTable, type CoreData } from "./format.ts";
import { INDEX_FORMAT, SEARCH_ERRORS, SEARCH_OPTIONS } from "./options.ts";
import { readBlock, readStrings, type DecodedBlock } from "./postings.ts";
import type { SortOrder } from "./state.ts";
import { inverseFrequency, rank } from "./rank.ts";
import { Vocabulary } from "./vocabulary.ts";
import { HitsBuilder, remember, type WordHits } from "./wordHits.ts";

/** Shards a query needs that are not loaded yet. */
export interface MissingShards {
  readonly terms: readonly number[];
  readonly grams: readonly number[];
}

/** Selected filter values, as tag indices. */
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

/** A loaded search index and the query engine over it. */
export class SearchEngine {
  readonly core: CoreData;
  readonly vocabulary: Vocabulary;
  readonly docCount: number;
  private readonly fieldTotal: number;
  private readonly weights: Float64Array;
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
    this.weights = Float64Array.from(core.fields, (f) => f.weight / total);
    // Throws on a term whose shard is not in the shard table.
    const nextSlot = new Int32Array(core.termShardSizes.length);
    this.slotInShard = Int32Array.from(core.termShard, (k) => {
      const slot = at(nextSlot, k);
      nextSlot[k] = slot + 1;
      return slot;
    });
    this.termBlocks = core.termShardSizes.map(() => undefined);
    this.gramBlocks = core.gramShardSizes.map(() => undefined);
    this.programmeMask = tagMasks(core.facets.programmes, core.docCount);
    this.topicMask = tagMasks(core.facets.topics, core.docCount);
  }

  private get norms(): Float64Array {
    if (!this.normCache) {
      const table = normTable(this.core);
      const norms = new Float64Array(table.length);
      let i = 0;
      for (const norm of table) norms[i++] = norm / 1000;
      this.normCache = norms;
    }
    return this.normCache;
  }

  /** Indices of the programmes of document `d`. */
  programmesOf(d: number): number[] {
    const out: number[] = [];
    for (let m = at(this.programmeMask, d), i = 0; m !== 0; m >>>= 1, i++) if (m & 1) out.push(i);
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
        const k = gramShardOf(this.core.gramShardStarts, word);
        if (k >= 0 && !this.hasGramShard(k) && this.vocabulary.containing(word).length > 0) grams.add(k);
      } else {
        const { ids } = this.expand(word);
        for (const id of ids) {
          const k = at(this.core.termShard, id);
          if (!this.hasTermShard(k)) terms.add(k);
        }
      }
    }
    return { terms: [...terms].sort((a, b) => a - b), grams: [...grams].sort((a, b) => a - b) };
  }

  /** Download size of the given shards, bytes. */
  downloadBytes(shards: MissingShards): number {
    let bytes = 0;
    for (const k of shards.terms) bytes += at(this.core.termShardSizes, k);
    for (const k of shards.grams) bytes += at(this.core.gramShardSizes, k);
    return bytes;
  }

  /**
   * Answers a query with its best `limit` documents ranked; throws if a shard it needs is missing
   * (call `missing` first), unless `partial`: then the postings of missing shards are left out and
   * the answer is the exact one over the loaded postings only (a preview, never cached).
   * `order` "newest" keeps the matches in id order, which is the site's listing order (newest first).
   */
  search(
    words: readonly string[],
    filters: Filters,
    limit: number = Number.MAX_SAFE_INTEGER,
    partial = false,
    order: SortOrder = "relevance",
  ): Outcome {
    const hits = words.map((w) => this.hits(w, partial));
    // Norms now, even if nothing matches yet: a preview's search then prepares the complete one's.
    const norms = hits.length > 0 ? this.norms : undefined;
    const candidates = hits.length === 0 ? allDocs(this.docCount) : intersect(hits.map((h) => h.docs));
    const { facets } = this.core;
    const { docs, programmeCounts, topicCounts } = keep(
      candidates,
      { programmes: this.programmeMask, topics: this.topicMask },
      { programmes: maskOf(filters.programmes), topics: maskOf(filters.topics) },
      { programmes: facets.programmes.length, topics: facets.topics.length },
    );
    const matchers = hits.map((h) => h.matches);
    const matches = (term: string): boolean => matchers.some((m) => m(term));
    const total = docs.length;
    if (hits.length === 0 || !norms || order === "newest") {
      const ids = Int32Array.from(docs.slice(0, limit));
      return { ids, scores: new Float64Array(ids.length), total, programmeCounts, topicCounts, matches };
    }
    const idf = Float64Array.from(words, (w) => {
      const id = this.termIds.get(w);
      return inverseFrequency(id === undefined ? 0 : at(this.core.df, id), this.core.fieldCount);
    });
    const bests = hits.map((h) => h.best);
    const { ids, scores } = rank(docs, { bests, idf, weights: this.weights, norms }, limit);
    return { ids, scores, total, programmeCounts, topicCounts, matches };
  }

  private isGramWord(word: string): boolean {
    return this.core.gramLengths.includes(word.length);
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
    const hits = new HitsBuilder(this.docCount, this.fieldTotal);
    let matches: (term: string) => boolean;
    let complete = true;
    if (this.isGramWord(word)) {
      const k = gramShardOf(this.core.gramShardStarts, word);
      const shard = k >= 0 ? this.gramBlocks[k] : undefined;
      if (k >= 0 && !shard && this.vocabulary.containing(word).length > 0) {
        if (!partial) throw new Error(SEARCH_ERRORS.missingShard);
        complete = false;
      }
      const slot = shard?.keys.get(word);
      if (shard && slot !== undefined) hits.add(shard.block, slot, 0.001);
      matches = (term) => term.includes(word);
    } else {
      const { ids, scores } = this.expand(word);
      for (let i = 0; i < ids.length; i++) {
        const id = atNumber(ids, i);
        const block = this.termBlocks[at(this.core.termShard, id)];
        if (block) hits.add(block, atNumber(this.slotInShard, id), atNumber(scores, i));
        else if (!partial) throw new Error(SEARCH_ERRORS.missingShard);
        else complete = false;
      }
      const set = new Set(Array.from(ids, (id) => at(this.vocabulary.terms, id)));
      matches = (term) => set.has(term);
    }
    const result = hits.done(matches);
    if (complete) remember(this.cache, word, result, SEARCH_OPTIONS.wordCacheSize);
    return result;
  }
}
