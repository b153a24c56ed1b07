import { describe, expect, it } from "vitest";
import { byListingOrder, listingDate, newestAdded, type Dated } from "../../src/lib/articleDates.ts";

const a = (order: number, fields: Omit<Dated, "order"> = {}): Dated => ({ order, ...fields });

describe("article dates", () => {
  it("shows the source date when the text states one, else the added date", () => {
    expect(listingDate(a(0, { date: "2023-05-17", added: "2026-11-23" }))).toBe("2023-05-17");
    expect(listingDate(a(0, { added: "2026-11-23" }))).toBe("2026-11-23");
    expect(listingDate(a(0))).toBeUndefined();
  });

  it("lists previews first, then newest first by that date, then undated in seed order", () => {
    const items = [
      a(0),
      a(1, { date: "2023-05-17", added: "2026-11-23" }),
      a(2, { added: "2026-11-23" }),
      a(3, { preview: true }),
      a(4, { added: "2024-01-01" }),
      a(5, { added: "2026-11-23" }),
      a(6),
    ];
    expect([...items].sort(byListingOrder).map((x) => x.order)).toEqual([3, 2, 5, 4, 1, 0, 6]);
  });

  it("takes the newest added date, never the clock", () => {
    expect(newestAdded([a(0, { added: "2024-01-01" }), a(1, { added: "2026-11-23" }), a(2)])).toBe(
      "2026-11-23",
    );
    expect(newestAdded([a(0, { date: "2026-12-01" })])).toBeUndefined();
  });
});
