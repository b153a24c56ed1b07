/**
 * How places roll up: a country belongs to its UN M49 region and sub-region (world-countries,
 * corrected by extra.ts), a named region ("West and Central Africa") to the M49 region(s) it lies
 * in. An article is listed on the page of every region it names, of every M49 region one of its
 * countries or named regions lies in, and of every country it names. Pure.
 */
import { slugify } from "../seed/slugify.ts";
import { M49_REGIONS, type M49Region } from "./extra.ts";
import { COUNTRIES, NAMED_REGIONS, type Country } from "./recognise.ts";

/** A region page: one of the five M49 regions, or a named region attached to M49 region(s). */
export interface RegionEntry {
  readonly slug: string;
  readonly name: string;
  readonly kind: "m49" | "named";
  /** The M49 regions it lies in (itself for an M49 region). */
  readonly m49: readonly M49Region[];
}

/** The M49 regions' slugs, each made once: every article's regions are rolled up through them. */
const m49Slugs = new Map<M49Region, string>();

/** The slug of an M49 region's page. */
export function m49Slug(region: M49Region): string {
  let slug = m49Slugs.get(region);
  if (slug === undefined) m49Slugs.set(region, (slug = slugify(region)));
  return slug;
}

/** The M49 regions, then the named regions, in the order extra.ts lists them. */
export const REGION_ENTRIES: readonly RegionEntry[] = [
  ...M49_REGIONS.map((r): RegionEntry => ({ slug: m49Slug(r), name: r, kind: "m49", m49: [r] })),
  ...[...NAMED_REGIONS.values()]
    // "Africa", "Asia" … are named in the text as the M49 regions themselves.
    .filter((r) => !M49_REGIONS.some((m) => m49Slug(m) === r.slug))
    .map((r): RegionEntry => ({ slug: r.slug, name: r.name, kind: "named", m49: r.regions })),
];

const slugOfCode = new Map<string, string>();
const codeOfSlug = new Map<string, string>();
for (const [code, c] of COUNTRIES) {
  const slug = slugify(c.name);
  slugOfCode.set(code, slug);
  codeOfSlug.set(slug, code);
}

/** The slug of a country's page, from its ISO 3166-1 alpha-2 code ("MW" → "malawi"). */
export function countrySlug(code: string): string {
  const slug = slugOfCode.get(code);
  if (slug === undefined) throw new Error(`places: unknown country code "${code}"`);
  return slug;
}

/** The country of a page slug, or undefined. */
export function countryOfSlug(slug: string): Country | undefined {
  const code = codeOfSlug.get(slug);
  return code === undefined ? undefined : COUNTRIES.get(code);
}

/** The M49 region of a country, or undefined (Antarctica and its islands have none). */
export function m49RegionOf(country: Country): M49Region | undefined {
  return (M49_REGIONS as readonly string[]).includes(country.region) ? country.region : undefined;
}

/**
 * The region pages an article is listed on: the M49 regions of its countries and named regions
 * (in M49 order), then the named regions it names (in mention order).
 */
export function regionSlugs(countries: readonly string[], namedRegions: readonly string[]): string[] {
  const m49 = new Set<M49Region>();
  for (const code of countries) {
    const c = COUNTRIES.get(code);
    const r = c ? m49RegionOf(c) : undefined;
    if (r) m49.add(r);
  }
  const named: string[] = [];
  for (const slug of namedRegions) {
    const entry = REGION_ENTRIES.find((e) => e.slug === slug);
    if (!entry) continue;
    for (const r of entry.m49) m49.add(r);
    if (entry.kind === "named" && !named.includes(slug)) named.push(slug);
  }
  return [...M49_REGIONS.filter((r) => m49.has(r)).map(m49Slug), ...named];
}

/** Per country (ISO code) the number of articles naming it, among `articles`; most first, then by name. */
export function countryCounts(articles: readonly { readonly countries: readonly string[] }[]): {
  code: string;
  count: number;
}[] {
  const counts = new Map<string, number>();
  for (const a of articles) for (const c of new Set(a.countries)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const name = (code: string): string => COUNTRIES.get(code)?.name ?? code;
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || name(a.code).localeCompare(name(b.code), "en"));
}

/** The countries among `codes` that lie in M49 region `region`. */
export function countriesIn(region: M49Region, codes: readonly string[]): string[] {
  return codes.filter((code) => {
    const c = COUNTRIES.get(code);
    return c !== undefined && m49RegionOf(c) === region;
  });
}

/** Of an article's region pages, those its text names itself: not a world region its countries imply. */
export function namedRegionSlugs(countries: readonly string[], regions: readonly string[]): string[] {
  const implied = new Set(regionSlugs(countries, []));
  return regions.filter((slug) => !implied.has(slug));
}

/** The region page entry of a slug, or undefined. */
export function regionEntry(slug: string): RegionEntry | undefined {
  return REGION_ENTRIES.find((e) => e.slug === slug);
}

/** The place pages an article is listed on: its region slugs (see regionSlugs), then its countries' slugs. */
export function placeSlugs(regions: readonly string[], countries: readonly string[]): string[] {
  return [...regions, ...countries.map(countrySlug)];
}

/** Every place page's slug and name: the regions (M49, then named), then every country by name. */
export const PLACE_NAMES: readonly { readonly slug: string; readonly name: string }[] = [
  ...REGION_ENTRIES.map((r) => ({ slug: r.slug, name: r.name })),
  ...[...COUNTRIES.values()]
    .map((c) => ({ slug: countrySlug(c.code), name: c.name }))
    .sort((a, b) => a.name.localeCompare(b.name, "en")),
];
