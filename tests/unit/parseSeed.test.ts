import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../src/lib/seed/messages.ts";
import { parseSeed } from "../../src/lib/seed/parseSeed.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string) => parseSeed("x.txt", bytes(text));

describe("parseSeed", () => {
  it("reads a digest item: title, repeated title, body", () => {
    const { articles, problems } = parse("A Title\n\nA Title\n\nThe body.\n");
    expect(problems).toEqual([]);
    expect(articles).toEqual([
      {
        file: "x.txt",
        line: 1,
        lastLine: 5,
        sourceTitle: "A Title",
        blocks: [{ type: "paragraph", text: "The body." }],
      },
    ]);
  });

  it("runs a body until the next repeated-title pair", () => {
    const { articles } = parse("One\n\nOne\n\nP1.\n\nP2.\n\nTwo\n\nTwo\n\nP3.\n");
    expect(articles.map((a) => a.blocks.map((b) => b.text))).toEqual([["P1.", "P2."], ["P3."]]);
  });

  it("reads a body paragraph written twice in a row as a title pair, and stops on the empty article", () => {
    // "One / One / Same / Same" is ambiguous: the repeated paragraph is a title pair, which leaves
    // "One" with no body. The build must say so, naming the lines, rather than guess.
    const { articles, problems } = parse("One\n\nOne\n\nSame\n\nSame\n");
    expect(problems).toEqual([
      { file: "x.txt", line: 1, message: MESSAGES.titleWithoutBody("One") },
      { file: "x.txt", line: 5, message: MESSAGES.titleWithoutBody("Same") },
    ]);
    expect(articles).toEqual([]);
  });

  it("takes a date line at the start of a digest body as the article's date", () => {
    const { articles } = parse("One\n\nOne\n\n5 juin 2024\n\nBody.\n");
    expect(articles[0]?.date).toBe("2024-06-05");
  });

  it("gives no date when the text states none", () => {
    const { articles } = parse("One\n\nOne\n\nBody from 2024.\n");
    expect(articles[0]).not.toHaveProperty("date");
  });

  it("recognises the banner as chrome and never publishes it", () => {
    const { articles, roles } = parse(
      "This page is not available in the selected language English : English.\n\nPage Title\n\nBody.\n",
    );
    expect(roles.get(1)).toBe("banner");
    expect(JSON.stringify(articles)).not.toContain("not available");
  });

  it("publishes the banner's words as they stand when they are inside an article, not on the first line", () => {
    const banner = "This page is not available in the selected language English : English.";
    const { articles, roles, problems } = parse(
      `One\n\nOne\n\n${banner} Customs seized ivory.\n\nSecond paragraph.\n`,
    );
    expect(problems).toEqual([]);
    expect(articles[0]?.blocks.map((b) => b.text)).toEqual([
      `${banner} Customs seized ivory.`,
      "Second paragraph.",
    ]);
    expect(roles.get(5)).toBe("paragraph");
  });

  it("recognises a banner wrapped over two lines as chrome", () => {
    const { articles, roles } = parse(
      "This page is not available in the selected\nlanguage English : English.\n\nPage Title\n\nBody.\n",
    );
    expect([roles.get(1), roles.get(2)]).toEqual(["banner", "banner"]);
    expect(articles[0]?.sourceTitle).toBe("Page Title");
  });

  it("turns a short title-like line inside an article page into a heading", () => {
    const { articles } = parse("Page Title\n\n17 mayo 2023\n\nIntro.\n\nAbout the INAMA Project\n\nMore.\n");
    expect(articles[0]?.blocks).toEqual([
      { type: "paragraph", text: "Intro." },
      { type: "heading", text: "About the INAMA Project" },
      { type: "paragraph", text: "More." },
    ]);
  });

  it("keeps a short last line as a paragraph, not a heading", () => {
    const { articles } = parse("Page Title\n\nIntro.\n\nSee also the WCO website\n");
    expect(articles[0]?.blocks.at(-1)).toEqual({ type: "paragraph", text: "See also the WCO website" });
  });

  it("accounts for every non-blank line", () => {
    const text = "Banner? No.\n\nOne\n\nOne\n\nBody.\n\nTwo\n\nTwo\n\nBody two.\n";
    const { roles, problems } = parse(text);
    expect(problems).toHaveLength(1); // "Banner? No." is body text before the first title
    const nonBlank = text.split("\n").flatMap((l, i) => (l.trim() ? [i + 1] : []));
    expect(nonBlank.filter((n) => n > 1).every((n) => roles.has(n))).toBe(true);
  });
});

describe("parseSeed problems", () => {
  it.each([
    ["a title pair with no body", "One\n\nOne\n\nTwo\n\nTwo\n\nBody.\n", 1, MESSAGES.titleWithoutBody("One")],
    [
      "a title pair with no body at the end",
      "One\n\nOne\n\nBody.\n\nTwo\n\nTwo\n",
      7,
      MESSAGES.titleWithoutBody("Two"),
    ],
    ["an empty file", "\n\n  \n", 1, MESSAGES.noArticle],
    [
      "a file with only the banner",
      "Esta página no está disponible en el idioma seleccionado.\n",
      1,
      MESSAGES.noArticle,
    ],
    ["a body with no title", "Orphan text.\n\nOne\n\nOne\n\nBody.\n", 1, MESSAGES.bodyWithoutTitle],
    [
      "an article page with no title (date first)",
      "17 mayo 2023\n\nBody text.\n",
      1,
      MESSAGES.dateBeforeTitle,
    ],
    [
      "an article page with no title (body first)",
      "\nThis is a long paragraph of body text that ends with a full stop, and it is not a title.\n\nMore.\n",
      2,
      MESSAGES.pageWithoutTitle,
    ],
    [
      "an article page with a title and no body",
      "Lonely Title\n\n17 mayo 2023\n",
      1,
      MESSAGES.titleWithoutBody("Lonely Title"),
    ],
  ])("reports %s at its line", (_, text, line, message) => {
    const { problems, articles } = parse(text);
    expect(problems).toContainEqual({ file: "x.txt", line, message });
    expect(articles.every((a) => a.blocks.length > 0)).toBe(true);
  });

  it("reports invalid UTF-8 at the line of the first bad byte", () => {
    const good = bytes("One\n\nOne\n\n");
    const bad = new Uint8Array([...good, 0x42, 0x6f, 0xff, 0x64, 0x79, 0x0a]);
    const { problems, articles } = parseSeed("x.txt", bad);
    expect(articles).toEqual([]);
    expect(problems).toEqual([{ file: "x.txt", line: 5, message: MESSAGES.invalidUtf8(3) }]);
  });

  it("reports a date line that names no real day", () => {
    const { problems } = parse("Page Title\n\n31 February 2024\n\nBody.\n");
    expect(problems[0]?.line).toBe(3);
    expect(problems[0]?.message).toContain("names no real day");
  });

  it("reports every problem in a file, not only the first", () => {
    const { problems } = parse("One\n\nOne\n\nTwo\n\nTwo\n\nThree\n\nThree\n\nBody.\n");
    expect(problems.map((p) => p.line)).toEqual([1, 5]);
  });
});
