/**
 * "Cite this article": the CSL-JSON record, the APA, BibTeX and RIS that citation-js makes from it,
 * and the citation_* meta tags. BibTeX and RIS are read back by citation-js itself; APA text has
 * no reader in citation-js, so it is checked for the title, the URL and the date as APA writes it.
 */
import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import {
  ORIGINATING_ORGANISATION,
  citationMeta,
  citedDateText,
  cslRecord,
  type CitableArticle,
} from "../../src/lib/citation.ts";
import { citationFormats } from "../../src/lib/citationFormats.ts";

const SITE = "WCO Enforcement Digest";

/** A title longer than a RIS line, so that the trip through RIS's 70-character lines is tested. */
const LONG_TITLE =
  "WCO INAMA Project delivers Multi-Regional Workshops on Illegal Wildlife Trade in Eastern and Southern Africa";

const sourceDated: CitableArticle = {
  id: "wco-enhances-malawi-s-wildlife-trafficking-fight",
  title: "WCO Enhances Malawi's Wildlife Trafficking Fight",
  url: "https://digest.example/articles/wco-enhances-malawi-s-wildlife-trafficking-fight/",
  date: "2023-05-17",
  added: "2026-11-23",
  order: 0,
};
const addedDated: CitableArticle = {
  id: "wco-inama-project-delivers-multi-regional-workshops",
  title: LONG_TITLE,
  url: "https://digest.example/articles/wco-inama-project-delivers-multi-regional-workshops/",
  added: "2026-11-23",
  order: 1,
};
const undated: CitableArticle = {
  id: "global-leaders-urge-cooperation-to-address-crises",
  title: "Global Leaders Urge Cooperation to Address Crises",
  url: "https://digest.example/articles/global-leaders-urge-cooperation-to-address-crises/",
  order: 2,
};

/** The one CSL item citation-js reads back from `text`. */
function readBack(text: string): Record<string, unknown> {
  const items = new Cite(text).data;
  expect(items).toHaveLength(1);
  return items[0] ?? {};
}

describe.each([
  { kind: "source-dated", article: sourceDated, parts: [[2023, 5, 17]], apaDate: "(2023, May 17)" },
  { kind: "added-dated", article: addedDated, parts: [[2026, 11, 23]], apaDate: "(2026, November 23)" },
  { kind: "undated", article: undated, parts: undefined, apaDate: "(n.d.)" },
])("citationFormats, $kind article", ({ article, parts, apaDate }) => {
  const formats = citationFormats(cslRecord(article, SITE));

  it.each(["bibtex", "ris"] as const)("%s reads back to the same title, URL and date", (format) => {
    const item = readBack(formats[format]);
    expect(item["title"]).toBe(article.title);
    expect(item["URL"]).toBe(article.url);
    expect((item["issued"] as { "date-parts": unknown } | undefined)?.["date-parts"]).toEqual(parts);
    expect(item["publisher"]).toBe(SITE);
  });

  it("APA names the title, the date as APA writes it, the site and the URL, and no author", () => {
    // APA sets the title in its own quotes: a straight apostrophe becomes a typographic one.
    const title = article.title.replaceAll("'", "\u2019");
    expect(formats.apa.startsWith(`${title}. ${apaDate}. ${SITE}. `)).toBe(true);
    expect(formats.apa).toContain(article.url);
    expect(formats.apa).toContain(ORIGINATING_ORGANISATION);
  });

  it("is the same on every call (no access date, nothing from the clock)", () => {
    expect(citationFormats(cslRecord(article, SITE))).toEqual(formats);
    expect(formats.bibtex).not.toMatch(/urldate|accessed/iu);
    expect(formats.ris).not.toMatch(/^Y2 {2}-/mu);
  });
});

describe("cslRecord", () => {
  it("dates an article by its source date when the text states one", () => {
    const r = cslRecord(sourceDated, SITE);
    expect(r.issued).toEqual({ "date-parts": [[2023, 5, 17]] });
    expect(r.note).toBe(`From ${ORIGINATING_ORGANISATION} news.`);
  });

  it("dates an article by the day it was added, and says so, when the text states none", () => {
    const r = cslRecord(addedDated, SITE);
    expect(r.issued).toEqual({ "date-parts": [[2026, 11, 23]] });
    expect(r.note).toContain("Added to the digest on 23 November 2026; the source states no date.");
  });

  it("gives an article with no date at all no issued date", () => {
    expect(cslRecord(undated, SITE).issued).toBeUndefined();
    expect(cslRecord({ ...undated, preview: true }, SITE).note).toContain("not yet added");
  });

  it("invents no author: the site publishes, the WCO originates", () => {
    const r = cslRecord(sourceDated, SITE) as unknown as Record<string, unknown>;
    expect(r["author"]).toBeUndefined();
    expect(r["publisher"]).toBe(SITE);
    expect(r["container-title"]).toBe(SITE);
    expect(r["original-publisher"]).toBe(ORIGINATING_ORGANISATION);
  });

  it("names the BibTeX entry by the slug, so two articles never share a key", () => {
    const a = citationFormats(cslRecord(sourceDated, SITE)).bibtex;
    expect(a.split("\n")[0]).toBe("@misc{wco_enhances_malawi_s_wildlife_trafficking_fight,");
  });

  it("carries the article's own language", () => {
    expect(cslRecord({ ...undated, lang: "fr" }, SITE).language).toBe("fr");
    expect(cslRecord(undated, SITE).language).toBe("en");
  });
});

describe("citedDateText", () => {
  it.each([
    [sourceDated, "Dated 17 May 2023, as the source states."],
    [addedDated, "Dated 23 November 2026, the day it was added to the digest: the source states no date."],
    [undated, "Undated: the source states no date."],
    [{ ...undated, preview: true }, "Undated: a preview, not yet added to the digest."],
  ])("tells the reader what the date is (%#)", (article, text) => {
    expect(citedDateText(article)).toBe(text);
  });
});

describe("citationMeta", () => {
  const byName = (article: CitableArticle): Map<string, string> =>
    new Map(citationMeta(article, SITE).map((m) => [m.name, m.content]));

  it("gives the title, the public URL, the publisher and the source date as Scholar writes it", () => {
    const meta = byName(sourceDated);
    expect(meta.get("citation_title")).toBe(sourceDated.title);
    expect(meta.get("citation_public_url")).toBe(sourceDated.url);
    expect(meta.get("citation_publisher")).toBe(SITE);
    expect(meta.get("citation_publication_date")).toBe("2023/05/17");
    expect(meta.get("citation_date")).toBe("2023/05/17");
  });

  it("gives no date when the text states none: an added date is not a publication date", () => {
    const meta = byName(addedDated);
    expect(meta.has("citation_publication_date")).toBe(false);
    expect(meta.has("citation_date")).toBe(false);
    expect(meta.get("citation_title")).toBe(LONG_TITLE);
  });

  it("names no author", () => {
    expect([...byName(sourceDated).keys()].some((k) => k.startsWith("citation_author"))).toBe(false);
  });
});
