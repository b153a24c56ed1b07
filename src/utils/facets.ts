/** The four facets (programmes, topics, regions, countries), each a list of tags with pages. */
import { TAXONOMY } from "../lib/taxonomy/data.ts";
import { groupBy } from "../lib/counts.ts";
import { COUNTRIES } from "../lib/places/recognise.ts";
import {
  REGION_ENTRIES,
  countryCounts,
  countrySlug,
  m49RegionOf,
  regionEntry,
} from "../lib/places/rollup.ts";
import { getArticles, type ArticleEntry } from "./articles.ts";
import { COUNTRY_ENTRIES, TAG_OF, type Tag } from "./tags.ts";

export type { Tag };

export const FACETS = ["programmes", "topics", "regions", "countries"] as const;
export type Facet = (typeof FACETS)[number];

/** How each facet is presented. */
export const FACET_TEXT: Record<Facet, { title: string; singular: string; intro: string }> = {
  programmes: {
    title: "Programmes",
    singular: "Programme",
    intro:
      "WCO programmes, projects and operations. An article is listed under a programme only when its title or text names it.",
  },
  topics: {
    title: "Topics",
    singular: "Topic",
    intro: "The subjects the digest covers. Every article has at least one topic.",
  },
  regions: {
    title: "Regions",
    singular: "Region",
    intro:
      "The world's regions (UN M49) and the regions the articles name. A region lists every article naming it, one of its named regions or one of its countries.",
  },
  countries: {
    title: "Countries",
    singular: "Country",
    intro: "Every country the articles name, by UN M49 region.",
  },
};

/** The slugs of every tag of a facet, in display order. */
const SLUGS: Record<Facet, () => readonly string[]> = {
  programmes: () => TAXONOMY.programmes.map((t) => t.slug),
  topics: () => TAXONOMY.topics.map((t) => t.slug),
  regions: () => REGION_ENTRIES.map((r) => r.slug),
  countries: () => COUNTRY_ENTRIES.map((c) => c.slug),
};

/** Every tag of a facet, in display order (taxonomy order; regions M49 first; countries by name). */
export function tagsOf(facet: Facet): Tag[] {
  return SLUGS[facet]().map((slug) => TAG_OF[facet](slug));
}

/** The slugs of an article's tags in a facet (its countries are stored as ISO codes). */
export function tagSlugsOf(facet: Facet, data: ArticleEntry["data"]): readonly string[] {
  return facet === "countries" ? data.countries.map(countrySlug) : data[facet];
}

const byTag = new Map<Facet, Promise<Map<string, ArticleEntry[]>>>();

/** The articles of every tag of a facet, in listing order (grouped once per build: every route asks). */
export function articlesByTag(facet: Facet): Promise<Map<string, ArticleEntry[]>> {
  if (import.meta.env.DEV) byTag.clear(); // the dev server must see edited seeds
  let groups = byTag.get(facet);
  if (groups === undefined) {
    groups = getArticles().then((articles) => groupBy(articles, (a) => tagSlugsOf(facet, a.data)));
    byTag.set(facet, groups);
  }
  return groups;
}

/** The tags of a facet that get a page: every programme, and topics and regions with articles. */
export async function tagsWithPages(facet: Facet): Promise<{ tag: Tag; articles: ArticleEntry[] }[]> {
  const groups = await articlesByTag(facet);
  return tagsOf(facet)
    .map((tag) => ({ tag, articles: groups.get(tag.slug) ?? [] }))
    .filter(({ articles }) => facet === "programmes" || articles.length > 0);
}

/**
 * The countries a region page lists, with their article counts among the region's `articles`:
 * for an M49 region its countries, for a named region the countries of the M49 regions it lies in.
 */
export function regionCountries(tag: Tag, articles: readonly ArticleEntry[]): { tag: Tag; count: number }[] {
  const region = tag.facet === "regions" ? regionEntry(tag.slug) : undefined;
  if (!region) return [];
  return countryCounts(articles.map((a) => a.data))
    .filter(({ code }) => {
      const c = COUNTRIES.get(code);
      const m49 = c ? m49RegionOf(c) : undefined;
      return m49 !== undefined && region.m49.includes(m49);
    })
    .map(({ code, count }) => ({ tag: TAG_OF.countries(countrySlug(code)), count }));
}

/** Every tag page of every facet: its facet, tag and articles (the routes of tag pages and their feeds). */
export async function allTagPages(): Promise<{ facet: Facet; tag: Tag; articles: ArticleEntry[] }[]> {
  const out: { facet: Facet; tag: Tag; articles: ArticleEntry[] }[] = [];
  for (const facet of FACETS) for (const entry of await tagsWithPages(facet)) out.push({ facet, ...entry });
  return out;
}

/** Per country (ISO code) the number of articles naming it, most first (the world map's data). */
export async function countryArticleCounts(): Promise<{ code: string; count: number }[]> {
  return countryCounts((await getArticles()).map((a) => a.data));
}
