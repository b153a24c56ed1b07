/** Display names and links for the tag slugs that ingest writes into frontmatter. */
import { escapeHtml } from "../lib/escape.ts";
import { M49_REGIONS } from "../lib/places/extra.ts";
import { COUNTRIES } from "../lib/places/recognise.ts";
import { REGION_ENTRIES, countryOfSlug, m49RegionOf, m49Slug } from "../lib/places/rollup.ts";
import { slugify } from "../lib/seed/slugify.ts";
import { TAXONOMY } from "../lib/taxonomy/data.ts";
import { TAXONOMY_MESSAGES } from "../lib/taxonomy/schema.ts";
import type { Facet } from "./facets.ts";
import { href } from "./url.ts";

/** A tag: one programme, topic, region or country, as the pages show and link it. */
export interface Tag {
  readonly facet: Facet;
  readonly slug: string;
  /** Short name (acronym for programmes): chips, feed categories. */
  readonly name: string;
  /** Full name: headings, the chip's title. */
  readonly fullName: string;
  readonly href: string;
  readonly description: string | undefined;
  /** The index's subheading it is listed under (regions: world or named; countries: their M49 region). */
  readonly group?: string;
  /** Where it belongs, linked from its page (a country's M49 region). */
  readonly parent?: { readonly name: string; readonly href: string; readonly detail?: string };
}

/** A chip's classes by facet (they reach the HTML and the CSS: keep them). */
const CHIP_CLASS: Record<Facet, string> = {
  programmes: "chip chip-programme",
  topics: "chip chip-topic",
  regions: "chip chip-region",
  countries: "chip chip-region",
};

/** The word each facet's unknown-slug error uses. */
const SINGULAR = {
  programmes: "programme",
  topics: "topic",
  regions: "region",
  countries: "country",
} as const satisfies Record<Facet, string>;

/**
 * The tag of each slug of one facet, looked up among `entries` (throwing on a slug the taxonomy
 * does not know) and made once for the whole build: every article page and card asks for the
 * same few hundred tags tens of thousands of times.
 */
function tagLookup<E extends { readonly slug: string; readonly description?: string | undefined }>(
  facet: Facet,
  entries: readonly E[],
  names: (entry: E) => Pick<Tag, "name" | "fullName" | "group" | "parent">,
): (slug: string) => Tag {
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  const made = new Map<string, Tag>();
  return (slug) => {
    let tag = made.get(slug);
    if (!tag) {
      const entry = bySlug.get(slug);
      if (!entry) throw new Error(TAXONOMY_MESSAGES.unknownSlug(SINGULAR[facet], slug));
      tag = { facet, slug, ...names(entry), href: href(`${facet}/${slug}/`), description: entry.description };
      made.set(slug, tag);
    }
    return tag;
  };
}

/** The programme with this slug; throws on a slug the taxonomy does not know. */
export const programmeTag = tagLookup("programmes", TAXONOMY.programmes, (p) => ({
  name: p.shortName,
  fullName: p.fullName,
}));

/** The topic with this slug. */
export const topicTag = tagLookup("topics", TAXONOMY.topics, (t) => ({ name: t.name, fullName: t.name }));

/** The region with this slug: an M49 region or a named region (places/rollup.ts). */
export const regionTag = tagLookup("regions", REGION_ENTRIES, (r) => ({
  name: r.name,
  fullName: r.name,
  group: r.kind === "m49" ? "World regions" : "Named regions",
}));

/** Every country (world-countries), by page slug: by M49 region (Africa … Oceania, then none), then name. */
export const COUNTRY_ENTRIES: readonly { slug: string; code: string; name: string }[] = [
  ...COUNTRIES.values(),
]
  .map((c) => {
    const region = m49RegionOf(c);
    return {
      slug: slugify(c.name),
      code: c.code,
      name: c.name,
      rank: region ? M49_REGIONS.indexOf(region) : 99,
    };
  })
  .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, "en"))
  .map(({ slug, code, name }) => ({ slug, code, name }));

/** The country with this page slug. */
export const countryTag = tagLookup("countries", COUNTRY_ENTRIES, (e) => {
  const country = countryOfSlug(e.slug);
  const region = country ? m49RegionOf(country) : undefined;
  return {
    name: e.name,
    fullName: e.name,
    group: region ?? "Other",
    ...(region && country
      ? { parent: { name: region, href: href(`regions/${m49Slug(region)}/`), detail: country.subregion } }
      : {}),
  };
});

/** The tag of a facet and slug. */
export const TAG_OF: Record<Facet, (slug: string) => Tag> = {
  programmes: programmeTag,
  topics: topicTag,
  regions: regionTag,
  countries: countryTag,
};

/** Programme and topic chips for an article card. */
export function cardTags(data: { programmes: string[]; topics: string[] }): Tag[] {
  return [...data.programmes.map(programmeTag), ...data.topics.map(topicTag)];
}

const chipItems = new Map<Tag, string>();

/**
 * The `<li>` chips for `tags`, as HTML (every value escaped here). Each tag's chip is built once
 * per build: listing pages show some 300 chips each, and rendering them through a template cost
 * about a second of a 10,000-article build.
 */
export function chipItemsHtml(tags: readonly Tag[]): string {
  let html = "";
  for (const tag of tags) {
    let item = chipItems.get(tag);
    if (item === undefined) {
      const title = tag.fullName === tag.name ? "" : ` title="${escapeHtml(tag.fullName)}"`;
      item = `<li><a href="${escapeHtml(tag.href)}"${title} class="${CHIP_CLASS[tag.facet]}">${escapeHtml(tag.name)}</a></li>`;
      chipItems.set(tag, item);
    }
    html += item;
  }
  return html;
}

const partners = new Map(TAXONOMY.partners.map((p) => [p.slug, p]));

function partner(slug: string): (typeof TAXONOMY.partners)[number] {
  const found = partners.get(slug);
  if (found === undefined) throw new Error(TAXONOMY_MESSAGES.unknownSlug("partner", slug));
  return found;
}

/** The display name of a partner organisation or convention. */
export function partnerName(slug: string): string {
  return partner(slug).name;
}

/** A partner list's names, split into organisations and conventions (treaties, protocols). */
export function partnerNamesByType(slugs: readonly string[]): {
  organisations: string[];
  conventions: string[];
} {
  const organisations: string[] = [];
  const conventions: string[] = [];
  for (const slug of slugs) {
    const { name, partnerType } = partner(slug);
    (partnerType === "convention" ? conventions : organisations).push(name);
  }
  return { organisations, conventions };
}
