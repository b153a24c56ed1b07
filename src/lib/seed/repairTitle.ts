/**
 * Restores the apostrophes and hyphens that seed titles lost ("Cambodias", "COVID19", "Ecommerce").
 *
 * Never restores beyond what the article's own body spells: a title word changes only when
 * the body writes the same letters with a hyphen or apostrophe, or names the possessor, which
 * must be a place or an acronym the body writes in capitals (so "Controls" never becomes
 * "Control's").
 */
import { PLACE_NAMES } from "./placeNames.ts";

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const JOINERS = /['’-]/gu;
const HAS_JOINER = /['’-]/u;

/** Place names that end in "s" without being possessives. */
const PLURAL_NAMES = new Set(["philippines", "netherlands", "bahamas", "seychelles", "maldives", "comoros"]);

/** The title with each damaged word replaced by the form its body spells. */
export function repairTitle(title: string, body: string): string {
  const spelled = new Map<string, string>();
  const bareWords = new Set<string>();
  const properNouns = new Map<string, string>();
  for (const token of body.match(WORD) ?? []) {
    bareWords.add(token.toLowerCase());
    for (const form of hyphenatedSpans(token)) {
      const key = form.replace(JOINERS, "").toLowerCase();
      if (key !== form.toLowerCase() && !spelled.has(key)) spelled.set(key, form);
    }
    if (isPossessor(token)) properNouns.set(token.toLowerCase(), token);
  }
  return title.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    if (bareWords.has(lower)) return word; // the body spells it this way too
    const form = spelled.get(lower);
    if (form !== undefined) return matchInitialCase(form, word);
    const stem = lower.slice(0, -1);
    const noun = properNouns.get(stem);
    if (lower.endsWith("s") && stem.length >= 3 && noun !== undefined && !PLURAL_NAMES.has(lower)) {
      return `${noun}'s`;
    }
    return word;
  });
}

/** A name that can own something in a title: a place, or an acronym written in capitals. */
function isPossessor(token: string): boolean {
  if (HAS_JOINER.test(token)) return false;
  if (/^\p{Lu}{2,}$/u.test(token)) return true;
  return /^\p{Lu}/u.test(token) && PLACE_NAMES.has(token.toLowerCase());
}

/** "COVID-19-related" → "COVID-19-related", "COVID-19", "19-related", …: every run of its parts. */
function hyphenatedSpans(token: string): string[] {
  const parts = token.split("-");
  if (parts.length === 1) return [token];
  const spans: string[] = [];
  for (let start = 0; start < parts.length; start++) {
    for (let end = start + 2; end <= parts.length; end++) spans.push(parts.slice(start, end).join("-"));
  }
  return spans;
}

/** Keeps the title's capital initial on a form the body writes in lower case ("E-commerce"). */
function matchInitialCase(form: string, titleWord: string): string {
  const titleUpper = /^\p{Lu}/u.test(titleWord);
  const formUpper = /^\p{Lu}/u.test(form);
  if (titleUpper && !formUpper) return form.charAt(0).toUpperCase() + form.slice(1);
  return form;
}
