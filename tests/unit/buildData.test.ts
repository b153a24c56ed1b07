/**
 * The build's data process (src/integrations/buildDataWorker.ts), run as `astro build` runs it: it
 * reads the Markdown files ingest wrote and must make the very citations and open data that the
 * pages make from the articles themselves, and stop with the file's name on a file it cannot read.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SITE_TITLE } from "../../src/consts.ts";
import { runChild } from "../../src/integrations/child.ts";
import { articleUrl, cslRecord } from "../../src/lib/citation.ts";
import { citationFormatsAll, type CitationFormats } from "../../src/lib/citationFormats.ts";
import { buildOpenData, type BuiltOpenData } from "../../src/lib/openData/build.ts";
import type { WrittenDataFile } from "../../src/lib/openData/files.ts";
import { withBase } from "../../src/lib/paths.ts";
import { articleToMarkdownFile } from "../../src/lib/seed/frontmatter.ts";
import { blocksToMarkdown } from "../../src/lib/seed/markdown.ts";
import { realArticles } from "../support/realSeeds.ts";

const WORKER = path.resolve(import.meta.dirname, "../../src/integrations/buildDataWorker.ts");
const SITE = "https://example.org";
const BASE = "/digest/";
const work = mkdtempSync(path.join(tmpdir(), "build-data-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Made = { citations: Map<string, CitationFormats>; openData: BuiltOpenData<WrittenDataFile> };

/** A new folder in the work folder. */
function folder(name: string): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe("the build's data process", () => {
  const articles = realArticles();

  it("makes from the Markdown files the citations and open data the articles give", async () => {
    const dir = folder("real");
    for (const a of articles) writeFileSync(path.join(dir, `${a.slug}.md`), articleToMarkdownFile(a));
    writeFileSync(path.join(dir, "search-documents.json"), "[]"); // not an article: ignored

    const dataDir = path.join(work, "real-data");
    const made = await runChild<Made>("build data", WORKER, [dir, SITE, BASE, dataDir]);

    const expected = citationFormatsAll(
      articles.map((a) => cslRecord({ ...a, id: a.slug, url: articleUrl(a.slug, BASE, SITE) }, SITE_TITLE)),
    );
    expect(made.citations.size).toBe(articles.length);
    expect(made.citations).toEqual(expected);
    expect(made.citations.get(articles[0]!.slug)?.ris).toContain(
      `${SITE}${BASE}articles/${articles[0]!.slug}/`,
    );

    const open = await buildOpenData(
      articles.map((a) => ({ id: a.slug, data: a, body: blocksToMarkdown(a.blocks) })),
      (p) => new URL(withBase(BASE, p), SITE).href,
    );
    // The same open data, each file written out with the very text the pages would publish.
    const { files, ...facts } = made.openData;
    const { files: openFiles, ...openFacts } = open;
    expect(facts).toEqual(openFacts);
    for (const list of ["files", "jsonParts", "csvParts"] as const) {
      expect(files[list].map((f) => [f.name, f.count, readFileSync(f.path, "utf8")])).toEqual(
        openFiles[list].map((f) => [f.name, f.count, f.text]),
      );
    }
    expect(files.files.every((f) => path.dirname(f.path) === dataDir)).toBe(true);
    expect(made.openData.count).toBe(articles.length);
    expect(made.openData.sizes.map((s) => s.name)).toEqual(made.openData.files.files.map((f) => f.name));
  });

  it("stops with the file's name when a file's front matter is not an article's", async () => {
    const good = articles[0]!;
    const dir = folder("bad");
    writeFileSync(path.join(dir, `${good.slug}.md`), articleToMarkdownFile(good));
    writeFileSync(path.join(dir, "broken.md"), '---\ntitle: "No other field"\n---\nBody.\n');
    await expect(
      runChild<Made>("build data", WORKER, [dir, SITE, BASE, path.join(work, "bad-data")]),
    ).rejects.toThrow(/^build data: \S*broken\.md: sourceTitle: .*; summary: .*; run npm run ingest$/u);
  });
});
