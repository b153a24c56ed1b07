/**
 * One article as the open data publishes it (`/data/articles.json`, `/data/articles.csv`):
 * its identity, both dates, its text and its tags with their names. Pure; never imports from
 * Astro. Never invents a date: a date the history or the text does not give is `null`.
 */
import { listingDate, type Dated } from "../articleDates.ts";
import type { Taxonomy } from "../taxonomy/schema.ts";
import { COUNTRIES } from "../places/recognise.ts";
import { countrySlug, namedRegionSlugs, regionEntry } from "../places/rollup.ts";

/** A programme the article names. */
export interface DataProgramme {
  readonly slug: string;
  /** The short name the site shows. */
  readonly name: string;
  readonly fullName: string;
}

/** A topic. */
export interface DataTopic {
  readonly slug: string;
  readonly name: string;
}

/**
 * A place the article names: a region or a country of the taxonomy. An object, so that codes
 * (ISO 3166 for countries) can join it as new keys without changing what is there.
 */
export interface DataPlace {
  readonly slug: string;
  readonly name: string;
  readonly placeType: "country" | "region";
  /** A country's ISO 3166-1 alpha-2 code (Kosovo: XK); null for a region. */
  readonly code: string | null;
}

/** A partner organisation or convention the article names. */
export interface DataPartner {
  readonly slug: string;
  readonly name: string;
  readonly partnerType: "organisation" | "convention";
}

/** The dates of an article; `null` where none is known. */
export interface DataDates {
  /** The date the text states (YYYY-MM-DD). */
  readonly source: string | null;
  /** The day its first seed file was committed (YYYY-MM-DD). */
  readonly added: string | null;
  /** The date listings sort by and feeds carry: the source date, else the added date. */
  readonly listing: string | null;
  /** None of its seed files is committed yet (an editor's preview). */
  readonly preview: boolean;
}

/** One article of the open data. */
export interface DataArticle {
  /** The slug, also the last segment of its URL. */
  readonly id: string;
  /** Absolute URL of its page. */
  readonly url: string;
  readonly title: string;
  /** The title exactly as the seed file wrote it. */
  readonly sourceTitle: string;
  readonly dates: DataDates;
  readonly summary: string;
  /** The full text, plain: blocks (paragraphs and headings) separated by a blank line. */
  readonly text: string;
  readonly programmes: readonly DataProgramme[];
  readonly topics: readonly DataTopic[];
  readonly places: readonly DataPlace[];
  readonly partners: readonly DataPartner[];
  /** The seed files it was taken from. */
  readonly sources: readonly string[];
}

/** What an article brings to its record, however it was obtained: its fields, with the dates and tags as slugs. */
export interface ArticleFacts
  extends Pick<DataArticle, "id" | "title" | "sourceTitle" | "summary" | "text" | "sources">, Dated {
  readonly programmes: readonly string[];
  readonly topics: readonly string[];
  readonly regions: readonly string[];
  /** ISO 3166-1 alpha-2 codes. */
  readonly countries: readonly string[];
  readonly partners: readonly string[];
}

/** Finds a taxonomy entry by slug; throws on a slug the taxonomy does not know. */
function lookup<T extends { readonly slug: string }>(
  entries: readonly T[],
  what: string,
): (slug: string) => T {
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  return (slug) => {
    const found = bySlug.get(slug);
    if (found === undefined) throw new Error(`unknown ${what} slug "${slug}"`);
    return found;
  };
}

/** Makes the records of articles, with names from `taxonomy` and URLs from `urlOf(id)`. */
export function recordMaker(
  taxonomy: Taxonomy,
  urlOf: (id: string) => string,
): (article: ArticleFacts) => DataArticle {
  const programme = lookup(taxonomy.programmes, "programme");
  const topic = lookup(taxonomy.topics, "topic");
  const partner = lookup(taxonomy.partners, "partner");
  return (a) => ({
    id: a.id,
    url: urlOf(a.id),
    title: a.title,
    sourceTitle: a.sourceTitle,
    dates: {
      source: a.date ?? null,
      added: a.added ?? null,
      listing: listingDate(a) ?? null,
      preview: a.preview === true,
    },
    summary: a.summary,
    text: a.text,
    programmes: a.programmes.map((slug) => {
      const p = programme(slug);
      return { slug, name: p.shortName, fullName: p.fullName };
    }),
    topics: a.topics.map((slug) => ({ slug, name: topic(slug).name })),
    // The countries the text names, then the regions it names (not those its countries imply).
    places: [
      ...a.countries.map((code): DataPlace => ({
        slug: countrySlug(code),
        name: COUNTRIES.get(code)?.name ?? code,
        placeType: "country",
        code,
      })),
      ...namedRegionSlugs(a.countries, a.regions).map((slug): DataPlace => {
        const r = regionEntry(slug);
        if (!r) throw new Error(`unknown region slug "${slug}"`);
        return { slug, name: r.name, placeType: "region", code: null };
      }),
    ],
    partners: a.partners.map((slug) => {
      const p = partner(slug);
      return { slug, name: p.name, partnerType: p.partnerType };
    }),
    sources: [...a.sources],
  });
}
