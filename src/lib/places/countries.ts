/**
 * Country mentions in article text, as ISO 3166-1 alpha-2 codes (Kosovo: XK).
 * Names, alternative spellings and demonyms come from the `world-countries` package;
 * EXTRA_ALIASES adds only short forms the package lacks, and AMBIGUOUS removes names
 * that do not identify one country. Pure logic: this module imports nothing from Astro.
 *
 * Rules (see tests/unit/countries.test.ts):
 * - names are matched case-sensitively as whole words, longest first, so "Guinea" never
 *   matches inside "Papua New Guinea", "Equatorial Guinea" or "Guinea-Bissau", "Niger"
 *   never inside "Nigeria", "Oman" never inside "woman", "Sudan" not in "South Sudan";
 * - a demonym shared by two countries ("Congolese", "Dominican") or naming a continent
 *   ("American") is dropped; a demonym used as a language ("French-speaking", "in
 *   Spanish") is not a place;
 * - two-letter codes are not names, except "UK".
 */
import countries from "world-countries";

/** Short forms the package lacks, by alpha-2 code. */
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  BA: ["Bosnia", "BiH"],
  CD: ["Democratic Republic of the Congo", "D.R. Congo"],
  GB: ["Northern Ireland", "U.K."],
  TR: ["Turkey"],
  US: ["U.S.", "U.S.A."],
  AE: ["UAE", "U.A.E."],
  CZ: ["Czech Republic"],
  PH: ["Philippine"],
  KP: ["DPRK"],
  NL: ["Holland"],
};

/** Names that do not identify one country on their own. */
const AMBIGUOUS = new Set(["Congo", "Korea", "Korean", "American", "Guinean", "Samoan"]);

/** Languages: a demonym followed by these words names a language, not a place. */
const LANGUAGE_AFTER = /^(?:[\s-]*(?:speaking|language|languages|version|translation|text)\b)/i;
const LANGUAGE_BEFORE =
  /\b(?:in|into|from|speak|speaks|spoken)\s+(?:\p{Lu}\p{L}+(?:\s*,\s*|\s+(?:and|or)\s+))*$/u;

interface Alias {
  readonly text: string;
  readonly code: string;
  readonly demonym: boolean;
}

function buildAliases(): Alias[] {
  const byText = new Map<string, Alias | null>();
  const add = (text: string, code: string, demonym: boolean): void => {
    const t = text.trim();
    if (t.length < 2 || AMBIGUOUS.has(t) || !/^\p{Lu}/u.test(t)) return;
    if (/^[A-Z]{2}$/.test(t) && t !== "UK") return;
    if (/[^\p{Script=Latin}\p{N}\s.'’,()-]/u.test(t)) return;
    const prior = byText.get(t);
    if (prior === undefined) byText.set(t, { text: t, code, demonym });
    else if (prior !== null && prior.code !== code) byText.set(t, null);
  };
  for (const c of countries) {
    add(c.name.common, c.cca2, false);
    add(c.name.official, c.cca2, false);
    for (const s of c.altSpellings) if (!s.includes(",")) add(s, c.cca2, false);
    const d = c.demonyms?.eng;
    if (d) {
      add(d.m, c.cca2, true);
      add(d.f, c.cca2, true);
    }
  }
  for (const [code, list] of Object.entries(EXTRA_ALIASES)) for (const s of list) add(s, code, false);
  return [...byText.values()].filter((a): a is Alias => a !== null);
}

const ALIASES = buildAliases();
const BY_TEXT = new Map(ALIASES.map((a) => [a.text, a]));
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ALTERNATION = [...ALIASES]
  .sort((a, b) => b.text.length - a.text.length)
  .map((a) => escapeRe(a.text).replace(/ /g, "\\s+"))
  .join("|");
/** Whole words: no letter, digit or hyphen-joined word either side. */
const MATCHER = new RegExp(
  `(?<![\\p{L}\\p{N}]|[\\p{L}]-)(?:${ALTERNATION})(?![\\p{L}\\p{N}]|-\\p{Lu})`,
  "gu",
);

/** A country named in `text`, with the matched words and their offset. */
export interface CountryMention {
  readonly code: string;
  readonly text: string;
  readonly index: number;
}

export function findCountryMentions(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  for (const m of text.matchAll(MATCHER)) {
    const alias = BY_TEXT.get(m[0].replace(/\s+/g, " "));
    if (!alias) continue;
    const index = m.index;
    if (alias.demonym) {
      const after = text.slice(index + m[0].length, index + m[0].length + 24);
      const before = text.slice(Math.max(0, index - 48), index);
      if (LANGUAGE_AFTER.test(after) || LANGUAGE_BEFORE.test(before)) continue;
    }
    out.push({ code: alias.code, text: m[0], index });
  }
  return out;
}

/** The distinct alpha-2 codes named in `text`, in order of first mention. */
export function countryCodes(text: string): string[] {
  return [...new Set(findCountryMentions(text).map((m) => m.code))];
}
