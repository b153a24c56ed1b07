import rss from "@astrojs/rss";
import type { APIContext, GetStaticPaths } from "astro";
import { SITE_TITLE } from "../../../consts";
import { programmeDisplayName } from "../../../lib/taxonomy/programmeName";
import { getArticles, type ArticleEntry } from "../../../utils/articles";
import { channelData, feedItems, feedNamespaces } from "../../../utils/feeds";
import { allTagPages, type Tag } from "../../../utils/facets";
import { href } from "../../../utils/url";

/** Every programme, topic, region and country page has its feed. */
export const getStaticPaths = (async () =>
  (await allTagPages()).map(({ facet, tag, articles }) => ({
    params: { facet, slug: tag.slug },
    props: { tag, articles },
  }))) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const { tag, articles } = context.props as { tag: Tag; articles: ArticleEntry[] };
  const site = context.site ?? new URL("http://localhost:4321");
  return rss({
    title: `${SITE_TITLE}: ${programmeDisplayName(tag.name, tag.fullName)}`,
    description: tag.description ?? `${tag.fullName} articles`,
    site: new URL(href(`${tag.facet}/${tag.slug}/`), site).href,
    items: feedItems(articles, site),
    ...feedNamespaces(articles),
    customData: channelData(articles, await getArticles()),
  });
}
