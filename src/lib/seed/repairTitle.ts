/**
 * Restores the apostrophes and hyphens that seed titles lost ("Cambodias", "COVID19", "Ecommerce").
 *
 * Never restores beyond what the article's own body spells: a title word changes only when
 * the body writes the same letters with a hyphen or apostrophe, or names the possessor, which
 * must be a place or an acronym the body writes in capitals (so "Controls" never becomes
 * "Control's"). Scans strings directly: a regular expression per title word is too slow at scale.
 */
import { PLACE_NAMES } from "./placeNames.ts";
import { restoreJoins } from "./titleJoins.ts";

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const JOINER = /['’-]/u;

/** Place names that end in "s" without being possessives. */
const PLURAL_NAMES = new Set(["philippines", "netherlands", "bahamas", "seychelles", "maldives", "comoros"]);

/** The title with each damaged word replaced by the form its body spells, then its lost joins restored. */
export function repairTitle(title: string, body: string): string {
  return restoreJoins(repairWords(title, body), body);
}

function repairWords(title: string, body: string): string {
  let lower = body.toLowerCase();
  // Case mapping that changes length (rare scripts) would misalign positions: fold those away.
  const text = lower.length === body.length ? body : body.normalize("NFKD").replace(/\p{M}/gu, "");
  if (text !== body) lower = text.toLowerCase();
  if (lower.length !== text.length) return title;
  return title.replace(WORD, (word) =>
    word.length < 3 || JOINER.test(word) ? word : repairWord(word, text, lower),
  );
}

function repairWord(word: string, text: string, lower: string): string {
  const key = word.toLowerCase();
  if (findWord(lower, key, true) >= 0) return word; // the body spells it as it stands
  const joined = findJoined(lower, key);
  if (joined) return matchInitialCase(text.slice(joined[0], joined[1]), word);
  if (!key.endsWith("s") || PLURAL_NAMES.has(key)) return word;
  const stem = key.slice(0, -1);
  for (let at = findWord(lower, stem, false); at >= 0; at = findWord(lower, stem, false, at + 1)) {
    const owner = text.slice(at, at + stem.length);
    if (isPossessor(owner)) return `${owner}'s`;
  }
  return word;
}

/** Index of `key` in `lower` as a whole word (a joined word counts only when `inJoined`), or -1. */
function findWord(lower: string, key: string, inJoined: boolean, from = 0): number {
  for (let at = lower.indexOf(key, from); at >= 0; at = lower.indexOf(key, at + 1)) {
    const before = lower[at - 1] ?? " ";
    const after = lower[at + key.length] ?? " ";
    const edge = (c: string) => !WORD_CHAR.test(c) && (inJoined || !JOINER.test(c));
    if (edge(before) && edge(after)) return at;
  }
  return -1;
}

/** Where the body writes `key`'s letters with at least one hyphen or apostrophe between them. */
function findJoined(lower: string, key: string): [number, number] | undefined {
  const first = key[0] ?? "";
  for (let start = lower.indexOf(first); start >= 0; start = lower.indexOf(first, start + 1)) {
    if (WORD_CHAR.test(lower[start - 1] ?? " ") || JOINER.test(lower[start - 1] ?? " ")) continue;
    let i = start;
    let k = 0;
    let joiners = 0;
    while (k < key.length && i < lower.length) {
      if (lower[i] === key[k]) {
        i++;
        k++;
      } else if (k > 0 && JOINER.test(lower[i] ?? "") && lower[i + 1] === key[k]) {
        i++;
        joiners++;
      } else break;
    }
    if (k === key.length && joiners > 0 && !WORD_CHAR.test(lower[i] ?? " ")) return [start, i];
  }
  return undefined;
}

/** A name that can own something in a title: a place, or an acronym written in capitals. */
function isPossessor(token: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(token)) return true;
  return /^\p{Lu}/u.test(token) && PLACE_NAMES.has(token.toLowerCase());
}

/** Keeps the title's capital initial on a form the body writes in lower case ("E-commerce"). */
function matchInitialCase(form: string, titleWord: string): string {
  if (/^\p{Lu}/u.test(titleWord) && !/^\p{Lu}/u.test(form))
    return form.charAt(0).toUpperCase() + form.slice(1);
  return form;
}
