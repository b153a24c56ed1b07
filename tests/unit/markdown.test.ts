import fc from "fast-check";
import { remark } from "remark";
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { collectSeeds } from "../../src/lib/ingest/collect.ts";
import { markdownToText, remarkText } from "../../src/lib/openData/plainText.ts";
import { blocksToMarkdown, remarkMarkdown } from "../../src/lib/seed/markdown.ts";
import type { Block } from "../../src/lib/seed/parseSeed.ts";
import { generateCorpus } from "../bench/generateCorpus.ts";
import { realArticles, realSeedFiles } from "../support/realSeeds.ts";

const hostile = [
  "<script>alert(1)</script>",
  "[x](javascript:alert(1))",
  "*stars* and _underscores_ and **bold**",
  "# not a heading",
  "<b>bold</b> &amp; <img src=x onerror=alert(1)>",
  "1. not a list",
  "- not a list either",
  "> not a quote",
  "`not code`",
  "    indented, not code",
  "![image](http://example.org/x.png)",
  "a | table | row",
  "trailing backslash \\",
  "---",
];

describe("blocksToMarkdown", () => {
  it.each(hostile)("keeps %j literal: parsing the Markdown gives back exactly the text", (text) => {
    const markdown = blocksToMarkdown([{ type: "paragraph", text }]);
    const tree = remark().parse(markdown);
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]?.type).toBe("paragraph");
    expect(toString(tree)).toBe(text);
    expect(JSON.stringify(tree)).not.toMatch(/"type":"(html|image|emphasis|strong|inlineCode|code)"/u);
    // The only links are the plain addresses the text spells (autolink.ts): http(s) or mailto,
    // with the address itself as their text.
    const json = JSON.stringify(tree);
    for (const m of json.matchAll(
      /"type":"link","title":null,"url":"([^"]*)","children":\[\{"type":"text","value":"([^"]*)"/gu,
    )) {
      expect(m[1]).toMatch(/^(https?:\/\/|mailto:)/u);
      expect(m[1]?.endsWith(m[2]?.replace(/^www\./u, "") ?? "")).toBe(true);
    }
  });

  it("writes headings at level 2 and paragraphs in order", () => {
    const markdown = blocksToMarkdown([
      { type: "paragraph", text: "Intro." },
      { type: "heading", text: "About" },
      { type: "paragraph", text: "More." },
    ]);
    expect(markdown).toBe("Intro.\n\n## About\n\nMore.\n");
  });
});

describe("blocksToMarkdown's plain-text path", () => {
  /** Blocks of every article of the real seeds and of a 300-article synthetic corpus, plus edge cases. */
  function blockLists(): Block[][] {
    const texts = realSeedFiles().map((f) => new TextDecoder().decode(f.bytes));
    const corpus = generateCorpus({ count: 300, sources: texts, seed: "markdown" });
    const seeds = corpus.files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.content) }));
    const lists = [...realArticles(), ...collectSeeds(seeds).entries.map((e) => e.article)].map((a) => [
      ...a.blocks,
    ]);
    const edge = [
      "Plain words only",
      "Ends with a space ",
      "Two  spaces inside",
      "Digits 1. and 2) inside",
      "Signs + and - and – inside, (brackets) and “quotes”: fine?",
      "Hash # inside",
      "Bang! then [link]",
      "Bang!",
      "Mail someone@example.org now",
      "See www.wcoomd.org",
      "Ünïcödé Ελληνικά Σ русский",
      "x",
      ...hostile,
    ];
    for (const text of edge) lists.push([{ type: "paragraph", text }], [{ type: "heading", text }]);
    lists.push([]);
    return lists;
  }

  it("writes what remark writes, block for block", () => {
    const lists = blockLists();
    expect(lists.length).toBeGreaterThan(300);
    const differ = lists.filter((blocks) => blocksToMarkdown(blocks) !== remarkMarkdown(blocks));
    expect(differ).toEqual([]);
  });

  it("writes what remark writes for random text of letters, marks, spaces and markup", () => {
    const pieces = ["a", "Z", "9", " ", "!", "*", "’", "é", "\u0301", "😀", "𝐀", "\ud800", "-", "–"];
    pieces.push("\n", "<", "&", "ß", "٣", "'", '"', "“", "#", "_", "(", "%", "\t", "\u00a0", ".", "1.");
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.constantFrom("paragraph" as const, "heading" as const), (t, type) => {
        const blocks = [{ type, text: t }];
        expect(blocksToMarkdown(blocks)).toBe(remarkMarkdown(blocks));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads back, for the open data, the text remark reads", () => {
    // As ingest writes them, and as Astro gives them (trimmed).
    const bodies = blockLists().flatMap((blocks) => [
      blocksToMarkdown(blocks),
      blocksToMarkdown(blocks).trim(),
    ]);
    bodies.push("\nLeading blank line\n", "No final newline", "Line one\nline two\n", "A\n\n\n\nB\n");
    const differ = bodies.filter((body) => markdownToText(body) !== remarkText(body));
    expect(differ).toEqual([]);
  });
});
