/**
 * How places roll up into region pages: a country into its UN M49 region, a named region into the
 * M49 region(s) it lies in; and, on the real articles, every article naming an African country or
 * region is on the Africa page.
 */
import { describe, expect, it } from "vitest";
import { recognisePlaces } from "../../../src/lib/places/recognise.ts";
import {
  REGION_ENTRIES,
  countryCounts,
  countryOfSlug,
  countrySlug,
  namedRegionSlugs,
  regionSlugs,
} from "../../../src/lib/places/rollup.ts";
import { realArticles } from "../../support/realSeeds.ts";

describe("the region pages an article is listed on", () => {
  it.each([
    ["Malawi", ["MW"], [], ["africa"]],
    ["Kosovo", ["XK"], [], ["europe"]],
    ["Cambodia and the Philippines", ["KH", "PH"], [], ["asia"]],
    ["Peru and Morocco", ["PE", "MA"], [], ["africa", "americas"]],
    ["MENA", [], ["mena"], ["africa", "asia", "mena"]],
    ["Asia-Pacific", [], ["asia-pacific"], ["asia", "oceania", "asia-pacific"]],
    ["Africa named alone", [], ["africa"], ["africa"]],
    ["Antarctica, in no M49 region", ["AQ"], [], []],
    [
      "West and Central Africa, and Togo",
      ["TG"],
      ["west-and-central-africa"],
      ["africa", "west-and-central-africa"],
    ],
  ] as const)("%s", (_, countries, named, expected) => {
    expect(regionSlugs(countries, named)).toEqual(expected);
  });

  it("keeps the regions the text names apart from those its countries imply", () => {
    expect(namedRegionSlugs(["MW"], ["africa"])).toEqual([]);
    expect(namedRegionSlugs([], ["africa"])).toEqual(["africa"]);
    expect(namedRegionSlugs(["MA"], ["africa", "asia", "mena"])).toEqual(["asia", "mena"]);
  });

  it("has one page per M49 region and per named region, each attached to M49 regions", () => {
    const m49 = REGION_ENTRIES.filter((r) => r.kind === "m49").map((r) => r.slug);
    expect(m49).toEqual(["africa", "americas", "asia", "europe", "oceania"]);
    for (const r of REGION_ENTRIES) expect(r.m49.length, r.slug).toBeGreaterThan(0);
    expect(new Set(REGION_ENTRIES.map((r) => r.slug)).size).toBe(REGION_ENTRIES.length);
  });
});

describe("country pages", () => {
  it("have a slug from the country's common name, and back", () => {
    expect(countrySlug("MW")).toBe("malawi");
    expect(countrySlug("BA")).toBe("bosnia-and-herzegovina");
    expect(countrySlug("XK")).toBe("kosovo");
    expect(countryOfSlug("ivory-coast")?.code).toBe("CI");
    expect(() => countrySlug("ZZ")).toThrow(/unknown country code "ZZ"/u);
  });

  it("count each country once per article, most named first", () => {
    expect(
      countryCounts([{ countries: ["MW", "MW", "KE"] }, { countries: ["MW"] }, { countries: ["TG"] }]),
    ).toEqual([
      { code: "MW", count: 2 },
      { code: "KE", count: 1 },
      { code: "TG", count: 1 },
    ]);
  });
});

describe("on the real articles", () => {
  const articles = realArticles();

  it("lists on the Africa page every article naming an African country or region", () => {
    const african = new Set(["MW", "KE", "TG", "MA", "LY"]);
    for (const a of articles) {
      const text = `${a.title}\n${a.blocks.map((b) => b.text).join("\n")}`;
      const places = recognisePlaces(text);
      const namesAfrica =
        places.countries.some((c) => african.has(c)) ||
        places.regions.some((r) => REGION_ENTRIES.find((e) => e.slug === r)?.m49.includes("Africa"));
      expect(a.regions.includes("africa"), a.slug).toBe(namesAfrica);
    }
    expect(articles.filter((a) => a.regions.includes("africa")).length).toBeGreaterThanOrEqual(10);
  });
});
