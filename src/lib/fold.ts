/** Case folding with diacritics removed, the one comparison of words the site makes ("Perú" → "peru"). */

const MARKS = /\p{M}+/gu;

/** Case-folded text without diacritics ("Perú" → "peru"). */
export function fold(text: string): string {
  return text.normalize("NFD").replace(MARKS, "").toLowerCase();
}
