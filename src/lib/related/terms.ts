/** The significant words of an article's text, for the TF-IDF side of related articles. */

const STOPWORDS = new Set(
  (
    "the and for with that this from are was were has have had its their they them his her will would can could " +
    "into about also such other than more most which while where when who whom what been being both each over " +
    "under between through during after before these those there then thus very well our your not but all any " +
    "new one two three said says including include includes aims aimed"
  ).split(" "),
);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  return c > 127 && LETTER_OR_DIGIT.test(text.charAt(i));
}

function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return c > 127 && /^\p{N}+$/u.test(word);
  }
  return true;
}

function stem(word: string): string {
  const n = word.length;
  if (n > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
    return word.slice(0, -1);
  }
  return word;
}

/** Splits text into lower-case, lightly stemmed significant words (no stopwords, numbers or short words). */
export function terms(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (let i = 0; i < lower.length;) {
    if (!isWordChar(lower, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lower.length && isWordChar(lower, j)) j++;
    const word = lower.slice(i, j);
    if (j - i >= 3 && !STOPWORDS.has(word) && !isNumber(word)) out.push(stem(word));
    i = j;
  }
  return out;
}

/**
 * An article's significant words counted: `ids[k]` is word k's hash (`termId`), in order of first
 * use, and `counts[k]` how often it occurs. Numbers, not strings, so that it costs little to pass
 * between threads and to keep in the read cache.
 */
export interface TermCounts {
  readonly ids: Float64Array;
  readonly counts: Float64Array;
}

/** The counted significant words of `text`. */
export function termCounts(text: string): TermCounts {
  const counts = new Map<string, number>(); // in order of first use
  for (const word of terms(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const ids = new Float64Array(counts.size);
  const out = new Float64Array(counts.size);
  let k = 0;
  for (const [word, count] of counts) {
    ids[k] = termId(word);
    out[k++] = count;
  }
  return { ids, counts: out };
}

/**
 * A 53-bit hash of a word (cyrb53): two words share one with odds of about 1 in 10^11 per pair at
 * this corpus's vocabulary, and then only count as one word for related articles.
 */
export function termId(word: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
