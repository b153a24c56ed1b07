/** The three browsable taxonomies (programmes, topics, regions) as one shape for listing pages. */
import { TAXONOMY } from "../lib/taxonomy/data.ts";
import { groupBy } from "../lib/counts.ts";
import { getArticles, type ArticleEntry } from "./articles.ts";

export const KINDS = ["programmes", "topics", "regions"] as const;
export type Kind = (typeof KINDS)[number];

/** A tag with a page of its own. */
export interface Tag {
  readonly kind: Kind;
  readonly slug: string;
  /** Short label (acronym for programmes). */
  readonly name: string;
  /** Full name, for headings. */
  readonly fullName: string;
  readonly description: string | undefined;
  /** For regions: country or region. */
  readonly group?: string;
}

/** How each kind is presented. */
export const KIND_TEXT: Record<Kind, { title: string; singular: string; intro: string }> = {
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
    title: "Regions and countries",
    singular: "Region",
    intro: "Countries and regions named in the articles.",
  },
};

/** Every tag of a kind, in taxonomy order. */
export function tagsOf(kind: Kind): Tag[] {
  if (kind === "programmes") {
    return TAXONOMY.programmes.map((p) => ({
      kind,
      slug: p.slug,
      name: p.shortName,
      fullName: p.fullName,
      description: p.description,
    }));
  }
  if (kind === "topics") {
    return TAXONOMY.topics.map((t) => ({
      kind,
      slug: t.slug,
      name: t.name,
      fullName: t.name,
      description: t.description,
    }));
  }
  return TAXONOMY.regions.map((r) => ({
    kind,
    slug: r.slug,
    name: r.name,
    fullName: r.name,
    description: r.description,
    group: r.kind === "country" ? "Countries" : "Regions",
  }));
}

/** The articles of every tag of a kind, in digest order. */
export async function articlesByTag(kind: Kind): Promise<Map<string, ArticleEntry[]>> {
  return groupBy(await getArticles(), (a) => a.data[kind]);
}

/** The tags of a kind that get a page: every programme, and topics and regions with articles. */
export async function tagsWithPages(kind: Kind): Promise<{ tag: Tag; articles: ArticleEntry[] }[]> {
  const groups = await articlesByTag(kind);
  return tagsOf(kind)
    .map((tag) => ({ tag, articles: groups.get(tag.slug) ?? [] }))
    .filter(({ articles }) => kind === "programmes" || articles.length > 0);
}
