import { describe, expect, it } from "vitest";
import { ingestSeeds, type SeedInput } from "../../src/lib/seed/ingestSeeds.ts";
import { lostLines } from "../support/nothingLost.ts";

const file = (name: string, text: string): SeedInput => ({ name, bytes: new TextEncoder().encode(text) });
const item = (title: string, body: string) => `${title}\n\n${title}\n\n${body}\n\n`;

describe("ingestSeeds", () => {
  it("merges an article that appears in two seed files and lists both as sources", () => {
    const report = ingestSeeds([
      file("001.txt", item("Shared Story", "Same body.") + item("Only In One", "Body one.")),
      file("002.txt", item("Shared Story", "Same   body.")),
    ]);
    expect(report.stats).toEqual({ files: 2, occurrences: 3, unique: 2, merged: 1 });
    expect(report.articles.find((a) => a.slug === "shared-story")?.sources).toEqual(["001.txt", "002.txt"]);
    expect(report.roles.get("002.txt")?.get(1)).toBe("duplicate");
  });

  it("publishes two articles with one title and different text, with a deterministic suffix and a warning", () => {
    const files = [
      file("001.txt", item("Same Title", "First text.")),
      file("002.txt", item("Same Title", "Other text.")),
    ];
    const report = ingestSeeds(files);
    const slugs = report.articles.map((a) => a.slug);
    expect(slugs[0]).toBe("same-title");
    expect(slugs[1]).toMatch(/^same-title-[0-9a-f]{6}$/u);
    expect(ingestSeeds(files).articles.map((a) => a.slug)).toEqual(slugs);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toContain("002.txt:1");
    expect(report.warnings[0]).toContain("001.txt:1");
  });

  it("names both titles when two different titles make the same URL", () => {
    const long = "Customs Cooperation ".repeat(6);
    const report = ingestSeeds([file("1.txt", item(`${long}Alpha`, "A.") + item(`${long}Beta`, "B."))]);
    expect(report.articles.map((a) => a.slug)).toHaveLength(2);
    expect(new Set(report.articles.map((a) => a.slug)).size).toBe(2);
    expect(report.warnings[0]).toContain("makes the same URL as");
    expect(report.warnings[0]).toContain("Alpha");
    expect(report.warnings[0]).toContain("Beta");
  });

  it("keeps every existing URL when another seed file is added", () => {
    const before = [file("001.txt", item("Alpha Story", "Alpha.") + item("Beta Story", "Beta."))];
    const added = file("002.txt", item("Gamma Story", "Gamma.") + item("Alpha Story", "A different alpha."));
    const oldSlugs = ingestSeeds(before).articles.map((a) => `${a.sourceTitle}=${a.slug}`);
    const newSlugs = ingestSeeds([...before, added]).articles.map((a) => `${a.sourceTitle}=${a.slug}`);
    expect(newSlugs).toEqual(expect.arrayContaining(oldSlugs));
    expect(newSlugs).toHaveLength(4);
  });

  it("orders articles by file name, then position, whatever order the files arrive in", () => {
    const a = file("a.txt", item("From A", "A."));
    const b = file("b.txt", item("From B", "B."));
    expect(ingestSeeds([b, a]).articles.map((x) => [x.sourceTitle, x.order])).toEqual([
      ["From A", 0],
      ["From B", 1],
    ]);
  });

  it("repairs the display title from the body and keeps the seed title", () => {
    const [article] = ingestSeeds([
      file("1.txt", item("Cambodias Trade Controls", "Cambodia acts.")),
    ]).articles;
    expect(article?.title).toBe("Cambodia's Trade Controls");
    expect(article?.sourceTitle).toBe("Cambodias Trade Controls");
  });

  it("holds the nothing-lost invariant over duplicates, banners and headings", () => {
    const files = [
      file("1.txt", item("One", "Body one.\n\nKey Facts\n\nMore.") + item("Two", "Body two.")),
      file(
        "2.txt",
        `This page is not available in the selected language.\n\nPage Title\n\n5 juin 2024\n\nText.\n`,
      ),
      file("3.txt", item("One", "Body one.\n\nKey Facts\n\nMore.")),
    ];
    const report = ingestSeeds(files);
    expect(report.problems).toEqual([]);
    expect(lostLines(files, report)).toEqual([]);
  });

  it("uses the taxonomy classifier and relate function it is given", () => {
    const report = ingestSeeds([file("1.txt", item("One", "A.") + item("Two", "B."))], {
      classify: () => ({ programmes: ["p"], topics: ["t"], regions: [], partners: [] }),
      relate: (articles) => new Map(articles.map((a) => [a.slug, ["x"]])),
    });
    expect(report.articles.map((a) => [a.programmes, a.topics, a.related])).toEqual([
      [["p"], ["t"], ["x"]],
      [["p"], ["t"], ["x"]],
    ]);
  });
});
