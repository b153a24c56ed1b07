/**
 * Country and region recognition in untrusted article text.
 *
 * Names, official names, alternative spellings and English demonyms come from the maintained
 * `world-countries` package; `extra.ts` adds only what it lacks. Matching rules:
 * - names are proper nouns and are matched case-sensitively, as whole words ("Oman" never in
 *   "woman", "turkey" the bird and "chad" never tag);
 * - the longest match wins, so "Guinea" is not found inside "Papua New Guinea", "Equatorial
 *   Guinea" or "Guinea-Bissau", nor "Sudan" in "South Sudan", "Ireland" in "Northern Ireland";
 * - a demonym shared by two countries ("Dominican", "Congolese", "Korean") or that is not a
 *   country ("American") is ignored; a demonym that is also a language ("French", "English",
 *   "Spanish") counts only before a noun, never in "French-speaking" or "in French";
 * - "New Mexico", "New Jersey", "Guinea pig", "Georgia, USA", "Indian Ocean" do not tag.
 */
import countries from "world-countries";
import { LiteralSet } from "../taxonomy/literalSet.ts";
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

const LANGUAGES = new Set([
  "English",
  "French",
  "Spanish",
  "Portuguese",
  "German",
  "Italian",
  "Dutch",
  "Chinese",
  "Japanese",
  "Russian",
  "Turkish",
  "Greek",
  "Arabic",
  "Polish",
  "Korean",
  "Thai",
  "Swahili",
  "Hindi",
]);

const esc = (s: string): string =>
  s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['\u2019]/g, "['\u2019]");

/** Words after which a language-demonym is a language, not a place. */
const NOT_A_NOUN =
  "(?:speaking|speakers?|language|languages|version|versions|translation|and|or|as|is|was|text|edition)\\b";

interface Term {
  key: string; // "c:XX" or "r:slug"
  /** The pattern's source; compiled on first use (compiling all 1,500 cost 200 ms at every start). */
  source: string;
  re?: RegExp;
  /** The longest piece of the name without spaces or apostrophes: every match contains it. */
  literal: string;
}

function term(key: string, name: string, language: boolean): Term {
  const lead = "(?<![\\p{L}\\p{N}])(?<!\\bNew\\s)";
  const tail = language
    ? `(?=\\s+(?!${NOT_A_NOUN})[\\p{L}])`
    : "(?:['\u2019]?s)?(?![\\p{L}\\p{N}])(?!\\s+(?:pig|pigs|fowl|Ocean)\\b|,\\s*(?:USA|U\\.S\\.))";
  const literal = name.split(/[\s'\u2019]+/u).reduce((a, b) => (b.length > a.length ? b : a), "");
  return {
    key,
    source: `${lead}${esc(name).replace(/\s+/g, "[\\s\\u00a0]+")}${tail}`,
    literal,
  };
}

const terms: Term[] = [];
{
  const ignored = new Set(extra.ignored);
  const seen = new Map<string, string>();
  const fixed = new Set<string>();
  const add = (key: string, name: string, own = false) => {
    if (!name.trim() || ignored.has(name)) return;
    if (own) fixed.add(name);
    else if (fixed.has(name)) return; // extra.ts decides this name
    const prev = seen.get(name);
    if (prev !== undefined && prev !== key) {
      ignored.add(name); // shared between two places: ambiguous, never matched
      return;
    }
    seen.set(name, key);
  };
  for (const [code, names] of Object.entries(extra.aliases)) for (const n of names) add(`c:${code}`, n, true);
  for (const r of extra.namedRegions) for (const p of r.patterns) add(`r:${r.slug}`, p, true);
  for (const c of countries) {
    const key = `c:${c.cca2}`;
    add(key, c.name.common);
    add(key, c.name.official);
    for (const a of c.altSpellings) {
      // Skip codes (MW, GB) and non-Latin spellings; keep UK, US, USA, DRC, DPRK from the package.
      if (/^[A-Z]{2,3}$/.test(a) && !["UK", "US", "USA", "DRC", "DPRK"].includes(a)) continue;
      if (!/^[\p{Script=Latin}\s.,'’&()-]+$/u.test(a) || /,/.test(a)) continue;
      add(key, a);
    }
    const d = c.demonyms?.eng;
    if (d) for (const dn of new Set([d.m, d.f])) for (const part of dn.split(/,\s*/)) add(key, part);
  }
  for (const [name, key] of seen) if (!ignored.has(name)) terms.push(term(key, name, LANGUAGES.has(name)));
}

/**
 * The terms' literals in one Aho–Corasick automaton: one pass over a text tells which names can
 * occur in it, so only their regexes run (the same prefilter as the classifier's).
 */
const literals = [...new Set(terms.map((t) => t.literal).filter((l) => l !== ""))];
const literalId = new Map(literals.map((l, i) => [l, i]));
const literalSet = new LiteralSet(literals);
const termLiteral = terms.map((t) => literalId.get(t.literal) ?? -1);

/** Every country and named region the text names. */
export function recognisePlaces(text: string): Places {
  return recognise(text, true);
}

/** recognisePlaces without the prefilter, every regex run: the brute force tests compare it with. */
export function recognisePlacesUnfiltered(text: string): Places {
  return recognise(text, false);
}

function recognise(text: string, prefilter: boolean): Places {
  const t = text.normalize("NFC");
  const found = new Uint8Array(literalSet.size);
  if (prefilter) literalSet.scan(t, found);
  else found.fill(1);
  const hits: { start: number; end: number; key: string }[] = [];
  for (let i = 0; i < terms.length; i++) {
    const id = termLiteral[i] ?? -1;
    if (id >= 0 && found[id] === 0) continue;
    const term = terms[i] as Term;
    const { key } = term;
    const re = (term.re ??= new RegExp(term.source, "gu"));
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t))
      hits.push({ start: m.index, end: m.index + m[0].length, key });
  }
  // Longest match first; a hit overlapping a kept one is dropped.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof hits = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  kept.sort((a, b) => a.start - b.start);
  const out: Places = { countries: [], regions: [] };
  for (const { key } of kept) {
    const [prefix, id] = [key.slice(0, 1), key.slice(2)];
    const list = prefix === "c" ? out.countries : out.regions;
    if (!list.includes(id)) list.push(id);
  }
  return out;
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
