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

/** Where the word that starts at `i` ends (`i` itself when no word starts there). */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isWordChar(text, j)) j++;
  return j;
}

/** Splits text into lower-case, lightly stemmed significant words (no stopwords, numbers or short words). */
export function terms(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (let i = 0, j: number; i < lower.length; i = Math.max(j, i + 1)) {
    j = wordEnd(lower, i);
    const word = lower.slice(i, j);
    if (j - i >= 3 && !STOPWORDS.has(word) && !isNumber(word)) out.push(stem(word));
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

/** Stopwords by the low 30 bits of their `termId`, each with its text to confirm a hit. */
const STOPWORD_IDS = new Map([...STOPWORDS].map((word) => [termId(word) % 2 ** 30, word]));
/** No stopword is longer than this. */
const STOPWORD_MAX = Math.max(...[...STOPWORDS].map((word) => word.length));
const [E, I, S, U, Y] = [..."eisuy"].map((c) => c.charCodeAt(0)) as [number, number, number, number, number];

/** Scratch space of `termCounts`, grown as needed: each word's id in two halves, and its count. */
let scratch = { hi: new Int32Array(256), lo: new Int32Array(256), counts: new Int32Array(256) };

/**
 * The counted significant words of `text`: the words of `terms(text)`, each hashed as it is
 * scanned rather than cut out of the text, and counted in a map keyed by small integers (the low
 * 30 bits of the id; ids that share them go to a second map). With a string per word and 53-bit
 * keys, which V8 keeps as heap numbers, this was a fifth of the ingest's analysis. Two words count
 * as one only when their 53-bit ids are equal, as they would downstream anyway (see `termId`).
 */
export function termCounts(text: string): TermCounts {
  const lower = text.toLowerCase();
  const index = new Map<number, number>();
  let clashes: Map<number, number> | undefined;
  let size = 0;
  for (let start = 0, j: number; start < lower.length; start = Math.max(j, start + 1)) {
    j = wordEnd(lower, start);
    const n = j - start;
    if (n < 3 || isNumberAt(lower, start, j)) continue;
    // The running hash of termId, with its state kept where an -ies or -s stem ends.
    const last = lower.charCodeAt(j - 1);
    const before = lower.charCodeAt(j - 2);
    const cut =
      last !== S
        ? j
        : n > 4 && before === E && lower.charCodeAt(j - 3) === I
          ? j - 3
          : n > 3 && before !== S && before !== U && before !== I
            ? j - 1
            : j;
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    let s1 = h1;
    let s2 = h2;
    for (let k = start; k < j; k++) {
      if (k === cut) {
        s1 = h1;
        s2 = h2;
      }
      const c = lower.charCodeAt(k);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    if (n <= STOPWORD_MAX) {
      const word = STOPWORD_IDS.get(mixLow(h1, h2) & 0x3fffffff);
      if (word !== undefined && word.length === n && lower.startsWith(word, start)) continue;
    }
    if (cut === j) {
      s1 = h1;
      s2 = h2;
    } else if (cut === j - 3) {
      s1 = Math.imul(s1 ^ Y, 2654435761);
      s2 = Math.imul(s2 ^ Y, 1597334677);
    }
    const lo = mixLow(s1, s2);
    const hi = mixHigh(s2, lo);
    const key = lo & 0x3fffffff;
    let k = index.get(key);
    if (k !== undefined && (scratch.lo[k] !== lo || scratch.hi[k] !== hi)) {
      k = (clashes ??= new Map<number, number>()).get(fullId(hi, lo));
    }
    if (k === undefined) {
      if (index.has(key)) clashes?.set(fullId(hi, lo), size);
      else index.set(key, size);
      if (size === scratch.lo.length) grow();
      scratch.lo[size] = lo;
      scratch.hi[size] = hi;
      scratch.counts[size++] = 1;
    } else scratch.counts[k] = (scratch.counts[k] ?? 0) + 1;
  }
  const ids = new Float64Array(size);
  const counts = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    ids[k] = fullId(scratch.hi[k] ?? 0, scratch.lo[k] ?? 0);
    counts[k] = scratch.counts[k] ?? 0;
  }
  return { ids, counts };
}

function grow(): void {
  const n = scratch.lo.length * 2;
  const next = { hi: new Int32Array(n), lo: new Int32Array(n), counts: new Int32Array(n) };
  next.hi.set(scratch.hi);
  next.lo.set(scratch.lo);
  next.counts.set(scratch.counts);
  scratch = next;
}

/** Whether `text[from, to)` is a number, as `isNumber` tells of the word. */
function isNumberAt(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return c > 127 && isNumber(text.slice(from, to));
  }
  return true;
}

/** The low 32 bits of `termId` from its running hash (as a signed integer). */
function mixLow(a: number, b: number): number {
  return Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
}

/** The high 21 bits of `termId` from its running hash's second half and its low bits (`mixLow`). */
function mixHigh(b: number, low: number): number {
  return 2097151 & (Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(low ^ (low >>> 13), 3266489909));
}

/** `termId` from its two halves. */
function fullId(high: number, low: number): number {
  return 4294967296 * high + (low >>> 0);
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
  const low = mixLow(h1, h2);
  return fullId(mixHigh(h2, low), low);
}
