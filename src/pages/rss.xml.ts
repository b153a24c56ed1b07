import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { SITE_DESCRIPTION, SITE_TITLE } from "../consts";
import { getArticles } from "../utils/articles";
import { channelData, feedItems, feedNamespaces } from "../utils/feeds";
import { href } from "../utils/url";

export async function GET(context: APIContext) {
  const site = context.site ?? new URL("http://localhost:4321");
  const articles = await getArticles();
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: new URL(href(""), site).href,
    items: feedItems(articles, site),
    ...feedNamespaces(articles),
    customData: channelData(articles, articles),
  });
}
