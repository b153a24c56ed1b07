/**
 * Which words of the index a query word matches, by the matching rule (match.ts): the word
 * itself, the words it begins when it is being typed, and the words within a reader's typo.
 * Fuse.js proposes the typo candidates over the vocabulary (never over article text), with options
 * that cannot miss a whole word within the rule; a whole-word edit-distance check then keeps only
 * those the rule allows. Pure; ships to the browser.
 */
import Fuse from "fuse.js";
import { MIN_PREFIX_LENGTH, maxTypos, osaDistance } from "./match.ts";

/** A vocabulary word a query word matched, and how. */
export interface WordMatchOf {
  /** Index of the word in the vocabulary. */
  readonly id: number;
  /** Edits between the query word and the word (0: equal, or the word begins with it). */
  readonly typos: number;
  /** The word begins with the query word, which is being typed. */
  readonly prefix: boolean;
}

/** The sorted vocabulary and what finds words in it. */
export class Vocabulary {
  readonly words: readonly string[];
  private readonly ids = new Map<string, number>();
  /** Word ids by length (index: length), for the candidates of a short word with many typos. */
  private readonly byLength: number[][] = [];
  /** Word ids per bigram (two UTF-16 code units as one number). */
  private readonly byBigram = new Map<number, Int32Array>();
  private counts: Uint8Array;
  /** Per UTF-16 code unit, how many the query holds (zero between uses). */
  private readonly letters = new Int32Array(65536);
  /** Per word, the buckets of its letters (bit letterBucket(c)). */
  private readonly masks: Int32Array;

  constructor(words: readonly string[]) {
    this.words = words;
    this.counts = new Uint8Array(words.length);
    this.masks = new Int32Array(words.length);
    const lists = new Map<number, number[]>();
    words.forEach((word, id) => {
      this.ids.set(word, id);
      (this.byLength[word.length] ??= []).push(id);
      let mask = 0;
      for (let i = 0; i < word.length; i++) mask |= 1 << letterBucket(word.charCodeAt(i));
      this.masks[id] = mask;
      let last = -1;
      for (let i = 0; i + 2 <= word.length; i++) {
        const g = bigram(word, i);
        if (g === last || word.indexOf(word.slice(i, i + 2)) < i) continue;
        last = g;
        const list = lists.get(g);
        if (list) list.push(id);
        else lists.set(g, [id]);
      }
    });
    for (const [g, ids] of lists) this.byBigram.set(g, Int32Array.from(ids));
  }

  /** Id of `word`, or -1. */
  idOf(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /**
   * Every word `query` (folded) matches: itself; when `typing` (3+ letters), the words it begins;
   * when `fuzzy`, the words within the typos its length allows. Ascending ids, one entry per word
   * (the fewest typos).
   */
  match(query: string, typing: boolean, fuzzy: boolean): WordMatchOf[] {
    const found = new Map<number, WordMatchOf>();
    const exact = this.idOf(query);
    if (exact >= 0) found.set(exact, { id: exact, typos: 0, prefix: false });
    if (typing && query.length >= MIN_PREFIX_LENGTH) {
      const [lo, hi] = this.prefixRange(query);
      for (let id = lo; id < hi; id++) if (id !== exact) found.set(id, { id, typos: 0, prefix: true });
    }
    const k = fuzzy ? maxTypos(query.length) : 0;
    if (k > 0) {
      for (const [id, typos] of this.typoMatches(query, k)) {
        if (!found.has(id)) found.set(id, { id, typos, prefix: false });
      }
    }
    return [...found.values()].sort((a, b) => a.id - b.id);
  }

  /** The ids [lo, hi) of the words beginning with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    const lo = this.lowerBound(prefix);
    let hi = lo;
    // Words beginning with the prefix are contiguous in sorted order.
    let step = 1;
    while (hi + step <= this.words.length && (this.words[hi + step - 1] ?? "").startsWith(prefix)) {
      hi += step;
      step *= 2;
    }
    while (step > 1) {
      step >>= 1;
      if (hi + step <= this.words.length && (this.words[hi + step - 1] ?? "").startsWith(prefix)) hi += step;
    }
    return [lo, hi];
  }

  private lowerBound(text: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.words[mid] ?? "") < text) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Words within `k` typos of `query` other than itself, with their distance. Candidates: words
   * of a length within k that keep enough of the query's bigrams (a transposition breaks at most
   * three, any other edit two); Fuse.js then proposes among them, and the whole-word distance decides.
   */
  private typoMatches(query: string, k: number): Map<number, number> {
    const m = query.length;
    const need = m - 1 - 3 * k;
    // Words sharing too few letters cannot be within k edits either (see sharingLetters).
    const candidates =
      need > 0
        ? this.withLetters(query, k, this.sharingBigrams(query, need, k))
        : this.sharingLetters(query, k);
    const out = new Map<number, number>();
    if (candidates.length === 0) return out;
    // Bitap counts a transposition as two errors: a threshold of 2k errors per letter never drops
    // a word the rule keeps (the candidates are whole words, so location is ignored).
    const fuse = new Fuse(
      candidates.map((id) => this.words[id] ?? ""),
      {
        threshold: Math.min(1, (2 * k + 0.5) / m),
        ignoreLocation: true,
        isCaseSensitive: true,
        includeScore: false,
        shouldSort: false,
        minMatchCharLength: 1,
      },
    );
    for (const hit of fuse.search(query)) {
      const id = candidates[hit.refIndex] ?? -1;
      const word = this.words[id] ?? "";
      if (word === query) continue;
      const d = osaDistance(query, word, k);
      if (d <= k) out.set(id, d);
    }
    return out;
  }

  /**
   * Ids of words of a length within `k` of the query's sharing enough of its letters to be within
   * k edits (see withLetters).
   */
  private sharingLetters(query: string, k: number): number[] {
    const m = query.length;
    const ids: number[] = [];
    for (let n = Math.max(1, m - k); n <= m + k; n++) for (const id of this.byLength[n] ?? []) ids.push(id);
    return this.withLetters(query, k, ids);
  }

  /**
   * Those of `ids` whose words share at least max(length, word length) − k of the query's letters
   * (counted with repeats). The letters an edit script leaves alone are in both words, and they
   * number at least the longer length less the edits: each substitution or deletion takes one of
   * the query's, each insertion adds one to the word's (a transposition only moves two).
   */
  private withLetters(query: string, k: number, ids: readonly number[]): number[] {
    const out: number[] = [];
    const letters = this.letters;
    for (let i = 0; i < query.length; i++) addLetter(letters, query.charCodeAt(i));
    // How many of the query's letters fall in each bucket: a word can share at most those of the
    // buckets it has letters in, which rejects most words before counting their shared letters.
    const inBucket = new Int32Array(32);
    let queryMask = 0;
    for (let i = 0; i < query.length; i++) {
      const b = letterBucket(query.charCodeAt(i));
      inBucket[b] = (inBucket[b] ?? 0) + 1;
      queryMask |= 1 << b;
    }
    const masks = this.masks;
    for (const id of ids) {
      const word = this.words[id] ?? "";
      const need = Math.max(query.length, word.length) - k;
      let both = (masks[id] ?? 0) & queryMask;
      let most = 0;
      while (both !== 0) {
        const b = 31 - Math.clz32(both);
        most += inBucket[b] ?? 0;
        both ^= 1 << b;
      }
      if (most >= need && shared(word, letters) >= need) out.push(id);
    }
    for (let i = 0; i < query.length; i++) letters[query.charCodeAt(i)] = 0;
    return out;
  }

  /** Ids of words of a length within `k` of the query's that hold at least `need` of its bigrams. */
  private sharingBigrams(query: string, need: number, k: number): number[] {
    const touched: number[] = [];
    const counts = this.counts;
    for (let i = 0; i + 2 <= query.length; i++) {
      const list = this.byBigram.get(bigram(query, i));
      if (!list) continue;
      for (let j = 0; j < list.length; j++) {
        const t = list[j] ?? 0;
        const c = counts[t] ?? 0;
        if (c === 0) touched.push(t);
        if (c < 255) counts[t] = c + 1;
      }
    }
    const out: number[] = [];
    for (const t of touched) {
      const len = (this.words[t] ?? "").length;
      if ((counts[t] ?? 0) >= need && Math.abs(len - query.length) <= k) out.push(t);
      counts[t] = 0;
    }
    return out;
  }

  /**
   * The vocabulary word nearest to `query` for "Did you mean …?": the fewest edits (at most
   * `limit`), then the word found in most documents (`weight`), then alphabetical. Undefined when none.
   */
  nearest(query: string, limit: number, weight: (id: number) => number): string | undefined {
    let best = -1;
    let bestD = limit + 1;
    const letters = this.letters;
    for (let i = 0; i < query.length; i++) addLetter(letters, query.charCodeAt(i));
    for (let n = Math.max(1, query.length - limit); n <= query.length + limit; n++) {
      for (const id of this.byLength[n] ?? []) {
        const word = this.words[id] ?? "";
        if (word === query || word.length < 2) continue;
        // Fewer shared letters than length − d: more than d edits away (see sharingLetters).
        if (shared(word, letters) < query.length - Math.min(limit, bestD)) continue;
        const d = osaDistance(query, word, Math.min(limit, bestD));
        if (d < bestD || (d === bestD && best >= 0 && weight(id) > weight(best))) {
          best = id;
          bestD = d;
        }
      }
    }
    for (let i = 0; i < query.length; i++) letters[query.charCodeAt(i)] = 0;
    return best < 0 || bestD > limit ? undefined : this.words[best];
  }
}

/** A code unit's bucket, 0–31: a–z their own, the rest shared by the other six. */
function letterBucket(c: number): number {
  return c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6);
}

function addLetter(letters: Int32Array, c: number): void {
  letters[c] = (letters[c] ?? 0) + 1;
}

/** Letters taken by `shared`, to give back. */
const taken: number[] = [];

/** How many letters of `word` the query's `letters` (counts per code unit) hold, counted with repeats; leaves `letters` as it was. */
function shared(word: string, letters: Int32Array): number {
  taken.length = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const left = letters[c] ?? 0;
    if (left > 0) {
      letters[c] = left - 1;
      taken.push(c);
    }
  }
  for (const c of taken) addLetter(letters, c);
  return taken.length;
}

function bigram(text: string, i: number): number {
  return text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
}
