/** Display names and links for the tag slugs that ingest writes into frontmatter. */
import { escapeHtml } from "../lib/escape.ts";
import { TAXONOMY } from "../lib/taxonomy/data.ts";
import { TAXONOMY_MESSAGES } from "../lib/taxonomy/schema.ts";
import { href } from "./url.ts";

/** A tag as a reader sees it: its kind, label and page. */
export interface TagLink {
  readonly kind: "programme" | "topic" | "region";
  readonly slug: string;
  readonly label: string;
  readonly title: string;
  readonly href: string;
}

const programmes = new Map(TAXONOMY.programmes.map((p) => [p.slug, p]));
const topics = new Map(TAXONOMY.topics.map((t) => [t.slug, t]));
const regions = new Map(TAXONOMY.regions.map((r) => [r.slug, r]));

/**
 * One TagLink per kind and slug for the whole build: every article page and card asks
 * for the same few hundred links tens of thousands of times.
 */
function memoised(make: (slug: string) => TagLink): (slug: string) => TagLink {
  const links = new Map<string, TagLink>();
  return (slug) => {
    let link = links.get(slug);
    if (!link) {
      link = make(slug);
      links.set(slug, link);
    }
    return link;
  };
}

/** The programme with this slug; throws on a slug the taxonomy does not know. */
export const programmeLink = memoised((slug) => {
  const p = programmes.get(slug);
  if (!p) throw new Error(TAXONOMY_MESSAGES.unknownSlug("programme", slug));
  return {
    kind: "programme",
    slug,
    label: p.shortName,
    title: p.fullName,
    href: href(`programmes/${slug}/`),
  };
});

/** The topic with this slug. */
export const topicLink = memoised((slug) => {
  const t = topics.get(slug);
  if (!t) throw new Error(TAXONOMY_MESSAGES.unknownSlug("topic", slug));
  return { kind: "topic", slug, label: t.name, title: t.name, href: href(`topics/${slug}/`) };
});

/** The region or country with this slug. */
export const regionLink = memoised((slug) => {
  const r = regions.get(slug);
  if (!r) throw new Error(TAXONOMY_MESSAGES.unknownSlug("region", slug));
  return { kind: "region", slug, label: r.name, title: r.name, href: href(`regions/${slug}/`) };
});

/** Programme and topic chips for an article card. */
export function cardTags(data: { programmes: string[]; topics: string[] }): TagLink[] {
  return [...data.programmes.map(programmeLink), ...data.topics.map(topicLink)];
}

const chipItems = new Map<TagLink, string>();

/**
 * The `<li>` chips for `tags`, as HTML (every value escaped here). Each tag's chip is built once
 * per build: listing pages show some 300 chips each, and rendering them through a template cost
 * about a second of a 10,000-article build.
 */
export function chipItemsHtml(tags: readonly TagLink[]): string {
  let html = "";
  for (const tag of tags) {
    let item = chipItems.get(tag);
    if (item === undefined) {
      const title = tag.title === tag.label ? "" : ` title="${escapeHtml(tag.title)}"`;
      item = `<li><a href="${escapeHtml(tag.href)}"${title} class="chip chip-${tag.kind}">${escapeHtml(tag.label)}</a></li>`;
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
export function partnerNamesByKind(slugs: readonly string[]): {
  organisations: string[];
  conventions: string[];
} {
  const organisations: string[] = [];
  const conventions: string[] = [];
  for (const slug of slugs) {
    const { name, kind } = partner(slug);
    (kind === "convention" ? conventions : organisations).push(name);
  }
  return { organisations, conventions };
}
