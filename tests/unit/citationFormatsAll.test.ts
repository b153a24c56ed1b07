/**
 * citationFormatsAll builds most APA entries from a citeproc template per month instead of running
 * citeproc per article. Whatever the title, the URL or the date, every entry must be exactly the
 * text citeproc gives the article on its own.
 */
import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import { cslRecord, type CitableArticle } from "../../src/lib/citation.ts";
import { citationFormats, citationFormatsAll } from "../../src/lib/citationFormats.ts";
import { realArticles } from "../support/realSeeds.ts";

const SITE = "WCO Enforcement News Digest";

function article(n: number, title: string, dates: Partial<CitableArticle>): CitableArticle {
  const id = `article-${n}`;
  return { id, title, url: `https://digest.example/articles/${id}/`, order: n, ...dates };
}

/** Every day of a leap year and of a common one, in two centuries. */
function everyDay(): string[] {
  const out: string[] = [];
  for (const year of [2024, 1999]) {
    for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
      out.push(new Date(t).toISOString().slice(0, 10));
    }
  }
  return out;
}

/** Titles that citeproc prints as they are, and titles it changes (quotes, markup, spacing, final signs). */
const TITLES = [
  "Customs seize ivory in Malawi’s port",
  "WCO Enhances Malawi's Wildlife Trafficking Fight",
  "Opération DEMETER : déchets illégaux",
  "What next? Customs and e-commerce",
  "Border Force seizes 2 tonnes of pangolin scales!",
  '“Quoted” and "quoted" words',
  "<i>Italic</i> <b>bold</b> & <sc>small caps</sc>",
  "<Alpha beta",
  "U.S. and U.K. customs: a review.",
  "Ends with a colon:",
  "Semi ; colon",
  "lower-case first word",
  "Годовой отчёт таможни",
  "تقرير الجمارك",
  "海关 年度 报告",
  "Numbers 1,000 and 50% (estimated) / 3 + 4 # € £",
  "A title long enough to be wrapped by RIS at seventy characters, and then some more words",
  "Same title twice",
  "Same title twice",
];

describe("citationFormatsAll", () => {
  it("gives every article exactly the citations citeproc gives it alone", () => {
    const days = everyDay();
    const articles: CitableArticle[] = [];
    TITLES.forEach((title, i) => {
      articles.push(article(articles.length, title, { date: days[(i * 37) % days.length] }));
      articles.push(article(articles.length, title, { added: "2026-11-23" }));
      articles.push(article(articles.length, title, {}));
      articles.push(article(articles.length, title, { preview: true }));
    });
    // Every day, under plain titles that go through the templates.
    days.forEach((date, i) => articles.push(article(articles.length, `Plain title number ${i}`, { date })));
    for (const a of realArticles()) {
      articles.push({
        id: a.slug,
        title: a.title,
        url: `https://digest.example/articles/${a.slug}/`,
        order: 0,
        date: a.date,
      });
    }
    articles.push(
      article(articles.length, "Odd URL", { date: "2024-01-02", url: "https://digest.example/a?b=c&d" }),
    );
    const records = articles.map((a) => cslRecord(a, SITE));
    const all = citationFormatsAll(records);
    expect(all.size).toBe(records.length);
    const wrong = records.filter((r) => JSON.stringify(all.get(r.id)) !== JSON.stringify(citationFormats(r)));
    expect(wrong.map((r) => [r.title, r.issued, all.get(r.id)?.apa])).toEqual([]);
  }, 60_000);

  it("keeps a title that looks like the start of a tag as the text it is", () => {
    const record = cslRecord(article(1, "<Alpha beta", { date: "2024-05-06" }), SITE);
    expect(citationFormats(record).apa).toMatch(/^<Alpha beta\. \(2024, May 6\)\./u);
    expect(citationFormatsAll([record]).get(record.id)?.apa).toBe(citationFormats(record).apa);
  });

  it("tells articles of the same title apart no more than citeproc does alone", () => {
    const a = cslRecord(article(1, "Same title", { date: "2024-05-06" }), SITE);
    const b = cslRecord(article(2, "Same title", { date: "2024-05-07" }), SITE);
    const all = citationFormatsAll([a, b]);
    expect(all.get(a.id)?.apa).toBe(citationFormats(a).apa);
    expect(all.get(b.id)?.apa).toMatch(/^Same title\. \(2024, May 7\)\./u);
  });

  it("gives the BibTeX and RIS that a Cite of the article gives, for every kind of title", () => {
    const records = TITLES.flatMap((title, i) => [
      cslRecord(article(i, title, { date: "2024-02-29" }), SITE),
      cslRecord(article(i + 100, title, { added: "2026-11-23", lang: "fr" }), SITE),
      cslRecord(article(i + 200, title, {}), SITE),
    ]);
    const unwrap = (ris: string): string => ris.replace(/\n(?![A-Z][A-Z0-9] {2}-)/gu, "");
    for (const record of records) {
      const cite = new Cite(record);
      const formats = citationFormats(record);
      expect(formats.bibtex).toBe(cite.format("bibtex").replace(/\s*\n\s*$/u, ""));
      expect(formats.ris).toBe(unwrap(cite.format("ris")).replace(/\s*\n\s*$/u, ""));
    }
  });
});
