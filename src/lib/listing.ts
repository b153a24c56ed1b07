/**
 * Cuts listings into pages (the order is articleDates.ts's byListingOrder), and feeds to their
 * newest items.
 */

/**
 * How many items a feed carries: the newest, as news feeds do. A reader polls a feed for what is
 * new; the listing pages and the archive hold the rest. 50 is two weeks of a busy digest, and it
 * keeps every feed below 60 KB, where carrying every article made /rss.xml 7.7 MB at 10,000.
 */
export const FEED_ITEMS = 50;

/** The items a feed carries: the first `FEED_ITEMS` of a listing (newest first) that `publish` accepts. */
export function feedSelection<T>(listing: readonly T[], publish: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (const item of listing) {
    if (out.length === FEED_ITEMS) break;
    if (publish(item)) out.push(item);
  }
  return out;
}

/** One page of a listing. */
export interface Page<T> {
  readonly items: readonly T[];
  /** 1-based page number. */
  readonly number: number;
  readonly total: number;
}

/** Splits `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    total,
  }));
}
