/**
 * Highlighting and excerpts as data: text cut into plain and marked segments. Pure; returns
 * segments, never HTML, so the page can build them with textContent only.
 */

/** A word: a run of letters, marks, digits and underscores (the cut of match.ts). */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** A word of a text with its offsets. */
interface PositionedToken {
  readonly term: string;
  readonly start: number;
  /** One past the last character. */
  readonly end: number;
}

/** The words of `text` with their offsets (the caller's matcher folds case and diacritics). */
function tokenizeWithPositions(text: string): PositionedToken[] {
  const out: PositionedToken[] = [];
  for (const m of text.matchAll(WORD)) out.push({ term: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** A run of text, marked when it is a matched word. */
export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

/** `text` cut into segments, whole tokens that `matches` accepts being marked. */
export function markSegments(text: string, matches: (term: string) => boolean): Segment[] {
  return segmentsOf(text, 0, text.length, matches);
}

function segmentsOf(text: string, from: number, to: number, matches: (term: string) => boolean): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const token of tokenizeWithPositions(text.slice(from, to))) {
    const start = from + token.start;
    const end = from + token.end;
    if (!matches(token.term)) continue;
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: false });
  return out;
}

/**
 * About `length` characters of `body` around its first matched token (from the start of that
 * sentence when it fits), cut at word boundaries, with "…" where text was left out.
 */
export function excerptSegments(body: string, matches: (term: string) => boolean, length: number): Segment[] {
  const text = body.replace(/\s+/gu, " ").trim();
  if (text.length <= length) return markSegments(text, matches);
  const first = tokenizeWithPositions(text).find((t) => matches(t.term));
  let start = 0;
  if (first) {
    const dot = text.lastIndexOf(". ", first.start);
    const sentence = dot < 0 ? 0 : dot + 2;
    start =
      first.start - sentence < length * 0.6 ? sentence : Math.max(0, first.start - Math.floor(length / 3));
    if (start > 0 && start !== sentence) {
      const space = text.indexOf(" ", start);
      start = space >= 0 && space < first.start ? space + 1 : start;
    }
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start) end = space;
  }
  const segments = segmentsOf(text, start, end, matches);
  if (start > 0) segments.unshift({ text: "…", mark: false });
  if (end < text.length) segments.push({ text: "…", mark: false });
  return segments;
}
