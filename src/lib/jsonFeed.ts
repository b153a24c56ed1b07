/**
 * A JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written by a small typed writer: the
 * format is a dozen JSON members, and the `feed` package writes version 1, not 1.1. Pure.
 * Never invents a date: an item's `date_published` is the listing date it is given, at 00:00 UTC.
 */

/** The feed's own members (JSON Feed 1.1, top level). */
export interface JsonFeed {
  readonly version: "https://jsonfeed.org/version/1.1";
  readonly title: string;
  readonly home_page_url: string;
  readonly feed_url: string;
  readonly description: string;
  readonly language: string;
  readonly items: readonly JsonFeedItem[];
}

/** One item. */
export interface JsonFeedItem {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly content_text: string;
  readonly summary: string;
  /** RFC 3339; absent only when no date is known (a build without git history). */
  readonly date_published?: string;
  readonly tags?: readonly string[];
  /** The item's own language (BCP 47), when it is not the feed's. */
  readonly language?: string;
}

/** What the writer needs of an article. */
export interface FeedArticle {
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  /** The listing date (YYYY-MM-DD), when known. */
  readonly date?: string | undefined;
  readonly tags: readonly string[];
  /** Its language (BCP 47), when not the site's English. */
  readonly language?: string | undefined;
}

/** What the writer needs of the site. */
export interface FeedChannel {
  readonly title: string;
  readonly description: string;
  readonly homePageUrl: string;
  readonly feedUrl: string;
}

/** A YYYY-MM-DD day as an RFC 3339 date-time at midnight UTC. */
export function rfc3339Day(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(day)) throw new Error(`not a YYYY-MM-DD date: "${day}"`);
  return `${day}T00:00:00Z`;
}

/** The feed's text: the channel and one item per article, in the order given. */
export function jsonFeed(channel: FeedChannel, articles: readonly FeedArticle[]): string {
  const feed: JsonFeed = {
    version: "https://jsonfeed.org/version/1.1",
    title: channel.title,
    home_page_url: channel.homePageUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    language: "en",
    items: articles.map((a) => ({
      id: a.url,
      url: a.url,
      title: a.title,
      // The summary is plain text: as content_text no reader renders it as HTML.
      content_text: a.summary,
      summary: a.summary,
      ...(a.date === undefined ? {} : { date_published: rfc3339Day(a.date) }),
      ...(a.tags.length > 0 ? { tags: a.tags } : {}),
      ...(a.language === undefined ? {} : { language: a.language }),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
