/**
 * The matching rule of the search, word against word: case folding and diacritic removal, whole
 * words only, a prefix for the word being typed, and a reader's typo measured over the whole word
 * (optimal string alignment: a transposition is one edit). Pure; ships to the browser.
 */

import { fold } from "../../fold.ts";

export { fold };

/** A word: a run of letters, marks, digits and underscores. */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** The words of `text`, folded, in order (duplicates kept): the same cut for the index and the query. */
export function words(text: string): string[] {
  const out = text.match(WORD) ?? [];
  for (let i = 0; i < out.length; i++) out[i] = fold(out[i] ?? "");
  return out;
}

/** The shortest word the reader may be typing a prefix of. */
export const MIN_PREFIX_LENGTH = 3;

/** Typos allowed in a query word of `length` letters: none below 5, one for 5–6, two from 7. */
export function maxTypos(length: number): number {
  return length < 5 ? 0 : length < 7 ? 1 : 2;
}

/**
 * Optimal-string-alignment distance between `a` and `b` (insertion, deletion, substitution,
 * transposition of two adjacent letters: one edit each), or `limit + 1` once it exceeds `limit`.
 */
export function osaDistance(a: string, b: string, limit: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > limit) return limit + 1;
  if (a === b) return 0;
  let prev2 = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      }
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  const d = prev[n] ?? 0;
  return d > limit ? limit + 1 : d;
}

/** How a query word matched a word of the text. */
export interface WordMatch {
  /** Edits between the two words (0 for an exact or prefix match). */
  readonly typos: number;
  /** Matched as the beginning of a longer word (the word being typed). */
  readonly prefix: boolean;
}

/**
 * Whether query word `query` matches text word `word` (both folded): equal; or, when `typing` (it is
 * the last word of the query and has 3+ letters), a prefix of it; or within the typos its length
 * allows. Never inside a word. Null when it does not match.
 */
export function matchWord(query: string, word: string, typing: boolean): WordMatch | null {
  if (query === word) return EXACT;
  if (typing && query.length >= MIN_PREFIX_LENGTH && word.startsWith(query)) return PREFIX;
  const k = maxTypos(query.length);
  if (k === 0) return null;
  const d = osaDistance(query, word, k);
  return d <= k ? { typos: d, prefix: false } : null;
}

const EXACT: WordMatch = Object.freeze({ typos: 0, prefix: false });
const PREFIX: WordMatch = Object.freeze({ typos: 0, prefix: true });
