/** The open data (src/lib/openData): records, CSV, the gzip splitter, the files and their schema. */
import { gzipSync } from "node:zlib";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, LIST_SEPARATOR, csvFile, decodeCell, encodeCell } from "../../src/lib/openData/csv.ts";
import { FIELD_DOCS } from "../../src/lib/openData/fields.ts";
import { DATA_VERSION, openDataFiles, type DataMeta } from "../../src/lib/openData/files.ts";
import { markdownToText } from "../../src/lib/openData/plainText.ts";
import { recordMaker, type ArticleFacts, type DataArticle } from "../../src/lib/openData/record.ts";
import { articlesSchema } from "../../src/lib/openData/schema.ts";
import { splitByGzipSize } from "../../src/lib/openData/split.ts";
import { TAXONOMY } from "../../src/lib/taxonomy/data.ts";
import { COUNTRIES } from "../../src/lib/places/recognise.ts";
import { REGION_ENTRIES } from "../../src/lib/places/rollup.ts";

/** Bytes of `text` gzip-compressed, measured here independently of the code under test. */
const gzipSize = (text: string): number => gzipSync(Buffer.from(text, "utf8")).length;

const SCHEMA_URL = "https://example.org/digest/data/articles.schema.json";
const META: DataMeta = {
  schemaUrl: SCHEMA_URL,
  folderUrl: "https://example.org/digest/data/",
  generated: "2026-11-23",
  licence: "The text is the WCO's.",
};
const make = recordMaker(TAXONOMY, (id) => `https://example.org/digest/articles/${id}/`);

/** An article's facts, with overrides. */
function facts(over: Partial<ArticleFacts> = {}): ArticleFacts {
  return {
    id: "an-article",
    title: "An article",
    sourceTitle: "An Article",
    order: 0,
    summary: "A summary.",
    text: "First paragraph.\n\nSecond paragraph.",
    programmes: [],
    topics: [],
    regions: [],
    countries: [],
    partners: [],
    sources: ["000_a.txt"],
    ...over,
  };
}

/** Deterministic pseudo-random words, so that the text does not compress to nothing. */
function noise(seed: number, words: number): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(x.toString(36));
  }
  return out.join(" ");
}

/** Validates JSON files of the open data against the schema. */
function validator(): (value: unknown) => string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(articlesSchema(SCHEMA_URL));
  return (value) =>
    validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** The CSV read back into rows, values decoded. */
function readCsv(text: string): Record<string, string>[] {
  const rows = parse<Record<string, string>>(text, { bom: true, columns: true, relax_quotes: false });
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, decodeCell(v)])));
}

const split = (cell: string | undefined): string[] => (cell ? cell.split(LIST_SEPARATOR) : []);

describe("recordMaker", () => {
  it("names every tag from the taxonomy and keeps both dates apart", () => {
    const r = make(
      facts({
        date: "2023-05-17",
        added: "2026-11-23",
        programmes: ["inama"],
        topics: ["wildlife"],
        regions: ["africa"],
        countries: ["MW"],
        partners: ["cites"],
      }),
    );
    expect(r.dates).toEqual({
      source: "2023-05-17",
      added: "2026-11-23",
      listing: "2023-05-17",
      preview: false,
    });
    expect(r.programmes[0]?.slug).toBe("inama");
    expect(r.topics).toEqual([
      { slug: "wildlife", name: TAXONOMY.topics.find((t) => t.slug === "wildlife")?.name },
    ]);
    // The country with its ISO code; Africa, implied by Malawi, is not repeated.
    expect(r.places).toEqual([{ slug: "malawi", name: "Malawi", placeType: "country", code: "MW" }]);
    expect(
      make(facts({ regions: ["africa", "asia", "mena"], countries: ["MA"] })).places.map((p) => [
        p.slug,
        p.code,
      ]),
    ).toEqual([
      ["morocco", "MA"],
      ["asia", null],
      ["mena", null],
    ]);
    expect(r.partners[0]).toMatchObject({ slug: "cites", partnerType: "convention" });
  });

  it("writes null, never an invented date, when none is known", () => {
    expect(make(facts({ preview: true })).dates).toEqual({
      source: null,
      added: null,
      listing: null,
      preview: true,
    });
  });

  it("throws on a slug the taxonomy does not know", () => {
    expect(() => make(facts({ topics: ["no-such-topic"] }))).toThrow(/no-such-topic/);
  });
});

describe("markdownToText", () => {
  it("gives back the characters that the Markdown escaped, one block per paragraph", () => {
    expect(
      markdownToText("A \\*star\\* and \\_under\\_ and \\<b>.\n\n## Heading\n\nSee <https://wcoomd.org>.\n"),
    ).toBe("A *star* and _under_ and <b>.\n\nHeading\n\nSee https://wcoomd.org.");
  });
});

describe("csvFile", () => {
  const hostile = make(
    facts({
      id: "hostile",
      title: '=HYPERLINK("http://evil","x")',
      sourceTitle: "'quoted' title, with \"quotes\"",
      summary: "+1 and -1 and @sum",
      text: 'Line one, with a comma.\n\nLine "two"\r\nand a tab\there.',
      regions: ["africa", "mena"],
      countries: ["MW"],
      topics: ["wildlife", "environment"],
      added: "2026-11-23",
    }),
  );

  it("starts with a byte order mark and quotes every field", () => {
    const text = csvFile([hostile]);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const header = text.slice(1).split("\r\n")[0] ?? "";
    expect(header).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(","));
  });

  it("marks cells a spreadsheet would run as formulas", () => {
    expect(encodeCell("=1+1")).toBe("'=1+1");
    expect(encodeCell("'a")).toBe("''a");
    expect(encodeCell("plain")).toBe("plain");
    expect(csvFile([hostile])).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
  });

  it("parses back with csv-parse to the same fields", () => {
    const [row] = readCsv(csvFile([hostile]));
    expect(row?.title).toBe(hostile.title);
    expect(row?.source_title).toBe(hostile.sourceTitle);
    expect(row?.summary).toBe(hostile.summary);
    expect(row?.text).toBe(hostile.text);
    expect(split(row?.places)).toEqual(["malawi", "mena"]);
    expect(split(row?.place_names)).toEqual(["Malawi", "Middle East and North Africa"]);
    expect(split(row?.place_codes)).toEqual(["MW", ""]);
    expect(row?.source_date).toBe("");
    expect(row?.added_date).toBe("2026-11-23");
    expect(row?.preview).toBe("false");
  });

  it("can join every taxonomy name with the list separator and split it back", () => {
    const names = [
      ...[TAXONOMY.programmes, TAXONOMY.topics, TAXONOMY.partners].flatMap((list) =>
        list.flatMap((e) => [e.slug, "name" in e ? e.name : `${e.shortName}${e.fullName}`]),
      ),
      ...REGION_ENTRIES.flatMap((r) => [r.slug, r.name]),
      ...[...COUNTRIES.values()].map((c) => c.name),
    ];
    expect(names.filter((n) => n.includes(";"))).toEqual([]);
  });
});

describe("splitByGzipSize", () => {
  const frame = (g: readonly string[]): string => `[${g.join(",")}]`;

  it("keeps one group when the whole fits", async () => {
    expect(await splitByGzipSize(["a", "b"], frame, (s) => s.length, 1000)).toEqual([["a", "b"]]);
  });

  it("cuts by measured size, not by count: long items make small groups", async () => {
    const items = [
      ...Array.from({ length: 40 }, (_, i) => noise(i + 1, 20)),
      ...Array.from({ length: 10 }, (_, i) => noise(i + 100, 400)),
    ];
    const limit = 3000;
    const groups = await splitByGzipSize(items, frame, (s) => Buffer.byteLength(s), limit);
    expect(groups.flat()).toEqual(items);
    for (const g of groups) expect(gzipSize(frame(g))).toBeLessThanOrEqual(limit);
    const counts = groups.map((g) => g.length);
    expect(Math.max(...counts)).toBeGreaterThan(Math.min(...counts));
  });

  it("throws when one item alone is over the limit", async () => {
    await expect(splitByGzipSize([noise(1, 2000), "b"], frame, (s) => s.length, 500)).rejects.toThrow(
      /one record alone/,
    );
  });
});

describe("openDataFiles", () => {
  const articles: DataArticle[] = Array.from({ length: 60 }, (_, i) =>
    make(facts({ id: `article-${i}`, order: i, added: "2026-11-23", text: noise(i + 1, 150) })),
  );
  const valid = validator();

  it("writes one articles.json and one articles.csv when they fit", async () => {
    const data = await openDataFiles(articles, META);
    expect(data.files.map((f) => f.name)).toEqual(["articles.json", "articles.csv"]);
    const json = JSON.parse(data.files[0]?.text ?? "") as { articles: DataArticle[]; version: string };
    expect(valid(json)).toEqual([]);
    expect(json.version).toBe(DATA_VERSION);
    expect(json.articles).toEqual(articles);
  });

  it("splits both formats into parts under the limit, listed in articles.json", async () => {
    const limit = 8000;
    const data = await openDataFiles(articles, META, limit);
    expect(data.jsonParts.length).toBeGreaterThan(1);
    expect(data.csvParts.length).toBeGreaterThan(1);
    for (const f of data.files) expect(gzipSize(f.text), f.name).toBeLessThanOrEqual(limit);
    const index = JSON.parse(data.files[0]?.text ?? "") as {
      count: number;
      parts: { path: string; url: string; count: number }[];
      csvParts: { path: string }[];
      articles?: unknown;
    };
    expect(valid(index)).toEqual([]);
    expect(index.articles).toBeUndefined();
    expect(index.count).toBe(60);
    expect(index.parts.map((p) => p.path)).toEqual(data.jsonParts.map((p) => p.name));
    expect(index.parts[0]?.url).toBe("https://example.org/digest/data/articles-0001.json");
    expect(index.csvParts.map((p) => p.path)).toEqual(data.csvParts.map((p) => p.name));
    const fromParts = data.jsonParts.flatMap((p) => {
      const part = JSON.parse(p.text) as { articles: DataArticle[] };
      expect(valid(part)).toEqual([]);
      return part.articles;
    });
    expect(fromParts).toEqual(articles);
    expect(data.csvParts.flatMap((p) => readCsv(p.text).map((r) => r.id))).toEqual(articles.map((a) => a.id));
    expect(data.files.some((f) => f.name === "articles.csv")).toBe(false);
  });

  it("is the same bytes for the same articles", async () => {
    expect((await openDataFiles(articles, META)).files).toEqual((await openDataFiles(articles, META)).files);
  });
});

describe("the schema", () => {
  const valid = validator();

  it("rejects a file that is not the open data", () => {
    expect(valid({ version: "1.0.0" }).length).toBeGreaterThan(0);
    const record = make(facts());
    const base = { version: "1.0.0", generated: "2026-11-23", licence: "x", count: 1 };
    expect(valid({ ...base, articles: [record] })).toEqual([]);
    expect(
      valid({ ...base, articles: [{ ...record, dates: { ...record.dates, added: "23/11/2026" } }] }).length,
    ).toBeGreaterThan(0);
    expect(valid({ ...base, articles: [{ ...record, url: "not a url" }] }).length).toBeGreaterThan(0);
  });
});

describe("FIELD_DOCS", () => {
  it("documents every CSV column and every article field of the schema", () => {
    expect(FIELD_DOCS.flatMap((f) => f.csv).sort()).toEqual([...CSV_COLUMNS].sort());
    const schema = articlesSchema(SCHEMA_URL) as {
      $defs: { article: { properties: Record<string, { properties?: Record<string, unknown> }> } };
    };
    const fields = Object.entries(schema.$defs.article.properties).flatMap(([key, value]) =>
      value.properties ? Object.keys(value.properties).map((k) => `${key}.${k}`) : [key],
    );
    const documented = FIELD_DOCS.map((f) => f.json.split(/[[ ]/u)[0]);
    expect(documented.sort()).toEqual(fields.sort());
  });
});
