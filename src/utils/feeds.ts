/**
 * RSS items for articles: absolute links, the summary as description, and on every item the
 * date a reader can trust: the source date when the text states one, else the day the article
 * was added. Previews (no seed file committed yet) are never written into a feed.
 */
import type { RSSFeedItem } from "@astrojs/rss";
import { listingDate } from "../lib/articleDates.ts";
import { textAsHtml, xmlSafe } from "../lib/escape.ts";
import { feedSelection } from "../lib/listing.ts";
import type { ArticleEntry } from "./articles.ts";
import { programmeTag, regionTag, topicTag } from "./tags.ts";
import { href } from "./url.ts";

const dateOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const withDate = (iso: string | undefined): { pubDate?: Date } =>
  iso === undefined ? {} : { pubDate: dateOf(iso) };

/** The namespaces a feed of `articles` uses beyond RSS 2.0: Dublin Core, when an item names its own language. */
export function feedNamespaces(articles: readonly ArticleEntry[]): { xmlns?: Record<string, string> } {
  return feedArticles(articles).some((a) => a.data.lang)
    ? { xmlns: { dc: "http://purl.org/dc/elements/1.1/" } }
    : {};
}

/** The articles a feed carries: the newest `FEED_ITEMS` in listing order, previews left out. */
export function feedArticles(articles: readonly ArticleEntry[]): ArticleEntry[] {
  return feedSelection(articles, (a) => !a.data.preview);
}

/** The names of an article's tags, as feeds list them. */
export function feedCategories(a: ArticleEntry): string[] {
  return [
    ...a.data.programmes.map((s) => programmeTag(s).name),
    ...a.data.topics.map((s) => topicTag(s).name),
    ...a.data.regions.map((s) => regionTag(s).name),
  ];
}

/** One feed item per feed article, in listing order; categories are the tags' names, not their slugs. */
export function feedItems(articles: readonly ArticleEntry[], site: URL): RSSFeedItem[] {
  return feedArticles(articles).map((a) => ({
    title: xmlSafe(a.data.title),
    link: new URL(href(`articles/${a.id}/`), site).href,
    // Readers render a description as HTML: the summary is text, so it is HTML-escaped first.
    description: textAsHtml(a.data.summary),
    ...withDate(listingDate(a.data)),
    categories: feedCategories(a).map(xmlSafe),
    // RSS names one language per channel; Dublin Core names an item's own (feedNamespaces).
    ...(a.data.lang ? { customData: `<dc:language>${a.data.lang}</dc:language>` } : {}),
  }));
}

/**
 * The channel's extra elements: its language and `lastBuildDate`, the newest added date of the
 * feed's items, else of all articles; without git history, the newest source date. Never the
 * clock, so two builds of one commit stay identical.
 */
export function channelData(listing: readonly ArticleEntry[], all: readonly ArticleEntry[]): string {
  const articles = feedArticles(listing);
  const date =
    newest(articles, "added") ??
    newestOfAll(all, "added") ??
    newest(articles, "date") ??
    newestOfAll(all, "date");
  return `<language>en</language>${date ? `<lastBuildDate>${dateOf(date).toUTCString()}</lastBuildDate>` : ""}`;
}

/** The newest `field` (YYYY-MM-DD) among the articles a feed carries (previews excluded), in one pass. */
function newest(list: readonly ArticleEntry[], field: "added" | "date"): string | undefined {
  let max: string | undefined;
  for (const { data } of list) {
    const value = data.preview ? undefined : data[field];
    if (value !== undefined && (max === undefined || value > max)) max = value;
  }
  return max;
}

/** `newest` over all articles, once per list: every feed of the site asks it of the same list. */
const ofAll = new WeakMap<readonly ArticleEntry[], Partial<Record<"added" | "date", string | null>>>();
function newestOfAll(all: readonly ArticleEntry[], field: "added" | "date"): string | undefined {
  let known = ofAll.get(all);
  if (known === undefined) ofAll.set(all, (known = {}));
  known[field] ??= newest(all, field) ?? null;
  return known[field] ?? undefined;
}
