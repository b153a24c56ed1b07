/**
 * The query side of the index: finds the documents holding every unit of a parsed query (a word by
 * the matching rule, a phrase, or a name with its synonyms), keeps those passing the filters,
 * counts each facet value, and ranks them by the rules of score.ts. Pure: never fetches, never
 * touches the DOM; it reports which shards it lacks and the caller loads them.
 */
import { fold } from "./match.ts";
import {
  indexSynonyms,
  type Alternative,
  type ParsedQuery,
  type QueryTerm,
  type SynonymIndex,
} from "./parse.ts";
import { MAX_PROXIMITY, compareRank, minDistanceIn, type RankKey } from "./score.ts";
import { TopK } from "./topK.ts";
import { Vocabulary, type WordMatchOf } from "./vocabulary.ts";
import { FacetTables, type Kept } from "./facets.ts";
import {
  RATE_SCALE,
  decodePositions,
  decodePostings,
  fieldOfPosition,
  type CoreData,
  type Positions,
  type Postings,
} from "../shared/format.ts";
import { SEARCH_ERRORS } from "../shared/options.ts";
import type { SortOrder } from "./state.ts";

/** Shards a query needs that are not loaded yet. */
export interface MissingShards {
  readonly postings: readonly number[];
  readonly positions: readonly number[];
}

/** The answer to a query. */
export interface Outcome {
  /** The best matching document ids (at most the limit asked for), best first. */
  readonly ids: Int32Array;
  /** How many documents match. */
  readonly total: number;
  /** Per facet and value: documents matching the query and the other facets' filters. */
  readonly counts: readonly (readonly number[])[];
  /** Whether a word of a text (any case) is one the query matched, for highlighting. */
  readonly matches: (token: string) => boolean;
  /** The query has at least one unit to find (else every document passing the filters is listed). */
  readonly searched: boolean;
  /** Computed over every shard it needs (false: a preview over what is loaded). */
  readonly complete: boolean;
}

/** A matched word's data. */
interface Source {
  readonly postings: Postings;
  readonly positions: Positions | undefined;
}

/** How documents hold a term, an alternative or a unit: documents ascending, with aligned columns. */
interface Held {
  readonly docs: Int32Array;
  /** Per document (aligned): 0 exact, 1 synonym, 2 prefix, 3 typo. */
  readonly kind: Uint8Array;
  readonly typos: Uint8Array;
  /** Best field (0 title, 1 tags, 2 body). */
  readonly field: Uint8Array;
  /** Sum of the matched words' weights (see RATE_SCALE). */
  readonly rate: ArrayLike<number>;
}

/**
 * A query term's words in its documents, for the ranking: `docs` as the term holds them, and
 * its words (`sources`). One word's postings are the term's documents; several words' postings,
 * numbered in turn (source s's from offsets[s]), are linked per document i from head[i] through
 * next (-1 ends a chain), as termHits gathered them.
 */
interface TermSources {
  readonly docs: Int32Array;
  readonly sources: readonly Source[];
  readonly links?: { readonly offsets: Int32Array; readonly head: Int32Array; readonly next: Int32Array };
}

/** Held by no document. */
const NOTHING: Held = {
  docs: new Int32Array(0),
  kind: new Uint8Array(0),
  typos: new Uint8Array(0),
  field: new Uint8Array(0),
  rate: new Float64Array(0),
};

/** What one unit of the query found: the values the ranking reads. */
interface UnitHits extends Held {
  /** Its terms' words (when ranked by positions), and its phrases' starts per document. */
  readonly terms: readonly TermSources[];
  readonly phrases: ReadonlyMap<number, Int32Array>;
  /** Vocabulary words it matched in some document, for highlighting. */
  readonly words: readonly string[];
  /** Its documents were found over every postings shard they need. */
  readonly complete: boolean;
  /** The positions its ranking needs were loaded too. */
  readonly ranked: boolean;
}

const KIND_EXACT = 0;
const KIND_SYNONYM = 1;
const KIND_PREFIX = 2;
const KIND_TYPO = 3;
/** Not found (in the per-document kind column). */
const NONE = 255;

/** A loaded search index and the query engine over it. */
export class SearchIndex {
  readonly core: CoreData;
  readonly vocabulary: Vocabulary;
  readonly synonyms: SynonymIndex;
  readonly facets: FacetTables;
  private readonly slot: Int32Array;
  private readonly shardWords: number[];
  private readonly postings: (Postings[] | undefined)[];
  private readonly positions: (Positions[] | undefined)[];
  private readonly matchCache = new Map<string, WordMatchOf[]>();
  private readonly unitCache = new Map<string, UnitHits>();
  private readonly accumulators: (Accumulator | undefined)[] = [];
  /** Document → slot in a unit, -1 outside it (made once, reset after each use). */

  /** `facetRows`: per facet of the core, its rows (the core file carries them). */
  constructor(core: CoreData, facetRows: readonly Uint8Array[]) {
    this.core = core;
    this.vocabulary = new Vocabulary(core.words === "" ? [] : core.words.split("\n"));
    this.synonyms = indexSynonyms(core.synonyms);
    this.facets = new FacetTables(core.facets, facetRows, core.docCount);
    this.shardWords = core.postingsSizes.map(() => 0);
    if (core.postingsSizes.length !== core.positionsSizes.length || core.wordShard.length !== core.df.length)
      throw new Error(SEARCH_ERRORS.badShard);
    this.slot = Int32Array.from(core.wordShard, (k) => {
      if (!(k >= 0 && k < this.shardWords.length)) throw new Error(SEARCH_ERRORS.outOfRange);
      const s = this.shardWords[k] ?? 0;
      this.shardWords[k] = s + 1;
      return s;
    });
    this.postings = core.postingsSizes.map(() => undefined);
    this.positions = core.positionsSizes.map(() => undefined);
  }

  hasPostings(k: number): boolean {
    return this.postings[k] !== undefined;
  }

  hasPositions(k: number): boolean {
    return this.positions[k] !== undefined;
  }

  /** Adds the (decompressed) bytes of postings shard `k`. */
  addPostings(k: number, bytes: Uint8Array): void {
    this.postings[k] = decodePostings(bytes, this.shardWords[k] ?? 0);
  }

  /** Adds the (decompressed) bytes of positions shard `k`. */
  addPositions(k: number, bytes: Uint8Array): void {
    this.positions[k] = decodePositions(bytes, this.shardWords[k] ?? 0);
  }

  /** The vocabulary words a query term matches (cached). */
  wordsOf(text: string, typing: boolean, fuzzy: boolean): WordMatchOf[] {
    const key = `${typing ? 1 : 0}${fuzzy ? 1 : 0}${text}`;
    let found = this.matchCache.get(key);
    if (!found) {
      found = this.vocabulary.match(text, typing, fuzzy);
      remember(this.matchCache, key, found, 256);
    }
    return found;
  }

  /** Whether answering `query` needs word positions: several units (proximity) or a phrase. */
  needsPositions(query: ParsedQuery): boolean {
    return query.units.length > 1 || query.units.some((u) => u.alternatives.some((a) => a.terms.length > 1));
  }

  /**
   * The shards answering `query` needs and lacks (empty when it can run complete); without
   * `ranking`, only those that find its documents (postings, and the positions of phrases).
   */
  missing(query: ParsedQuery, ranking = true): MissingShards {
    const postings = new Set<number>();
    const positions = new Set<number>();
    const ranked = ranking && this.needsPositions(query);
    for (const unit of query.units) {
      for (const alt of unit.alternatives) {
        const phrase = alt.adjacent && alt.terms.length > 1;
        for (const term of alt.terms) {
          for (const m of this.wordsOf(term.text, term.typing, phrase ? false : term.fuzzy)) {
            const k = this.core.wordShard[m.id] ?? 0;
            if (!this.hasPostings(k)) postings.add(k);
            if ((ranked || phrase) && !this.hasPositions(k)) positions.add(k);
          }
        }
      }
    }
    const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);
    return { postings: sorted(postings), positions: sorted(positions) };
  }

  /** Download size of the given shards, bytes. */
  downloadBytes(missing: MissingShards): number {
    let bytes = 0;
    for (const k of missing.postings) bytes += this.core.postingsSizes[k] ?? 0;
    for (const k of missing.positions) bytes += this.core.positionsSizes[k] ?? 0;
    return bytes;
  }

  /**
   * Answers `query` with its best `limit` documents. Shards not loaded are left out, and the answer
   * is then marked incomplete (the exact answer over what is loaded). `filters`: per facet, the
   * selected value indices. "newest" lists the matches in document order (newest first).
   */
  search(
    query: ParsedQuery,
    filters: readonly (readonly number[])[],
    limit: number = Number.MAX_SAFE_INTEGER,
    order: SortOrder = "relevance",
  ): Outcome {
    const withPositions = this.needsPositions(query);
    const hits = query.units.map((unit) => this.unitHits(unit.alternatives, withPositions));
    const found = hits.every((h) => h.complete);
    const ranked = hits.every((h) => h.ranked);
    const matched = new Set<string>();
    for (const h of hits) for (const w of h.words) matched.add(w);
    const candidates = hits.length === 0 ? null : intersect(hits.map((h) => h.docs));
    const kept: Kept = this.facets.keep(candidates, filters);
    // Positions only rank: without them the answer is complete when there is nothing to rank.
    const complete = found && (ranked || kept.docs.length === 0 || order === "newest");
    const matches = (token: string): boolean => matched.has(fold(token));
    const base = {
      total: kept.docs.length,
      counts: kept.counts,
      matches,
      searched: hits.length > 0,
      complete,
    };
    if (hits.length === 0 || order === "newest")
      return { ...base, ids: Int32Array.from(kept.docs.slice(0, limit)) };
    const top = new TopK<RankKey>(limit, compareRank);
    const units = hits.length;
    const cursor = new Int32Array(units);
    const where = withPositions ? hits.map((h) => new DocPositions(h)) : [];
    // Proximity counts at least 1 per pair of consecutive units.
    const leastProximity = withPositions ? units - 1 : 0;
    // One key is filled per candidate; a new one is made only when the heap keeps it.
    let key = blankKey();
    for (const d of kept.docs) {
      key.exact = key.synonyms = key.typos = key.field = key.frequency = 0;
      key.id = d;
      for (let u = 0; u < units; u++) {
        const h = hits[u] as UnitHits;
        // Every kept document is in every unit: advance this unit's cursor to it.
        const i = seek(h.docs, cursor[u] ?? 0, d);
        cursor[u] = i;
        const kind = h.kind[i] ?? KIND_TYPO;
        if (kind === KIND_EXACT) key.exact++;
        else if (kind === KIND_SYNONYM) key.synonyms++;
        key.typos += h.typos[i] ?? 0;
        key.field += h.field[i] ?? 2;
        key.frequency += (h.rate[i] ?? 0) / RATE_SCALE;
      }
      key.proximity = leastProximity;
      if (withPositions) {
        // Not kept even at the least proximity it could have: its positions need not be read.
        const worst = top.worst;
        if (worst && compareRank(key, worst) > 0) continue;
        key.proximity = 0;
        for (let u = 0; u < units; u++) {
          const w = where[u] as DocPositions;
          w.find(d, cursor[u] ?? 0);
          const p = u > 0 ? where[u - 1] : undefined;
          if (!p) continue;
          key.proximity += unitDistance(p, w);
        }
      }
      if (top.offer(key)) key = blankKey();
    }
    return { ...base, ids: Int32Array.from(top.sorted(), (k) => k.id) };
  }

  /** The documents holding one unit (any of its alternatives), with the best way each holds it (cached while complete). */
  private unitHits(alternatives: readonly Alternative[], withPositions: boolean): UnitHits {
    const key = `${withPositions ? 1 : 0}${JSON.stringify(alternatives)}`;
    const cached = this.unitCache.get(key);
    if (cached) return cached;
    const state = { complete: true, ranked: true };
    const terms: TermSources[] = [];
    const phrases = new Map<number, Int32Array>();
    const words = new Set<string>();
    const only = alternatives.length === 1 ? alternatives[0] : undefined;
    let held: Held;
    if (only && !(only.adjacent && only.terms.length > 1)) {
      // One alternative (most units): its documents as they are, with no table to fill.
      held = this.alternativeHits(only, withPositions, state, words, terms);
    } else {
      const unit = this.accumulator(1);
      const offer = unit.add.bind(unit);
      for (const alt of alternatives) {
        if (alt.terms.length === 0) continue;
        if (alt.adjacent && alt.terms.length > 1) {
          this.phraseHits(alt, state, words, phrases, offer);
          continue;
        }
        const h = this.alternativeHits(alt, withPositions, state, words, terms);
        for (let i = 0; i < h.docs.length; i++)
          unit.add(h.docs[i] ?? 0, h.kind[i] ?? 0, h.typos[i] ?? 0, h.field[i] ?? 2, h.rate[i] ?? 0);
      }
      held = unit.take();
    }
    const hits: UnitHits = {
      ...held,
      terms,
      phrases,
      words: [...words],
      complete: state.complete,
      ranked: state.ranked,
    };
    if (hits.complete && hits.ranked) {
      remember(this.unitCache, key, hits, 16);
    }
    return hits;
  }

  /** The documents holding every term of a (non-phrase) alternative: the worst kind, the typos and weights added up. */
  private alternativeHits(
    alt: Alternative,
    withPositions: boolean,
    state: { complete: boolean; ranked: boolean },
    words: Set<string>,
    terms: TermSources[],
  ): Held {
    if (alt.terms.length === 0) return NOTHING;
    const per = alt.terms.map((term) => this.termHits(term, withPositions, state, words, terms));
    if (per.length === 1) {
      const t = per[0] as Held;
      return alt.synonym ? { ...t, kind: new Uint8Array(t.docs.length).fill(KIND_SYNONYM) } : t;
    }
    // Documents in every term's list: walk the shortest, advance a cursor in each of the others.
    const shortest = per.reduce((a, b) => (b.docs.length < a.docs.length ? b : a));
    const cursors = new Int32Array(per.length);
    const docs: number[] = [];
    const kinds: number[] = [];
    const typoList: number[] = [];
    const fields: number[] = [];
    const rates: number[] = [];
    for (const d of shortest.docs) {
      let kind = alt.synonym ? KIND_SYNONYM : KIND_EXACT;
      let typos = 0;
      let field = 2;
      let rate = 0;
      let all = true;
      for (let t = 0; t < per.length; t++) {
        const h = per[t] as Held;
        const i = seek(h.docs, cursors[t] ?? 0, d);
        cursors[t] = i;
        if (h.docs[i] !== d) {
          all = false;
          break;
        }
        const k = h.kind[i] ?? NONE;
        if (!alt.synonym && k > kind) kind = k;
        typos += h.typos[i] ?? 0;
        field = Math.min(field, h.field[i] ?? 2);
        rate += h.rate[i] ?? 0;
      }
      if (!all) continue;
      docs.push(d);
      kinds.push(kind);
      typoList.push(typos);
      fields.push(field);
      rates.push(rate);
    }
    return {
      docs: Int32Array.from(docs),
      kind: Uint8Array.from(kinds),
      typos: Uint8Array.from(typoList),
      field: Uint8Array.from(fields),
      rate: Float64Array.from(rates),
    };
  }

  /** How a single term is held, by the documents of the words it matches (at best, weights added up). */
  private termHits(
    term: QueryTerm,
    withPositions: boolean,
    state: { complete: boolean; ranked: boolean },
    words: Set<string>,
    terms: TermSources[],
  ): Held {
    const found: { kind: number; typos: number; source: Source }[] = [];
    for (const m of this.wordsOf(term.text, term.typing, term.fuzzy)) {
      const data = this.word(m.id, withPositions, state);
      if (!data) continue;
      words.add(this.vocabulary.words[m.id] ?? "");
      const kind = m.prefix ? KIND_PREFIX : m.typos > 0 ? KIND_TYPO : KIND_EXACT;
      found.push({ kind, typos: m.typos, source: data });
    }
    const sources = found.map((f) => f.source);
    const one = found.length === 1 ? found[0] : undefined;
    if (one) {
      // One word: its postings are the answer.
      const { docs, field, rate } = one.source.postings;
      const n = docs.length;
      if (withPositions) terms.push({ docs, sources });
      return {
        docs,
        kind: new Uint8Array(n).fill(one.kind),
        typos: new Uint8Array(n).fill(one.typos),
        field,
        rate,
      };
    }
    const acc = this.accumulator(0);
    if (!withPositions) {
      for (const { kind, typos, source } of found) {
        const { docs, field, rate } = source.postings;
        for (let i = 0; i < docs.length; i++) acc.add(docs[i] ?? 0, kind, typos, field[i] ?? 2, rate[i] ?? 0);
      }
      return acc.take();
    }
    // Ranked by positions: link each document's postings as they are gathered, so the ranking
    // finds a document's words without searching each word's list for it.
    const offsets = new Int32Array(found.length + 1);
    found.forEach((f, s) => (offsets[s + 1] = (offsets[s] ?? 0) + f.source.postings.docs.length));
    const next = new Int32Array(offsets[found.length] ?? 0);
    found.forEach(({ kind, typos, source }, s) => {
      const { docs, field, rate } = source.postings;
      const base = offsets[s] ?? 0;
      for (let i = 0; i < docs.length; i++)
        acc.addLinked(docs[i] ?? 0, kind, typos, field[i] ?? 2, rate[i] ?? 0, base + i, next);
    });
    const held = acc.take();
    terms.push({ docs: held.docs, sources, links: { offsets, head: acc.takeHeads(held.docs), next } });
    return held;
  }

  /** Accumulator `k` (0 for terms, 1 for units), made once per index: a table per document, reset after each use. */
  private accumulator(k: 0 | 1): Accumulator {
    let acc = this.accumulators[k];
    if (!acc) this.accumulators[k] = acc = new Accumulator(this.core.docCount);
    return acc;
  }

  /** Documents holding the terms of `alt` as adjacent words in order (each term exact, the last maybe typed). */
  private phraseHits(
    alt: Alternative,
    state: { complete: boolean; ranked: boolean },
    words: Set<string>,
    phrases: Map<number, Int32Array>,
    offer: (d: number, kind: number, typos: number, field: number, rate: number) => void,
  ): void {
    const n = this.core.docCount;
    const seen = new Uint8Array(n);
    const stamp = new Int32Array(n).fill(-1);
    const perTerm: { sources: Source[]; words: string[]; prefix: boolean }[] = [];
    alt.terms.forEach((term, t) => {
      const entry = { sources: [] as Source[], words: [] as string[], prefix: false };
      for (const m of this.wordsOf(term.text, term.typing, false)) {
        const data = this.word(m.id, true, state);
        if (!data) continue;
        if (!data.positions) {
          // A phrase is found by its positions.
          state.complete = false;
          continue;
        }
        entry.sources.push(data);
        entry.words.push(this.vocabulary.words[m.id] ?? "");
        if (m.prefix) entry.prefix = true;
        for (const d of data.postings.docs) {
          if (stamp[d] === t) continue;
          stamp[d] = t;
          seen[d] = (seen[d] ?? 0) + 1;
        }
      }
      perTerm.push(entry);
    });
    const T = alt.terms.length;
    const cursors = perTerm.map((e) => new Int32Array(e.sources.length));
    const kind = alt.synonym ? KIND_SYNONYM : perTerm.some((e) => e.prefix) ? KIND_PREFIX : KIND_EXACT;
    let found = false;
    for (let d = 0; d < n; d++) {
      if (seen[d] !== T) continue;
      const lists = perTerm.map((e, t) => positionsIn(e.sources, cursors[t] as Int32Array, d));
      const later = lists.slice(1).map((l) => new Set(l));
      const starts = (lists[0] ?? []).filter((p) => later.every((s, j) => s.has(p + j + 1)));
      if (starts.length === 0) continue;
      found = true;
      const at = Int32Array.from(starts);
      phrases.set(d, at);
      // Its weight: the rarest of its words' in this document, as often as the phrase occurs.
      offer(
        d,
        kind,
        0,
        fieldOfPosition(at[0] ?? 0),
        (starts.length * this.weightIn(perTerm[0]?.sources ?? [], d)) / Math.max(1, lists[0]?.length ?? 1),
      );
    }
    if (found) for (const e of perTerm) for (const w of e.words) words.add(w);
  }

  /** Sum of the weights of `sources` in document `d` (each list searched by seek). */
  private weightIn(sources: readonly Source[], d: number): number {
    let sum = 0;
    for (const s of sources) {
      const i = seek(s.postings.docs, 0, d);
      if (s.postings.docs[i] === d) sum += s.postings.rate[i] ?? 0;
    }
    return sum;
  }

  /** A word's postings (and positions when asked), or undefined when its shard is not loaded. */
  private word(
    id: number,
    withPositions: boolean,
    state: { complete: boolean; ranked: boolean },
  ): { postings: Postings; positions: Positions | undefined } | undefined {
    const k = this.core.wordShard[id] ?? 0;
    const s = this.slot[id] ?? 0;
    const postings = this.postings[k]?.[s];
    if (!postings) {
      state.complete = false;
      return undefined;
    }
    const positions = withPositions ? this.positions[k]?.[s] : undefined;
    // Without its positions a word still finds its documents; only their proximity is unknown.
    if (withPositions && !positions) state.ranked = false;
    return { postings, positions };
  }

  /**
   * "Did you mean": the query with each word that matched nothing replaced by the nearest
   * vocabulary word, or undefined when no word has a near neighbour.
   */
  suggest(query: ParsedQuery, typed: string): string | undefined {
    let out = typed;
    let changed = false;
    for (const unit of query.units) {
      for (const term of unit.alternatives[0]?.terms ?? []) {
        if (this.wordsOf(term.text, term.typing, term.fuzzy).length > 0) continue;
        const limit = Math.max(1, Math.min(3, Math.floor(term.text.length / 3)));
        const near = this.vocabulary.nearest(term.text, limit, (id) => this.core.df[id] ?? 0);
        if (!near) continue;
        const re = new RegExp(`[\\p{L}\\p{M}\\p{N}_]+`, "gu");
        out = out.replace(re, (w) => (fold(w) === term.text ? near : w));
        changed = true;
      }
    }
    return changed ? out : undefined;
  }
}

/**
 * How documents hold something, gathered one (document, kind, typos, field, weight) at a time in
 * any order: per document the best kind (then fewest typos), the best field and the weights added
 * up. A table per document, filled where touched and reset by `take`.
 */
class Accumulator {
  private readonly kind: Uint8Array;
  private readonly typos: Uint8Array;
  private readonly field: Uint8Array;
  private readonly rate: Float64Array;
  /** Documents touched since the last take, in the order first touched. */
  private readonly touched: Int32Array;
  private count = 0;
  /** Per document, the last posting linked (addLinked), -1 when none; made when first linked. */
  private heads: Int32Array | undefined;

  constructor(docCount: number) {
    this.kind = new Uint8Array(docCount).fill(NONE);
    this.typos = new Uint8Array(docCount);
    this.field = new Uint8Array(docCount).fill(2);
    this.rate = new Float64Array(docCount);
    this.touched = new Int32Array(docCount);
  }

  add(d: number, kind: number, typos: number, field: number, rate: number): void {
    const k = this.kind[d] ?? NONE;
    if (k === NONE) this.touched[this.count++] = d;
    if (kind < k || (kind === k && typos < (this.typos[d] ?? 0))) {
      this.kind[d] = kind;
      this.typos[d] = typos;
    }
    if (field < (this.field[d] ?? 2)) this.field[d] = field;
    this.rate[d] = (this.rate[d] ?? 0) + rate;
  }

  /** add, linking posting `e` to the document's chain in `next`. */
  addLinked(
    d: number,
    kind: number,
    typos: number,
    field: number,
    rate: number,
    e: number,
    next: Int32Array,
  ): void {
    const heads = (this.heads ??= new Int32Array(this.kind.length).fill(-1));
    next[e] = heads[d] ?? -1;
    heads[d] = e;
    this.add(d, kind, typos, field, rate);
  }

  /** The chains' heads of the documents `docs` (just taken), by their index; the table is left empty. */
  takeHeads(docs: Int32Array): Int32Array {
    const heads = this.heads;
    const out = new Int32Array(docs.length).fill(-1);
    if (!heads) return out;
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i] ?? 0;
      out[i] = heads[d] ?? -1;
      heads[d] = -1;
    }
    return out;
  }

  /** What was gathered, documents ascending; the table is left empty. */
  take(): Held {
    const n = this.count;
    // Many documents: read them off the table in order; few: sort the touched ones.
    const docs = n * 8 > this.kind.length ? this.inOrder(n) : this.touched.slice(0, n).sort();
    const kind = new Uint8Array(n);
    const typos = new Uint8Array(n);
    const field = new Uint8Array(n);
    const rate = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const d = docs[i] ?? 0;
      kind[i] = this.kind[d] ?? 0;
      typos[i] = this.typos[d] ?? 0;
      field[i] = this.field[d] ?? 2;
      rate[i] = this.rate[d] ?? 0;
      this.kind[d] = NONE;
      this.typos[d] = 0;
      this.field[d] = 2;
      this.rate[d] = 0;
    }
    this.count = 0;
    return { docs, kind, typos, field, rate };
  }

  /** The `n` touched documents, ascending, from the table. */
  private inOrder(n: number): Int32Array {
    const docs = new Int32Array(n);
    for (let d = 0, i = 0; i < n; d++) if (this.kind[d] !== NONE) docs[i++] = d;
    return docs;
  }
}

/**
 * The positions of `sources` in document `d`, merged; `cursors` (one per source) only move
 * forward, so calls must come in ascending `d`.
 */
function positionsIn(sources: readonly Source[], cursors: Int32Array, d: number): number[] {
  const out: number[] = [];
  sources.forEach((s, j) => {
    const docs = s.postings.docs;
    let i = cursors[j] ?? 0;
    while (i < docs.length && (docs[i] ?? 0) < d) i++;
    cursors[j] = i;
    if (docs[i] !== d || !s.positions) return;
    const { offsets, positions } = s.positions;
    for (let p = offsets[i] ?? 0; p < (offsets[i + 1] ?? 0); p++) out.push(positions[p] ?? 0);
  });
  if (sources.length > 1) out.sort((a, b) => a - b);
  return out;
}

/**
 * A unit's positions in one document at a time (`find`, documents ascending), as segments: each
 * an ascending run array[from … to) of one word's positions, or a phrase's starts. They are not
 * merged: the distance between two units is the least between any two of their segments.
 */
class DocPositions {
  /** Segments of the last document found: count, then each one's list and range. */
  count = 0;
  readonly arrays: Int32Array[] = [];
  froms = new Int32Array(8);
  tos = new Int32Array(8);
  private readonly terms: readonly TermSources[];
  /** The unit is its one term: a document's index in the unit is its index in the term. */
  private readonly aligned: boolean;
  /** Per term, where the last document was found in its list (documents come ascending). */
  private readonly cursors: Int32Array;
  private readonly phrases: ReadonlyMap<number, Int32Array>;

  constructor(hits: UnitHits) {
    this.terms = hits.terms;
    this.aligned = hits.terms.length === 1 && hits.terms[0]?.docs.length === hits.docs.length;
    this.cursors = new Int32Array(hits.terms.length);
    this.phrases = hits.phrases;
  }

  /** Finds document `d`'s positions; `i`: its index among the unit's documents. */
  find(d: number, i: number): void {
    this.count = 0;
    for (let t = 0; t < this.terms.length; t++) {
      const { docs, sources, links } = this.terms[t] as TermSources;
      let c = i;
      if (!this.aligned) {
        c = seek(docs, this.cursors[t] ?? 0, d);
        this.cursors[t] = c;
        if (docs[c] !== d) continue;
      }
      if (!links) {
        const positions = sources[0]?.positions;
        if (positions)
          this.add(positions.positions, positions.offsets[c] ?? 0, positions.offsets[c + 1] ?? 0);
        continue;
      }
      const { offsets, head, next } = links;
      for (let e = head[c] ?? -1; e >= 0; e = next[e] ?? -1) {
        // The source of posting e: the last s with offsets[s] ≤ e.
        let lo = 0;
        let hi = sources.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((offsets[mid] ?? 0) <= e) lo = mid;
          else hi = mid - 1;
        }
        const positions = sources[lo]?.positions;
        if (!positions) continue;
        const p = e - (offsets[lo] ?? 0);
        this.add(positions.positions, positions.offsets[p] ?? 0, positions.offsets[p + 1] ?? 0);
      }
    }
    const starts = this.phrases.get(d);
    if (starts) this.add(starts, 0, starts.length);
  }

  /** Adds list[from … to) as a segment, unless empty. */
  private add(list: Int32Array, from: number, to: number): void {
    if (to <= from) return;
    const k = this.count++;
    if (k >= this.froms.length) {
      const froms = new Int32Array(2 * k);
      froms.set(this.froms);
      this.froms = froms;
      const tos = new Int32Array(2 * k);
      tos.set(this.tos);
      this.tos = tos;
    }
    this.arrays[k] = list;
    this.froms[k] = from;
    this.tos[k] = to;
  }
}

/** The distance between two units in the document both last found: the least over their segments (MAX_PROXIMITY when either has none). */
function unitDistance(p: DocPositions, w: DocPositions): number {
  let best = MAX_PROXIMITY;
  for (let a = 0; a < p.count && best > 1; a++) {
    const list = p.arrays[a] as Int32Array;
    const from = p.froms[a] ?? 0;
    const to = p.tos[a] ?? 0;
    for (let b = 0; b < w.count && best > 1; b++) {
      const d = minDistanceIn(list, from, to, w.arrays[b] as Int32Array, w.froms[b] ?? 0, w.tos[b] ?? 0);
      if (d < best) best = d;
    }
  }
  return best;
}

/** First index ≥ `from` of `docs` (ascending) holding a value ≥ `d`: a galloping search. */
function seek(docs: Int32Array, from: number, d: number): number {
  if (from >= docs.length || (docs[from] ?? 0) >= d) return from;
  // docs[lo] < d; widen until docs[hi] ≥ d (or the end), then halve.
  let lo = from;
  let step = 1;
  let hi = from + 1;
  while (hi < docs.length && (docs[hi] ?? 0) < d) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > docs.length) hi = docs.length;
  while (lo + 1 < hi) {
    const mid = (lo + hi) >> 1;
    if ((docs[mid] ?? 0) < d) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** A rank key to fill in. */
function blankKey(): RankKey {
  // Document ids follow the last rule already (newest, then title: searchOrder).
  return {
    exact: 0,
    synonyms: 0,
    typos: 0,
    proximity: 0,
    field: 0,
    frequency: 0,
    date: "",
    title: "",
    id: 0,
  };
}

/** Keeps `value` under `key`, dropping the oldest entry past `limit` entries. */
function remember<V>(cache: Map<string, V>, key: string, value: V, limit: number): void {
  if (cache.size >= limit) cache.delete(cache.keys().next().value ?? "");
  cache.set(key, value);
}

/** Intersection of ascending id lists (at least one). */
export function intersect(lists: readonly Int32Array[]): Int32Array {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let acc = sorted[0] ?? new Int32Array(0);
  for (let l = 1; l < sorted.length && acc.length > 0; l++) {
    const other = sorted[l] ?? new Int32Array(0);
    const out = new Int32Array(acc.length);
    let n = 0;
    let j = 0;
    for (let i = 0; i < acc.length; i++) {
      const v = acc[i] ?? 0;
      // The shorter list steps; the longer one is searched from where it stood.
      j = seek(other, j, v);
      if (j >= other.length) break;
      if (other[j] === v) out[n++] = v;
    }
    acc = out.subarray(0, n);
  }
  return acc;
}
