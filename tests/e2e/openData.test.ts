/**
 * The built open data (issue 18): /data/articles.json validates against the published
 * /data/articles.schema.json with Ajv; /data/articles.csv parses back with csv-parse to the same
 * articles and fields; both hold every article page of the site, and `generated` is the newest
 * added date.
 */
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { CSV_COLUMNS, LIST_SEPARATOR, decodeCell } from "../../src/lib/openData/csv.ts";
import type { DataArticle } from "../../src/lib/openData/record.ts";

import { DIST, htmlFiles, requireBuilt, siteUrlOf } from "./support/site.ts";

/** Bytes of `text` gzip-compressed, measured here independently of the code under test. */
const gzipSize = (text: string): number => gzipSync(Buffer.from(text, "utf8")).length;

interface DataFile {
  version: string;
  generated: string | null;
  count: number;
  articles?: DataArticle[];
  parts?: { path: string; url: string; count: number }[];
  csvParts?: { path: string; url: string; count: number }[];
}

const data = (name: string): string => readFileSync(path.join(DIST, "data", name), "utf8");

let index: DataFile;
let articles: DataArticle[];
let validate: (value: unknown) => boolean;
let validationErrors: () => unknown;

beforeAll(() => {
  requireBuilt();
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const compiled = ajv.compile(JSON.parse(data("articles.schema.json")) as object);
  validate = (v) => compiled(v);
  validationErrors = () => compiled.errors;
  index = JSON.parse(data("articles.json")) as DataFile;
  articles =
    index.articles ??
    (index.parts ?? []).flatMap((p) => (JSON.parse(data(p.path)) as DataFile).articles ?? []);
});

describe("/data/articles.json", () => {
  it("validates against /data/articles.schema.json, with every part", () => {
    expect(validate(index), JSON.stringify(validationErrors())).toBe(true);
    for (const p of index.parts ?? []) {
      expect(validate(JSON.parse(data(p.path))), `${p.path}: ${JSON.stringify(validationErrors())}`).toBe(
        true,
      );
    }
  });

  it("holds every article page of the site, each once, with its absolute URL", async () => {
    const site = await siteUrlOf();
    const pages = (await htmlFiles())
      .filter((f) => /^articles\/[^/]+\/index\.html$/u.test(f))
      .map((f) => new URL(f.replace(/index\.html$/u, ""), site).href);
    expect(articles.map((a) => a.url).sort()).toEqual(pages.sort());
    expect(index.count).toBe(articles.length);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
  });

  it("says it was generated on the newest added date, not on the build's day", () => {
    const added = articles.map((a) => a.dates.added).filter((d): d is string => d !== null);
    expect(index.generated).toBe(added.length > 0 ? added.sort().at(-1) : null);
  });

  it("lists previews first, then the newest listing date first", () => {
    const keys = articles.map((a) => `${a.dates.preview ? 1 : 0}${a.dates.listing ?? "0000-00-00"}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it("keeps every file under 10 MB gzip-compressed", () => {
    for (const name of ["articles.json", "articles.csv", ...(index.parts ?? []).map((p) => p.path)]) {
      if (existsSync(path.join(DIST, "data", name)))
        expect(gzipSize(data(name)), name).toBeLessThanOrEqual(10_000_000);
    }
  });
});

describe("/data/articles.csv", () => {
  const split = (cell: string): string[] => (cell === "" ? [] : cell.split(LIST_SEPARATOR));

  it("starts with a byte order mark and a quoted header of every column", () => {
    const names = index.csvParts?.map((p) => p.path) ?? ["articles.csv"];
    for (const name of names) {
      const text = data(name);
      expect(text.startsWith("\uFEFF"), name).toBe(true);
      expect(text.slice(1, text.indexOf("\r\n"))).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(","));
    }
  });

  it("parses back with csv-parse to the same articles and fields as the JSON", () => {
    const names = index.csvParts?.map((p) => p.path) ?? ["articles.csv"];
    const rows = names.flatMap((name) =>
      parse<Record<string, string>>(data(name), { bom: true, columns: true }),
    );
    const back = rows.map((raw) => {
      const r = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, decodeCell(v)]));
      /** The lists of `columns`, zipped: one tuple per tag. */
      const zip = (...columns: string[]) => {
        const lists = columns.map((c) => split(r[c] ?? ""));
        return (lists[0] ?? []).map((_, i) => lists.map((l) => l[i]));
      };
      return {
        id: r["id"],
        url: r["url"],
        title: r["title"],
        sourceTitle: r["source_title"],
        dates: {
          source: r["source_date"] || null,
          added: r["added_date"] || null,
          listing: r["listing_date"] || null,
          preview: r["preview"] === "true",
        },
        summary: r["summary"],
        text: r["text"],
        programmes: zip("programmes", "programme_names", "programme_full_names"),
        topics: zip("topics", "topic_names"),
        places: zip("places", "place_names", "place_types"),
        partners: zip("partners", "partner_names", "partner_types"),
        sources: split(r["sources"] ?? ""),
      };
    });
    const expected = articles.map((a) => ({
      ...a,
      programmes: a.programmes.map((p) => [p.slug, p.name, p.fullName]),
      topics: a.topics.map((t) => [t.slug, t.name]),
      places: a.places.map((p) => [p.slug, p.name, p.placeType]),
      partners: a.partners.map((p) => [p.slug, p.name, p.partnerType]),
    }));
    expect(back).toEqual(expected);
  });
});
