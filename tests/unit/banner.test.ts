/**
 * The language-availability banner (issue 16, class 5): site chrome only in its own position (the
 * start of a file's first paragraph) and in its own shape; anywhere else the words are article text.
 */
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../src/lib/seed/parseSeed.ts";
import { withoutLeadingBanner } from "../../src/lib/seed/banner.ts";

const spanish =
  "Esta página no está disponible en el idioma seleccionado Spanish : Español y la proponemos por consiguiente en English : English.";
const parse = (text: string) => parseSeed("f.txt", new TextEncoder().encode(text));
const published = (text: string) =>
  parse(text).articles.flatMap((a) => [a.sourceTitle, ...a.blocks.map((b) => b.text)]);

describe("withoutLeadingBanner", () => {
  it.each([
    spanish,
    spanish.normalize("NFD"),
    "Cette page n'est pas disponible dans la langue sélectionnée Français : Français et vous est proposée en English : English.",
    "Cette page n’est pas disponible dans la langue sélectionnée.",
    "This page is not available in the selected language English : English.",
    "Sorry, this page is not available in your language.",
    "Cette page n’est malheureusement pas disponible dans votre langue.",
    "Esta página no está disponible en su idioma.",
  ])("recognises the whole banner %j", (line) => {
    expect(withoutLeadingBanner(line)).toBe("");
  });

  it.each([
    [`${spanish} Customs seized 3 tonnes of ivory.`, "Customs seized 3 tonnes of ivory."],
    [
      "Cette page n’est pas disponible dans la langue sélectionnée. Le projet INAMA continue.",
      "Le projet INAMA continue.",
    ],
  ])("keeps the article text run into the banner: %j", (text, rest) => {
    expect(withoutLeadingBanner(text)).toBe(rest);
  });

  it.each([
    "WCO INAMA Project delivers Multi-Regional Workshops on Illegal Wildlife Trade",
    "The page is not available in print, the WCO said.",
    "Officers noted that this page is not available in the selected language.",
    `Customs seized ivory. ${spanish} Officers were trained.`,
    "Content Not Available in Every Language as WCO Expands Its Portal",
    `This page is not available in the selected language ${"and more text without a full stop ".repeat(10)}`.slice(
      0,
      400,
    ) + " Yes",
  ])("returns text that does not start with the banner unchanged: %j", (text) => {
    expect(withoutLeadingBanner(text)).toBe(text);
  });

  it("takes linear time on a long run of banner-like words", () => {
    const text = `${"This page is not available in the selected language ".repeat(20_000)}`;
    const started = performance.now();
    withoutLeadingBanner(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("the banner in a seed file", () => {
  it("5. publishes a body sentence that reads like the banner, in place, with no warning", () => {
    const body = `Customs seized ivory. This page is not available in the selected language English : English. Officers were trained.`;
    const report = parse(`Ivory Seized\n\nIvory Seized\n\n${body}\n\n${spanish}\n\nMore text.\n`);
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(published(`Ivory Seized\n\nIvory Seized\n\n${body}\n\n${spanish}\n\nMore text.\n`)).toEqual([
      "Ivory Seized",
      body,
      spanish,
      "More text.",
    ]);
    expect([...report.roles.values()]).not.toContain("banner");
  });

  it("5. drops the banner on the first line of an article page, and keeps text run into it", () => {
    const report = parse(`${spanish} WCO Project Delivers Workshops\n\n17 mayo 2023\n\nOpening.\n`);
    expect(report.problems).toEqual([]);
    expect(report.articles[0]?.sourceTitle).toBe("WCO Project Delivers Workshops");
    expect(report.roles.get(1)).toBe("title");
    const page = parse(`${spanish}\n\nWCO Project Delivers Workshops\n\n17 mayo 2023\n\nOpening.\n`);
    expect(page.roles.get(1)).toBe("banner");
    expect(page.articles[0]?.sourceTitle).toBe("WCO Project Delivers Workshops");
  });

  it("8. does not take a first title about a language for the banner", () => {
    const title = "Sorry, This Page Is Not Available in the Selected Language.";
    const report = parse(`${title}\n\n${title}\n\nA story about translation.\n`);
    expect(report.problems).toEqual([]);
    expect(report.roles.get(1)).toBe("title");
    expect(report.articles.map((a) => a.sourceTitle)).toEqual([title]);
  });
});
