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
import { isJoinerCode, isWordCode, isWordRun } from "./wordCodes.ts";

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
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
  let starts: number[] | undefined;
  const joined = (): number[] => (starts ??= joinedStarts(lower));
  return title.replace(WORD, (word) =>
    word.length < 3 || JOINER.test(word) ? word : repairWord(word, text, lower, joined),
  );
}

/**
 * Where each word of the lower-cased body that holds a joiner begins, in order: the run of
 * letters, digits and joiners it stands in starts there with a letter or digit. Found from the
 * joiners, which few bodies hold many of; each run is passed over once.
 */
export function joinedStarts(lower: string): number[] {
  const starts: number[] = [];
  const inRun = (at: number): boolean => {
    const c = lower.charCodeAt(at);
    return isWordCode(c) || isJoinerCode(c);
  };
  const joiners = new RegExp(JOINER.source, "g");
  for (let m = joiners.exec(lower); m; m = joiners.exec(lower)) {
    let start = m.index;
    while (start > 0 && inRun(start - 1)) start--;
    let end = m.index + 1;
    while (end < lower.length && inRun(end)) end++;
    if (isWordCode(lower.charCodeAt(start))) starts.push(start);
    joiners.lastIndex = end;
  }
  return starts;
}

function repairWord(word: string, text: string, lower: string, joinedStarts: () => number[]): string {
  const key = word.toLowerCase();
  if (findWord(lower, key, true) >= 0) return word; // the body spells it as it stands
  // A key of letters and digits can only be spelled joined where a word that holds a joiner starts.
  const joined = findJoined(lower, key, isWordRun(key) ? joinedStarts() : undefined);
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
  const edge = (at: number): boolean => {
    if (at < 0 || at >= lower.length) return true;
    const c = lower.charCodeAt(at);
    return !isWordCode(c) && (inJoined || !isJoinerCode(c));
  };
  for (let at = lower.indexOf(key, from); at >= 0; at = lower.indexOf(key, at + 1)) {
    if (edge(at - 1) && edge(at + key.length)) return at;
  }
  return -1;
}

/**
 * Where the body writes `key`'s letters with at least one hyphen or apostrophe between them.
 * Such a spelling starts a word that holds a joiner, so for a key of letters and digits only
 * those words' starts (`joinedStarts`) are tried; otherwise every occurrence of its first letter.
 */
export function findJoined(
  lower: string,
  key: string,
  joinedStarts?: readonly number[],
): [number, number] | undefined {
  const first = key.charCodeAt(0);
  const tryAt = (start: number): [number, number] | undefined => {
    let i = start;
    let k = 0;
    let joiners = 0;
    while (k < key.length && i < lower.length) {
      if (lower.charCodeAt(i) === key.charCodeAt(k)) {
        i++;
        k++;
      } else if (
        k > 0 &&
        isJoinerCode(lower.charCodeAt(i)) &&
        lower.charCodeAt(i + 1) === key.charCodeAt(k)
      ) {
        i++;
        joiners++;
      } else break;
    }
    return k === key.length && joiners > 0 && (i >= lower.length || !isWordCode(lower.charCodeAt(i)))
      ? [start, i]
      : undefined;
  };
  if (joinedStarts) {
    for (const start of joinedStarts) {
      const found = lower.charCodeAt(start) === first ? tryAt(start) : undefined;
      if (found) return found;
    }
    return undefined;
  }
  const firstChar = key[0] ?? "";
  for (let start = lower.indexOf(firstChar); start >= 0; start = lower.indexOf(firstChar, start + 1)) {
    const before = start > 0 ? lower.charCodeAt(start - 1) : 32;
    if (isWordCode(before) || isJoinerCode(before)) continue;
    const found = tryAt(start);
    if (found) return found;
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
