/**
 * Text analysis exactly as Fuse.js token search does it: lower-case, then runs of letters, marks,
 * digits and underscores; and Fuse's field-length norm. Never diverge from Fuse here, or the term
 * index stops agreeing with the exhaustive search.
 */
import { SEARCH_OPTIONS } from "./options.ts";

/** Fuse.js's default token pattern (src/search/token/analyzer.ts). */
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;

/** The tokens of `text`, lower-cased, in order (duplicates kept), as Fuse.js's analyzer returns them. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** A token of a text with its position in that text. */
export interface PositionedToken {
  /** The token, lower-cased. */
  readonly term: string;
  readonly start: number;
  /** One past the last character. */
  readonly end: number;
}

/** The tokens of `text` with their offsets in `text` (for highlighting; case is folded per token). */
export function tokenizeWithPositions(text: string): PositionedToken[] {
  const out: PositionedToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    out.push({ term: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Whitespace-separated word count, as Fuse.js counts it for the field-length norm (at least 1). */
export function wordCount(text: string): number {
  const n = wordRuns(text);
  return n === 0 ? 1 : n;
}

/** Runs of non-separator characters in `text`, as Fuse.js splits words (0 for an empty text). */
export function wordRuns(text: string): number {
  // A native regular expression: the browser counts the words of every title as the index loads.
  return text.match(WORD_RUN)?.length ?? 0;
}

/** What Fuse.js counts as a word: a run of characters other than tab, line breaks, space and no-break space. */
const WORD_RUN = /[^\t\n\v\f\r \u00a0]+/gu;

/** Fuse.js's field-length norm for a field of `words` words (fieldNormWeight 1, 3 decimals). */
export function fieldNorm(words: number): number {
  return normPerMille(words) / 1000;
}

/** The field-length norm of a field of `words` words in thousandths (an integer; Fuse.js rounds it so). */
export function normPerMille(words: number): number {
  return Math.round(1000 / Math.pow(words, 0.5));
}

/** The norm (thousandths) of a field holding `text`, 0 when the field is empty (Fuse.js skips it). */
export function textNormPerMille(text: string): number {
  return text.trim() === "" ? 0 : normPerMille(wordCount(text));
}

/** The words of a query that are searched: tokens of allowed length, first occurrence only, capped. */
export function queryWords(query: string): string[] {
  const { minWordLength, maxWordLength, maxWords } = SEARCH_OPTIONS;
  const words: string[] = [];
  for (const token of tokenize(query)) {
    if (token.length < minWordLength || token.length > maxWordLength || words.includes(token)) continue;
    words.push(token);
    if (words.length === maxWords) break;
  }
  return words;
}
