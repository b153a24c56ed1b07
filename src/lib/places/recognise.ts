/**
 * Country and region recognition in untrusted article text.
 *
 * Names, official names, alternative spellings and English demonyms come from the maintained
 * `world-countries` package; `extra.ts` adds only what it lacks. Matching rules:
 * - names are proper nouns and are matched case-sensitively, as whole words ("Oman" never in
 *   "woman", "turkey" the bird and "chad" never tag); two-letter codes ("IN", "NO", "ME") never
 *   match, only the acronyms UK, US, USA, UAE, DRC and DPRK, and an acronym before "$" is a
 *   currency ("US$");
 * - the longest match wins, so "Guinea" is not found inside "Papua New Guinea", "Equatorial
 *   Guinea" or "Guinea-Bissau", nor "Sudan" in "South Sudan", "Ireland" in "Northern Ireland";
 *   extra.ts's compounds use this to give a place that contains a country's name its own country
 *   ("New South Wales" AU, "Jersey City" and "Atlanta, Georgia" US, "Niger Delta" NG) or none
 *   ("Gulf of Guinea", "Congo Basin", "South China Sea", "Guinea pig", "US dollar");
 * - a name shared by two places is ignored, except that a demonym shared by one sovereign state
 *   and dependent territories is the state's ("French" FR, not TF; "Dutch" NL, not BQ); a
 *   demonym that is not a country ("American") is ignored;
 * - a demonym that is also a language ("French", "Spanish", "Russian") counts only before a noun
 *   on the same line ("French Customs", "Chinese-flagged"), or coordinated with demonyms before
 *   one ("Spanish and Portuguese authorities"); never in "French-speaking", "in French" or "the
 *   English and Spanish versions";
 * - a country name that is also a given name ("Jordan", "Chad") followed by a capitalised
 *   surname-like word ("Jordan Smith said") is a person, unless that word is an institution or
 *   place word ("Jordan Customs", "Chad Basin"), it follows "in", "of", "from" …, or the line is
 *   a title-case headline ("Jordan Hosts Regional Workshop").
 */
import countries from "world-countries";
import { LiteralSet } from "../taxonomy/literalSet.ts";
import { isWordCode } from "../seed/wordCodes.ts";
import { extra, validateExtra, type M49Region } from "./extra.ts";

export interface Country {
  code: string;
  name: string;
  region: M49Region;
  subregion: string;
}
export interface NamedRegion {
  slug: string;
  name: string;
  regions: M49Region[];
}
export interface Places {
  /** ISO 3166-1 alpha-2 codes in order of first mention. */
  countries: string[];
  /** Named-region slugs in order of first mention. */
  regions: string[];
}

const byCode = new Map<string, Country>();
for (const c of countries) {
  const o = extra.m49Overrides[c.cca2];
  byCode.set(c.cca2, {
    code: c.cca2,
    name: c.name.common,
    region: (o?.region ?? c.region) as M49Region,
    subregion: o?.subregion ?? c.subregion,
  });
}
validateExtra(extra, new Set(byCode.keys()));

export const COUNTRIES: ReadonlyMap<string, Country> = byCode;
export const NAMED_REGIONS: ReadonlyMap<string, NamedRegion> = new Map(
  extra.namedRegions.map((r) => [r.slug, { slug: r.slug, name: r.name, regions: r.regions }]),
);

/** Demonyms that are also languages: places only before a noun. */
const LANGUAGES = new Set([
  ...["French", "Spanish", "Portuguese", "German", "Italian", "Dutch", "Chinese", "Japanese"],
  ...["Russian", "Turkish", "Greek", "Polish", "Korean", "Thai", "Lao", "Vietnamese", "Somali"],
  ...["Danish", "Swedish", "Finnish", "Norwegian", "Icelandic", "Irish", "Welsh", "Maltese"],
  ...["Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian", "Ukrainian", "Belarusian"],
  ...["Croatian", "Serbian", "Bosnian", "Montenegrin", "Macedonian", "Slovene", "Slovenian"],
  ...["Albanian", "Estonian", "Latvian", "Lithuanian", "Georgian", "Armenian", "Azerbaijani"],
  ...["Kazakh", "Uzbek", "Tajik", "Kyrgyz", "Turkmen", "Mongolian", "Burmese", "Nepali"],
  ...["Indonesian", "Filipino", "Malagasy", "Tongan", "Samoan", "Faroese", "Greenlandic"],
]);

/** Horizontal white space: a language-demonym's noun is on its own line. */
const H = "[^\\S\\r\\n]";
const APOSTROPHES = "'\u2019\u2018\u02bc";
const HYPHENS = "\\-\u2010\u2011";
const esc = (s: string): string =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(new RegExp(`[${APOSTROPHES}]`, "gu"), `[${APOSTROPHES}]`)
    .replace(/\s+/g, "[\\s\\u00a0]+");

/** Both cases of each word's first letter ("[Vv]ersion"), for title-case headlines. */
const words = (ws: string[]): string =>
  ws.map((w) => `[${w[0] ?? ""}${(w[0] ?? "").toUpperCase()}]${w.slice(1)}`).join("|");
/** Words after which a language-demonym is a language, not a place. */
const NOT_A_NOUN = `(?:${[
  words(["speaking", "speakers?", "languages?", "versions?", "translations?", "texts?", "editions?"]),
  words(["subtitles?", "interpretation", "interpreters?", "courses?", "classes", "lessons?"]),
  words(["proficiency", "teachers?", "dictionary", "only"]),
  // Function words: "translated into French by …", "in French and …", "in Spanish at …".
  "and|or|nor|but|as|is|are|was|were|be|been|by|for|in|into|on|at|to|from|with|without|of",
  "the|a|an|that|which|who|while|when|where|than|then|so|too|also|will|would|can|could",
  "should|may|might|has|have|had|during|via|&",
].join("|")})(?![\\p{L}\\p{N}])`;

/** A country's English demonyms from the package, one name each ("Malawian"; "Swiss" once, not per gender). */
function packageDemonyms(c: (typeof countries)[number]): string[] {
  const d = c.demonyms?.eng;
  return d ? [...new Set([d.m, d.f])].flatMap((dn) => dn.split(/,\s*|\s+or\s+/u)) : [];
}

/** Demonyms (package and extra.ts) that may stand between a language-demonym and its noun. */
const demonymNames = new Set<string>(countries.flatMap(packageDemonyms));
for (const names of Object.values(extra.demonyms)) for (const n of names) demonymNames.add(n);
const DEMONYM = `(?:${[...demonymNames]
  .filter((n) => n.trim())
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join("|")})`;
/** "Spanish[, Italian] and Portuguese": the demonyms a language-demonym is coordinated with. */
const CHAIN = `(?:(?:${H}*,${H}*|${H}+(?:and|or|&)${H}+)${DEMONYM}){0,4}`;
/** Languages that are no demonym: "French-English", "Chinese-Arabic". */
const OTHER_LANGUAGES = [
  ...["English", "Arabic", "Swahili", "Hindi", "Urdu", "Bengali", "Persian", "Farsi", "Hebrew"],
  ...["Malay", "Amharic", "Hausa", "Tamil"],
];
/** "French-…" is a language in these compounds (and before another language, "French-English"). */
const NOT_A_COMPOUND = `(?:${words(["speaking", "speakers?", "languages?", "medium", "only", "style"])}|${[
  ...LANGUAGES,
  ...OTHER_LANGUAGES,
].join("|")})(?![\\p{L}\\p{N}])`;
const LANGUAGE_TAIL = `(?=${CHAIN}(?:${H}+(?!${NOT_A_NOUN})\\p{L}|[${HYPHENS}](?!${NOT_A_COMPOUND})\\p{L}))`;
const NAME_TAIL = `(?:[${APOSTROPHES}]?s)?(?![\\p{L}\\p{N}])`;

interface Term {
  /** "c:XX" a country, "r:slug" a named region, "x" a compound that names no country. */
  key: string;
  /** The pattern's source; compiled on first use (compiling all 1,500 cost 200 ms at every start). */
  source: string;
  re?: RegExp;
  /** A piece of the name without spaces or apostrophes (`literalOf`): every match contains it. */
  literal: string;
  /** A country name that is also a given name ("Jordan"): see `namesPerson`. */
  given: boolean;
  /**
   * The name's opening, up to its first space or apostrophe: the pattern matches these very
   * characters first, so a match starts only where the text has them ("" when the name opens
   * with neither).
   */
  head: string;
  /**
   * Where a match of the pattern that starts at `at` ends, or -1: tried only where the head
   * stands. Code for a name that is not a language (`plainMatcher`), as each thread would
   * otherwise compile the regexes of the names its texts hold (about 200 ms of a 10,000-article
   * ingest); else the pattern, sticky, compiled on first use (`stickyMatcher`).
   */
  matchAt?: (t: string, at: number) => number;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const APOSTROPHE_SET = new Set(APOSTROPHES);

/** Whether the code point `c` is a letter or a number, as \p{L} and \p{N} say. */
function letterOrNumber(c: number): boolean {
  return c < 0x10000 ? isWordCode(c) : LETTER_OR_NUMBER.test(String.fromCodePoint(c));
}

/** `source` as a sticky regex, compiled on first use: the matcher of the names plainMatcher leaves. */
function stickyMatcher(source: string): (t: string, at: number) => number {
  let re: RegExp | undefined;
  return (t, at) => {
    re ??= new RegExp(source, "uy");
    re.lastIndex = at;
    const m = re.exec(t);
    return m ? at + m[0].length : -1;
  };
}

/** The code point that ends at `at` in `t` (-1 at the start), as a regex lookbehind sees it. */
function codePointBefore(t: string, at: number): number {
  if (at <= 0) return -1;
  const low = t.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = t.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Whether `t` has a letter or number at `at` (false past its end). */
function letterOrNumberAt(t: string, at: number): boolean {
  return at < t.length && letterOrNumber(t.codePointAt(at) ?? 0);
}

/**
 * `name`'s pattern (lead, `esc(name)`, NAME_TAIL and, for an acronym, the currency guard) as code:
 * the name's characters as they are, any of APOSTROPHES for an apostrophe and a run of white
 * space for white space; then "s" or "'s" when no letter or number follows it, else nothing when
 * none follows the name. Undefined for a name the rules above do not cover (no such name today).
 */
function plainMatcher(name: string, acronym: boolean): ((t: string, at: number) => number) | undefined {
  if (name === "" || SPACE.test(name.charAt(0)) || SPACE.test(name.charAt(name.length - 1))) return undefined;
  /** `(?!H?\$)`: "$" next, or after one horizontal white space. */
  const currency = (t: string, end: number): boolean => {
    const c = t.charAt(end);
    return c === "$" || (c !== "\n" && c !== "\r" && SPACE.test(c) && t.charAt(end + 1) === "$");
  };
  // The name in parts: a character to match as it is, SPACE_PART or APOSTROPHE_PART.
  const parts: string[] = [];
  for (const c of name) {
    const part = SPACE.test(c) ? SPACE_PART : APOSTROPHE_SET.has(c) ? APOSTROPHE_PART : c;
    if (part !== SPACE_PART || parts[parts.length - 1] !== SPACE_PART) parts.push(part);
  }
  const ends = (t: string, end: number): boolean =>
    !letterOrNumberAt(t, end) && !(acronym && currency(t, end));
  return (t, at) => {
    if (letterOrNumber(codePointBefore(t, at))) return -1;
    let i = at;
    for (const part of parts) {
      if (part === SPACE_PART) {
        if (!SPACE.test(t.charAt(i))) return -1;
        while (i < t.length && SPACE.test(t.charAt(i))) i++;
      } else if (part === APOSTROPHE_PART ? APOSTROPHE_SET.has(t.charAt(i)) : t.startsWith(part, i)) {
        i += part === APOSTROPHE_PART ? 1 : part.length;
      } else return -1;
    }
    // NAME_TAIL, as the regex backtracks: "s" or "'s" if no letter or number follows, else nothing.
    const c = t.charAt(i);
    const plural = c === "s" ? i + 1 : APOSTROPHE_SET.has(c) && t.charAt(i + 1) === "s" ? i + 2 : -1;
    if (plural >= 0 && ends(t, plural)) return plural;
    return ends(t, i) ? i : -1;
  };
}

/** plainMatcher's parts that are no character of their own. */
const SPACE_PART = "space";
const APOSTROPHE_PART = "apostrophe";

const GIVEN = new Set(extra.givenNames);

/** Where a name's head ends: its first space or apostrophe (see Term.head). */
const HEAD_END = new RegExp(`[\\s${APOSTROPHES}]`, "u");

function term(key: string, name: string): Term {
  const lead = "(?<![\\p{L}\\p{N}])";
  const language = LANGUAGES.has(name);
  const acronym = /^[A-Z][A-Z.]*$/u.test(name);
  const tail = language
    ? LANGUAGE_TAIL
    : // An acronym before "$" is a currency: "US$ 2 million".
      NAME_TAIL + (acronym ? `(?!${H}?\\$)` : "");
  const matchAt = language ? undefined : plainMatcher(name, acronym);
  return {
    ...(matchAt ? { matchAt } : {}),
    key,
    source: `${lead}${esc(name)}${tail}`,
    literal: literalOf(name),
    given: GIVEN.has(name),
    head: name.split(HEAD_END)[0] ?? "",
  };
}

/** Words of many names and of most customs news: poor literals, each hit runs a regex for nothing. */
const GENERIC = new Set([
  ...["Republic", "Democratic", "People's", "Kingdom", "State", "States", "United", "Federal"],
  ...["Union", "Customs", "Revenue", "Border", "Authority", "Service", "University", "Council"],
  ...["Cooperation", "Economic", "Monetary", "Community", "Central", "Nation", "Islands"],
  ...["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Middle"],
]);

/**
 * The piece of a name the prefilter looks for: the longest capitalised piece that is not a
 * generic word ("Gulf" in "Gulf countries", "Georgia" in "University of Georgia"), else the
 * longest piece.
 */
function literalOf(name: string): string {
  const pieces = name.split(new RegExp(`[\\s${APOSTROPHES}]+`, "u")).filter((p) => p !== "");
  const longest = (ps: string[]) => ps.reduce((a, b) => (b.length > a.length ? b : a), "");
  return longest(pieces.filter((p) => /^\p{Lu}/u.test(p) && !GENERIC.has(p))) || longest(pieces);
}

const terms: Term[] = [];
{
  const ignored = new Set(extra.ignored);
  /** Names extra.ts decides, whatever the package says. */
  const fixed = new Map<string, string>();
  for (const [code, names] of Object.entries(extra.aliases)) for (const n of names) fixed.set(n, `c:${code}`);
  for (const [code, names] of Object.entries(extra.demonyms))
    for (const n of names) fixed.set(n, `c:${code}`);
  for (const [name, code] of Object.entries(extra.compounds))
    fixed.set(name, code === null ? "x" : `c:${code}`);
  for (const r of extra.namedRegions) for (const p of r.patterns) fixed.set(p, `r:${r.slug}`);
  /** The package's names: name → the codes that use it, demonyms apart. */
  const names = new Map<string, Set<string>>();
  const demonyms = new Map<string, Set<string>>();
  const add = (to: Map<string, Set<string>>, code: string, name: string) => {
    if (!name.trim() || ignored.has(name) || fixed.has(name)) return;
    const s = to.get(name) ?? new Set<string>();
    s.add(code);
    to.set(name, s);
  };
  for (const c of countries) {
    add(names, c.cca2, c.name.common);
    add(names, c.cca2, c.name.official);
    for (const a of c.altSpellings) {
      // Skip codes (MW, GB, IN, NO) and non-Latin spellings; keep these safe acronyms.
      if (/^[A-Z]{2,3}$/.test(a) && !["UK", "US", "USA", "UAE", "DRC", "DPRK"].includes(a)) continue;
      if (!/^[\p{Script=Latin}\s.,'’&()-]+$/u.test(a) || /,/.test(a)) continue;
      add(names, c.cca2, a);
    }
    for (const part of packageDemonyms(c)) add(demonyms, c.cca2, part);
  }
  const sovereign = new Set(countries.filter((c) => c.independent).map((c) => c.cca2));
  const keyOf = new Map(fixed);
  for (const [name, codes] of names) {
    // Shared between two places: ambiguous, never matched.
    if (codes.size === 1) keyOf.set(name, `c:${[...codes][0] ?? ""}`);
  }
  for (const [name, codes] of demonyms) {
    if (keyOf.has(name)) continue;
    // A demonym shared by a state and dependent territories is the state's: "French" FR, not TF.
    const states = codes.size === 1 ? [...codes] : [...codes].filter((c) => sovereign.has(c));
    if (states.length === 1 && !names.has(name)) keyOf.set(name, `c:${states[0] ?? ""}`);
  }
  for (const [name, key] of keyOf) terms.push(term(key, name));
}

/**
 * The terms' literals in one Aho–Corasick automaton: one pass over a text tells which names can
 * occur in it, so only their regexes run (the same prefilter as the classifier's).
 */
const literals = [...new Set(terms.map((t) => t.literal).filter((l) => l !== ""))];
const literalId = new Map(literals.map((l, i) => [l, i]));
const literalSet = new LiteralSet(literals);
/** The terms of each literal, by literal id; and the terms without one, run on every text. */
const termsOfLiteral: Term[][] = literals.map(() => []);
const alwaysRun: Term[] = [];
for (const t of terms) {
  const id = literalId.get(t.literal);
  if (id === undefined) alwaysRun.push(t);
  else termsOfLiteral[id]?.push(t);
}

/** Every country and named region the text names. */
export function recognisePlaces(text: string): Places {
  return recognise(text, true);
}

/** recognisePlaces without the prefilter, every regex run: the brute force tests compare it with. */
export function recognisePlacesUnfiltered(text: string): Places {
  return recognise(text, false);
}

interface Hit {
  start: number;
  end: number;
  term: Term;
}

function recognise(text: string, prefilter: boolean): Places {
  const t = text.normalize("NFC");
  const found = new Uint8Array(literalSet.size);
  if (prefilter) literalSet.scan(t, found);
  else found.fill(1);
  const hits: Hit[] = [];
  const run = (term: Term) => {
    if (prefilter && term.head !== "") {
      // The matches a global search finds, leftmost first and never overlapping, tried only
      // where the name's head stands: a native search instead of the regex at every position.
      const matchAt = (term.matchAt ??= stickyMatcher(term.source));
      for (let at = t.indexOf(term.head); at >= 0;) {
        const end = matchAt(t, at);
        if (end >= 0) hits.push({ start: at, end, term });
        at = t.indexOf(term.head, end >= 0 ? Math.max(at + 1, end) : at + 1);
      }
      return;
    }
    const re = (term.re ??= new RegExp(term.source, "gu"));
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t))
      hits.push({ start: m.index, end: m.index + m[0].length, term });
  };
  for (const term of alwaysRun) run(term);
  // Only the terms whose literal occurs: a native search for the few found among ~1,500 literals.
  for (let id = found.indexOf(1); id >= 0; id = found.indexOf(1, id + 1))
    for (const term of termsOfLiteral[id] ?? []) run(term);
  // Longest match first; a hit overlapping a kept one is dropped.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  kept.sort((a, b) => a.start - b.start);
  const out: Places = { countries: [], regions: [] };
  for (const h of kept) {
    const { key } = h.term;
    if (key === "x" || (h.term.given && namesPerson(t, h, kept))) continue;
    const list = key.startsWith("c:") ? out.countries : out.regions;
    const id = key.slice(2);
    if (!list.includes(id)) list.push(id);
  }
  return out;
}

/** Words after a country's name that make it an institution or a place, not a person's name. */
const PLACE_WORDS = new Set([
  ...["Customs", "Revenue", "Tax", "Taxation", "Excise", "Border", "Borders", "Police", "Government"],
  ...["Ministry", "Minister", "Authority", "Authorities", "Administration", "Agency", "Service"],
  ...["Services", "Department", "Office", "Bureau", "Commission", "Council", "Directorate", "Board"],
  ...["Chamber", "Institute", "University", "National", "Federal", "Royal", "State", "Armed", "Army"],
  ...["Defence", "Defense", "Navy", "Air", "Airport", "Airports", "Port", "Ports", "Post", "Postal"],
  ...["Railway", "Railways", "Airlines", "Airways", "Coast", "Guard", "Embassy", "Mission", "Team"],
  ...["Delegation", "Trade", "Free", "Investment", "Export", "Exports", "Import", "Imports", "Food"],
  ...["Standards", "Drug", "Drugs", "Central", "Valley", "River", "Basin", "Lake", "Sea", "Rift"],
  ...["Times", "Today", "Telecom", "Bank", "Petroleum", "Oil", "Gas", "Energy", "Electric", "Steel"],
  ...["Chapter", "Forces", "Force", "Programme", "Program", "Project", "Inc", "Ltd"],
]);
/** A capitalised surname-like word or initial right after the name, on the same line. */
const NEXT_NAME = new RegExp(`${H}+(\\p{Lu}(?:\\.|[\\p{Ll}${APOSTROPHES}${HYPHENS}\\p{Lu}]*\\p{Ll}))`, "uy");
/** Words before the name that make it a place: "in Jordan", "the President of Chad". */
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|of|from|to|across|into|throughout|within|between|via|the|visit|visited|visiting)\s+$/u;

/**
 * Whether a given-name country ("Jordan", "Chad") names a person here: it is followed by a
 * capitalised surname-like word that is neither an institution or place word nor another place
 * the text names, it follows no preposition, and its line is not a title-case headline.
 */
function namesPerson(t: string, h: Hit, kept: readonly Hit[]): boolean {
  NEXT_NAME.lastIndex = h.end;
  const m = NEXT_NAME.exec(t);
  const word = m?.[1];
  if (m === null || word === undefined || PLACE_WORDS.has(word)) return false;
  const wordStart = h.end + m[0].length - word.length;
  if (kept.some((k) => k.start === wordStart)) return false;
  if (PLACE_BEFORE.test(t.slice(Math.max(0, h.start - 16), h.start))) return false;
  return !titleCaseLine(t, h.start);
}

/** Whether the line around `at` is a title-case headline: its words of 4+ letters mostly capitalised. */
function titleCaseLine(t: string, at: number): boolean {
  const from = t.lastIndexOf("\n", at) + 1;
  const to = t.indexOf("\n", at);
  let upper = 0;
  let lower = 0;
  for (const [w] of t.slice(from, to < 0 ? t.length : to).matchAll(/\p{L}{4,}/gu))
    if (/^\p{Lu}/u.test(w)) upper++;
    else lower++;
  return upper >= 3 && lower * 3 <= upper;
}

/** M49 regions an article belongs to through its countries and named regions. */
export function m49RegionsOf(p: Places): M49Region[] {
  const s = new Set<M49Region>();
  for (const c of p.countries) {
    const r = byCode.get(c)?.region;
    if (r) s.add(r);
  }
  for (const r of p.regions) for (const g of NAMED_REGIONS.get(r)?.regions ?? []) s.add(g);
  return [...s];
}
