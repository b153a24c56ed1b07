import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/lib/archive.ts";
import type { Dated } from "../../src/lib/articleDates.ts";
import { byListingOrder } from "../../src/lib/articleDates.ts";

const a = (order: number, fields: Omit<Dated, "order"> = {}): Dated => ({ order, ...fields });

describe("buildArchive", () => {
  it("groups by year and month of the source date, else the added date, newest first, with counts", () => {
    const articles = [
      a(0, { date: "2023-05-17", added: "2026-11-23" }),
      a(1, { added: "2026-11-23" }),
      a(2, { added: "2026-11-02" }),
      a(3, { added: "2026-01-31" }),
      a(4, { date: "2023-05-01" }),
      a(5),
      a(6, { preview: true }),
    ].sort(byListingOrder);
    const { years, undated } = buildArchive(articles, (x) => x);
    expect(
      years.map((y) => [y.year, y.count, y.months.map((m) => [m.name, m.articles.map((x) => x.order)])]),
    ).toEqual([
      [
        "2026",
        3,
        [
          ["November 2026", [1, 2]],
          ["January 2026", [3]],
        ],
      ],
      ["2023", 2, [["May 2023", [0, 4]]]],
    ]);
    expect(years[0]?.months[0]).toMatchObject({ year: "2026", month: "11" });
    expect(undated.map((x) => x.order)).toEqual([6, 5]);
  });

  it("is empty for no dated articles", () => {
    expect(buildArchive([a(0)], (x) => x)).toEqual({ years: [], undated: [a(0)] });
  });
});
