/**
 * A feed carries the newest items of its listing, as news feeds do: the first FEED_ITEMS in
 * listing order that may be published (previews never are), so a reader's poll stays small at
 * any corpus size while the listing pages and the archive keep every article.
 */
import { describe, expect, it } from "vitest";
import { FEED_ITEMS, feedSelection } from "../../src/lib/listing.ts";

const listing = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i, preview: i % 7 === 0 }));
const published = (a: { preview: boolean }) => !a.preview;

describe("feedSelection", () => {
  it("keeps the first FEED_ITEMS publishable items, in listing order", () => {
    const feed = feedSelection(listing(10_000), published);
    expect(feed).toHaveLength(FEED_ITEMS);
    expect(feed.every(published)).toBe(true);
    const expected = listing(10_000).filter(published).slice(0, FEED_ITEMS);
    expect(feed.map((a) => a.id)).toEqual(expected.map((a) => a.id));
  });

  it("carries every publishable item of a short listing", () => {
    const short = listing(20);
    expect(feedSelection(short, published).map((a) => a.id)).toEqual(
      short.filter(published).map((a) => a.id),
    );
  });

  it("is empty when nothing may be published", () => {
    expect(feedSelection(listing(30), () => false)).toEqual([]);
  });
});
