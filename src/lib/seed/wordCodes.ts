/**
 * Which UTF-16 code units the seed modules' word patterns count as letters or digits
 * (`[\p{L}\p{N}]`) and as joiners inside a word (`['’-]`), tested one code unit at a time, as
 * those patterns test a single character. A lone surrogate is neither.
 */

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Per non-ASCII code unit, whether it is a letter or digit. */
const wordCodes = new Map<number, boolean>();

/** Whether the code unit `c` is a letter or digit. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let yes = wordCodes.get(c);
  if (yes === undefined) wordCodes.set(c, (yes = WORD_CHAR.test(String.fromCharCode(c))));
  return yes;
}

/** Whether the code unit `c` joins the parts of a word: ', ’ or -. */
export const isJoinerCode = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;

/** Whether every code unit of `text` is a letter or digit (and there is at least one). */
export function isWordRun(text: string): boolean {
  if (text === "") return false;
  for (let i = 0; i < text.length; i++) if (!isWordCode(text.charCodeAt(i))) return false;
  return true;
}
