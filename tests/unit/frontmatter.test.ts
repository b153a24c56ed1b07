/**
 * The article files' frontmatter: whatever text a seed holds, the YAML that ingest writes reads
 * back as the very same values, with the YAML parser Astro uses (js-yaml 4) and with gray-matter.
 */
import fc from "fast-check";
import matter from "gray-matter";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { articleToMarkdownFile, flowYaml, readFlowFile } from "../../src/lib/seed/frontmatter.ts";
import { realArticles } from "../support/realSeeds.ts";

const text = fc.string({ unit: "binary", maxLength: 40 });
const record = fc.record({
  title: text,
  date: fc.constantFrom("2023-05-17", "1999-12-31"),
  order: fc.nat(),
  sources: fc.array(text, { maxLength: 3 }),
  related: fc.array(fc.string({ unit: "grapheme", maxLength: 20 }), { maxLength: 5 }),
});

describe("frontmatter", () => {
  it("reads back as the same values, whatever the characters", () => {
    fc.assert(
      fc.property(record, (data) => {
        expect(yaml.load(flowYaml(data))).toEqual(data);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps YAML-significant text literal: quotes, colons, #, dashes, tabs, line breaks, controls", () => {
    const data = {
      title: "a: b # c - 'd' \"e\" \\f\tg\nh\u0085i\u2028j\u007fk\ufeffl",
      date: "2023-05-17",
      order: 3,
      sources: ["- x", "[y]", "{z}", "null", "true", "1e3", "~"],
    };
    expect(yaml.load(flowYaml(data))).toEqual(data);
  });

  it("writes every real article so that gray-matter and js-yaml read its fields back", () => {
    for (const article of realArticles()) {
      const file = articleToMarkdownFile(article);
      const fromGrayMatter = matter(file).data;
      const yamlText = file.slice(4, file.indexOf("\n---\n", 4));
      expect(yaml.load(yamlText)).toEqual(fromGrayMatter);
      expect(fromGrayMatter).toMatchObject({
        title: article.title,
        sourceTitle: article.sourceTitle,
        summary: article.summary,
        order: article.order,
        programmes: article.programmes,
        related: article.related,
      });
      if (article.date !== undefined) expect(fromGrayMatter["date"]).toBe(article.date);
    }
  });

  it("reads back the files it writes exactly as gray-matter reads them, and leaves other files to it", () => {
    const files = realArticles().map((a) => articleToMarkdownFile(a));
    fc.assert(
      fc.property(record, fc.string({ unit: "binary", maxLength: 60 }), (data, body) => {
        files.push(`---\n${flowYaml(data)}\n---\n${body}`);
      }),
      { numRuns: 300 },
    );
    for (const file of files) {
      const { data, content } = matter(file, {});
      expect(readFlowFile(file) ?? { data, content }).toEqual({ data, content });
    }
    expect(readFlowFile(files[0] ?? "")).toBeDefined();
    // Laid out otherwise: block YAML, an unquoted date, a comment, no front matter, a BOM.
    for (const other of [
      "---\ntitle: A title\n---\nBody.\n",
      '---\ndate: 2024-05-01\ntitle: "A"\n---\nBody.\n',
      '---\n# note\ntitle: "A"\n---\nBody.\n',
      '---\ntitle: "A"\n----\nBody.\n',
      "Body only.\n",
      '\ufeff---\ntitle: "A"\n---\nBody.\n',
      '---\ntitle: "A"\ntitle: "B"\n---\nBody.\n',
    ]) {
      expect(readFlowFile(other)).toBeUndefined();
    }
  });
});
