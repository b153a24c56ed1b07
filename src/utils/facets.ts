/** The three facets (programmes, topics, regions), each a list of tags with pages. */
import { TAXONOMY } from "../lib/taxonomy/data.ts";
import { groupBy } from "../lib/counts.ts";
import { getArticles, type ArticleEntry } from "./articles.ts";
import { TAG_OF, type Tag } from "./tags.ts";

export type { Tag };

export const FACETS = ["programmes", "topics", "regions"] as const;
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
    title: "Regions and countries",
    singular: "Region",
    intro: "Countries and regions named in the articles.",
  },
};

/** Every tag of a facet, in taxonomy order. */
export function tagsOf(facet: Facet): Tag[] {
  return TAXONOMY[facet].map((t) => TAG_OF[facet](t.slug));
}

/** The articles of every tag of a facet, in listing order. */
export async function articlesByTag(facet: Facet): Promise<Map<string, ArticleEntry[]>> {
  return groupBy(await getArticles(), (a) => a.data[facet]);
}

/** The tags of a facet that get a page: every programme, and topics and regions with articles. */
export async function tagsWithPages(facet: Facet): Promise<{ tag: Tag; articles: ArticleEntry[] }[]> {
  const groups = await articlesByTag(facet);
  return tagsOf(facet)
    .map((tag) => ({ tag, articles: groups.get(tag.slug) ?? [] }))
    .filter(({ articles }) => facet === "programmes" || articles.length > 0);
}
