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
