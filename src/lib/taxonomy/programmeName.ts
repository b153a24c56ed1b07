/**
 * One clean name for a programme, from its short name (often an acronym) and its full name,
 * without echoes such as "INAMA: INAMA Project" or "INAMA Project (INAMA)".
 */

import { fold } from "../fold.ts";

/** Whether `words` occurs in `text` as whole words, ignoring case and diacritics. */
function containsWords(text: string, words: string): boolean {
  const haystack = fold(text);
  const needle = fold(words);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? " ";
    const after = haystack[at + needle.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * The full name when it already contains the short name ("INAMA Project"), the short name when
 * the two are the same; an acronym the full name does not contain follows it in brackets
 * ("Strategic Trade Control Enforcement (STCE)"), and a short name of several words, which
 * only abbreviates the full one, is left out.
 */
export function programmeDisplayName(shortName: string, fullName: string): string {
  const short = shortName.trim();
  const full = fullName.trim();
  if (full === "" || fold(full) === fold(short)) return short;
  if (containsWords(full, short) || /\s/u.test(short)) return full;
  return `${full} (${short})`;
}
