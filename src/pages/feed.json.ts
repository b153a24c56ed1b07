import type { APIContext } from "astro";
import { SITE_DESCRIPTION, SITE_TITLE } from "../consts";
import { listingDate } from "../lib/articleDates";
import { jsonFeed } from "../lib/jsonFeed";
import { getArticles } from "../utils/articles";
import { feedArticles, feedCategories } from "../utils/feeds";
import { href } from "../utils/url";

/** The JSON Feed of the newest articles (FEED_ITEMS): the items, order and dates of /rss.xml. */
export async function GET(context: APIContext) {
  const site = context.site ?? new URL("http://localhost:4321");
  const text = jsonFeed(
    {
      title: SITE_TITLE,
      description: SITE_DESCRIPTION,
      homePageUrl: new URL(href(""), site).href,
      feedUrl: new URL(href("feed.json"), site).href,
    },
    feedArticles(await getArticles()).map((a) => ({
      url: new URL(href(`articles/${a.id}/`), site).href,
      title: a.data.title,
      summary: a.data.summary,
      date: listingDate(a.data),
      tags: feedCategories(a),
      language: a.data.lang,
    })),
  );
  return new Response(text, { headers: { "Content-Type": "application/feed+json; charset=utf-8" } });
}
