/** RSS items for articles: absolute links, the summary as description, a date only when stated. */
import type { RSSFeedItem } from "@astrojs/rss";
import { textAsHtml, xmlSafe } from "../lib/escape.ts";
import type { ArticleEntry } from "./articles.ts";
import { href } from "./url.ts";

/** One feed item per article, in digest order. */
export function feedItems(articles: readonly ArticleEntry[], site: URL): RSSFeedItem[] {
  return articles.map((a) => ({
    title: xmlSafe(a.data.title),
    link: new URL(href(`articles/${a.id}/`), site).href,
    // Readers render a description as HTML: the summary is text, so it is HTML-escaped first.
    description: textAsHtml(a.data.summary),
    ...(a.data.date ? { pubDate: new Date(`${a.data.date}T00:00:00Z`) } : {}),
    categories: [...a.data.programmes, ...a.data.topics].map(xmlSafe),
  }));
}
