/**
 * The open data at 10,000 articles (issue 18): no file over 10 MB gzip-compressed. The articles
 * are the synthetic benchmark corpus (tests/bench/generateCorpus.ts), parsed and tagged as the
 * ingest does, so their lengths are those of real digest text.
 */
import { gzipSync } from "node:zlib";
import { recognisePlaces } from "../../src/lib/places/recognise.ts";
import { regionSlugs } from "../../src/lib/places/rollup.ts";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEEDS_DIR, generateCorpus, readSeedTexts } from "../bench/generateCorpus.ts";
import { openDataFiles, type DataMeta } from "../../src/lib/openData/files.ts";
import { recordMaker, type DataArticle } from "../../src/lib/openData/record.ts";
import { GZIP_LIMIT } from "../../src/lib/openData/split.ts";
import { parseSeed } from "../../src/lib/seed/parseSeed.ts";
import { summarize } from "../../src/lib/seed/summarize.ts";
import { classify } from "../../src/lib/taxonomy/classify.ts";
import { TAXONOMY } from "../../src/lib/taxonomy/data.ts";

/** Bytes of `text` gzip-compressed, measured here independently of the code under test. */
const gzipSize = (text: string): number => gzipSync(Buffer.from(text, "utf8")).length;

const COUNT = 10_000;
const META: DataMeta = {
  schemaUrl: "https://example.org/data/articles.schema.json",
  folderUrl: "https://example.org/data/",
  generated: "2026-11-23",
  licence: "The text is the WCO's.",
};

/** The corpus's articles as open data records (duplicates across files kept: more bytes, not fewer). */
function corpusRecords(): DataArticle[] {
  const corpus = generateCorpus({ count: COUNT, sources: readSeedTexts(DEFAULT_SEEDS_DIR) });
  const make = recordMaker(TAXONOMY, (id) => `https://example.org/articles/${id}/`);
  const encoder = new TextEncoder();
  return corpus.files.flatMap((file) =>
    parseSeed(file.name, encoder.encode(file.content)).articles.map((a, i) => {
      const text = a.blocks.map((b) => b.text).join("\n\n");
      const tags = classify({ title: a.sourceTitle, body: text });
      return make({
        id: `${file.name}-${i}`,
        title: a.sourceTitle,
        sourceTitle: a.sourceTitle,
        date: a.date,
        added: "2026-11-23",
        order: i,
        summary: summarize(a.blocks.filter((b) => b.type === "paragraph").map((b) => b.text)),
        text,
        ...tags,
        ...placesOf(`${a.sourceTitle}\n${text}`),
        sources: [file.name],
      });
    }),
  );
}

/** An article's countries and region pages, as ingest records them. */
function placesOf(text: string): { countries: string[]; regions: string[] } {
  const places = recognisePlaces(text);
  return { countries: places.countries, regions: regionSlugs(places.countries, places.regions) };
}

/** Building and compressing 20 MB of JSON and CSV takes seconds on a shared machine. */
const SLOW = 60_000;

describe("the open data of 10,000 articles", () => {
  const records = corpusRecords();

  it("has at least 10,000 articles", () => {
    expect(records.length).toBeGreaterThanOrEqual(COUNT);
  });

  it(
    "has no file over 10 MB gzip-compressed, and every article once",
    async () => {
      const data = await openDataFiles(records, META);
      for (const f of data.files) expect(gzipSize(f.text), f.name).toBeLessThanOrEqual(GZIP_LIMIT);
      const jsonFiles = data.jsonParts.length > 0 ? data.jsonParts : data.files.slice(0, 1);
      const ids = jsonFiles.flatMap((f) =>
        (JSON.parse(f.text) as { articles: DataArticle[] }).articles.map((a) => a.id),
      );
      expect(ids).toEqual(records.map((r) => r.id));
    },
    SLOW,
  );

  it(
    "splits at a lower limit into parts that each fit, in order",
    async () => {
      const limit = 1_000_000;
      const data = await openDataFiles(records, META, limit);
      expect(data.jsonParts.length).toBeGreaterThan(1);
      expect(data.csvParts.length).toBeGreaterThan(1);
      for (const f of data.files) expect(gzipSize(f.text), f.name).toBeLessThanOrEqual(limit);
      const ids = data.jsonParts.flatMap((f) =>
        (JSON.parse(f.text) as { articles: DataArticle[] }).articles.map((a) => a.id),
      );
      expect(ids).toEqual(records.map((r) => r.id));
    },
    SLOW,
  );
});
