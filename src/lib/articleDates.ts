/**
 * The dates a reader is shown, and the order they give. An article may state its own date (the
 * source date, never invented) and is added to the digest on the day its first seed file was
 * committed; a preview (no seed file committed yet) has neither an added date nor a feed item.
 */

/** What the date rules need to know of an article. */
export interface Dated {
  /** The date the text states (YYYY-MM-DD). */
  readonly date?: string | undefined;
  /** The day it was added to the digest (YYYY-MM-DD). */
  readonly added?: string | undefined;
  /** No seed file of it is committed yet. */
  readonly preview?: boolean | undefined;
  /** Position in seed order. */
  readonly order: number;
}

/** The date a listing sorts by and a feed item carries: the source date when stated, else the added date. */
export function listingDate(article: Dated): string | undefined {
  return article.date ?? article.added;
}

/**
 * Listing order: previews first (an editor checking a new file sees it at the top), then by
 * `listingDate`, newest first, then articles with no date at all; ties in seed order.
 */
export function byListingOrder<T extends Dated>(a: T, b: T): number {
  if (Boolean(a.preview) !== Boolean(b.preview)) return a.preview ? -1 : 1;
  const da = listingDate(a);
  const db = listingDate(b);
  if (da !== db) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? 1 : -1;
  }
  return a.order - b.order;
}

/** The newest added date of `articles`, the feeds' lastBuildDate and the open data's `generated`; never the clock. */
export function newestAdded(articles: readonly Dated[]): string | undefined {
  let newest: string | undefined;
  for (const a of articles)
    if (a.added !== undefined && (newest === undefined || a.added > newest)) newest = a.added;
  return newest;
}
