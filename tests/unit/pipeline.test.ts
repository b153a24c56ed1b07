/**
 * The ingest pipeline (src/lib/ingest/pipeline.ts) as an editor relies on it: merged duplicates,
 * stable URLs, repaired titles, nothing lost, every problem at file:line with nothing made, and
 * the same output whichever threads run it.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { SeedInput } from "../../src/lib/ingest/collect.ts";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  ingest,
  SAME_THREAD,
  type Parallel,
  type ReadCache,
  type ReadSeed,
} from "../../src/lib/ingest/pipeline.ts";
import { DiskReadCache } from "../../scripts/readCache.ts";
import { INDEX_BUILD_ERRORS, parseDocuments } from "../../src/lib/search/build/documentsFile.ts";
import { contentLocation } from "../../src/lib/places/jsonLd.ts";
import { WorkerPool } from "../../scripts/workerPool.ts";
import { generateCorpus, readSeedTexts } from "../bench/generateCorpus.ts";
import { lostLines } from "../support/nothingLost.ts";
import { realReport, realSeedFiles, SEEDS_DIR } from "../support/realSeeds.ts";

const file = (name: string, text: string): SeedInput => ({ name, bytes: new TextEncoder().encode(text) });
const item = (title: string, body: string) => `${title}\n\n${title}\n\n${body}\n\n`;

describe("the ingest pipeline", () => {
  it("merges an article that appears in two seed files and lists both as sources", async () => {
    const report = await ingest([
      file("001.txt", item("Shared Story", "Same body.") + item("Only In One", "Body one.")),
      file("002.txt", item("Shared Story", "Same   body.")),
    ]);
    expect(report.stats).toEqual({ files: 2, occurrences: 3, unique: 2, merged: 1 });
    expect(report.articles.find((a) => a.slug === "shared-story")?.sources).toEqual(["001.txt", "002.txt"]);
    expect(report.roles.get("002.txt")?.get(1)).toBe("duplicate");
  });

  it("merges copies that differ only in case, in any script (a final Σ included)", async () => {
    const report = await ingest([
      file("001.txt", item("Greek Story", "ΤΕΛΩΝΕΙΑΚΟΣ ΕΛΕΓΧΟΣ ΣΤΟ ΛΙΜΑΝΙ.")),
      file("002.txt", item("Greek Story", "τελωνειακος ελεγχος στο λιμανι.")),
    ]);
    expect(report.stats).toEqual({ files: 2, occurrences: 2, unique: 1, merged: 1 });
  });

  it("publishes two articles with one title and different text, with a deterministic suffix and a warning", async () => {
    const files = [
      file("001.txt", item("Same Title", "First text.")),
      file("002.txt", item("Same Title", "Other text.")),
    ];
    const report = await ingest(files);
    const slugs = report.articles.map((a) => a.slug);
    expect(slugs[0]).toBe("same-title");
    expect(slugs[1]).toMatch(/^same-title-[0-9a-f]{6}$/u);
    expect((await ingest(files)).articles.map((a) => a.slug)).toEqual(slugs);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toContain("002.txt:1");
    expect(report.warnings[0]).toContain("001.txt:1");
  });

  it("names both titles when two different titles make the same URL", async () => {
    const long = "Customs Cooperation ".repeat(6);
    const report = await ingest([file("1.txt", item(`${long}Alpha`, "A.") + item(`${long}Beta`, "B."))]);
    expect(report.articles.map((a) => a.slug)).toHaveLength(2);
    expect(new Set(report.articles.map((a) => a.slug)).size).toBe(2);
    expect(report.warnings[0]).toContain("makes the same URL as");
    expect(report.warnings[0]).toContain("Alpha");
    expect(report.warnings[0]).toContain("Beta");
  });

  it("keeps every existing URL when another seed file is added", async () => {
    const before = [file("001.txt", item("Alpha Story", "Alpha.") + item("Beta Story", "Beta."))];
    const added = file("002.txt", item("Gamma Story", "Gamma.") + item("Alpha Story", "A different alpha."));
    const oldSlugs = (await ingest(before)).articles.map((a) => `${a.sourceTitle}=${a.slug}`);
    const newSlugs = (await ingest([...before, added])).articles.map((a) => `${a.sourceTitle}=${a.slug}`);
    expect(newSlugs).toEqual(expect.arrayContaining(oldSlugs));
    expect(newSlugs).toHaveLength(4);
  });

  it("orders articles by file name, then position, whatever order the files arrive in", async () => {
    const a = file("a.txt", item("From A", "A."));
    const b = file("b.txt", item("From B", "B."));
    expect((await ingest([b, a])).articles.map((x) => [x.sourceTitle, x.order])).toEqual([
      ["From A", 0],
      ["From B", 1],
    ]);
  });

  it("repairs the display title from the body and keeps the seed title", async () => {
    const [article] = (await ingest([file("1.txt", item("Cambodias Trade Controls", "Cambodia acts."))]))
      .articles;
    expect(article?.title).toBe("Cambodia's Trade Controls");
    expect(article?.sourceTitle).toBe("Cambodias Trade Controls");
  });

  it("holds the nothing-lost invariant over duplicates, banners and headings", async () => {
    const files = [
      file("1.txt", item("One", "Body one.\n\nKey Facts\n\nMore.") + item("Two", "Body two.")),
      file(
        "2.txt",
        `This page is not available in the selected language.\n\nPage Title\n\n5 juin 2024\n\nText.\n`,
      ),
      file("3.txt", item("One", "Body one.\n\nKey Facts\n\nMore.")),
    ];
    const report = await ingest(files);
    expect(report.problems).toEqual([]);
    expect(lostLines(files, report)).toEqual([]);
  });

  it("dates each article by the earliest commit of its seed files, and marks uncommitted ones as previews", async () => {
    const { articles, files } = await ingest([
      {
        ...file("1.txt", item("Shared", "S.") + item("Old", "O.")),
        added: { status: "added", date: "2024-03-01" },
      },
      {
        ...file("2.txt", item("Shared", "S.") + item("New", "N.")),
        added: { status: "added", date: "2023-01-05" },
      },
      { ...file("3.txt", item("Draft", "D.")), added: { status: "not yet added" } },
      file("4.txt", item("Unknown", "U.")),
    ]);
    const dates = Object.fromEntries(articles.map((a) => [a.sourceTitle, [a.added, a.preview]]));
    expect(dates).toEqual({
      Shared: ["2023-01-05", undefined],
      Old: ["2024-03-01", undefined],
      New: ["2023-01-05", undefined],
      Draft: [undefined, true],
      Unknown: [undefined, undefined],
    });
    const draft = files.find((f) => f.name === "draft.md")?.text ?? "";
    expect(draft).toMatch(/^preview: true$/mu);
    expect(draft).not.toMatch(/^added:/mu);
    expect(files.find((f) => f.name === "old.md")?.text).toMatch(/^added: "2024-03-01"$/mu);
  });

  it("writes one Markdown file per article and the search documents in listing order", () => {
    const report = realReport();
    expect(report.files.map((f) => f.name)).toEqual(report.articles.map((a) => `${a.slug}.md`));
    const docs = parseDocuments(report.documents);
    expect(docs.map((d) => d.slug).sort()).toEqual(report.articles.map((a) => a.slug).sort());
    const dated = docs.filter((d) => d.date !== undefined).map((d) => d.date ?? "");
    expect(dated).toEqual([...dated].sort().reverse());
    expect(docs.every((d) => d.blocks.length > 0 && d.title !== "")).toBe(true);
  });

  it("refuses a search documents file that is not a list of articles", () => {
    expect(() => parseDocuments('{"slug":"x"}')).toThrow(INDEX_BUILD_ERRORS.notAList);
    expect(() => parseDocuments("[1]")).toThrow(INDEX_BUILD_ERRORS.notAList);
  });

  it("gives every article its related articles, never itself", () => {
    const { articles } = realReport();
    const slugs = new Set(articles.map((a) => a.slug));
    expect(articles.every((a) => a.related.length >= 3)).toBe(true);
    for (const a of articles) {
      expect(a.related).not.toContain(a.slug);
      for (const r of a.related) expect(slugs.has(r)).toBe(true);
    }
  });

  it("makes the same bytes from the same seeds", async () => {
    const again = await ingest(realSeedFiles());
    expect(again.files).toEqual(realReport().files);
    expect(again.documents).toBe(realReport().documents);
  });

  it.each([
    ["invalid UTF-8", Buffer.from([...Buffer.from("One\n\nOne\n\n"), 0xc3, 0x28, 0x0a]), 5],
    ["a title pair with no body", Buffer.from("One\n\nOne\n\nTwo\n\nTwo\n\nBody.\n"), 1],
    ["a file with no article", Buffer.from("\n\n"), 1],
    ["a body with no title", Buffer.from("Text with no title.\n\nOne\n\nOne\n\nBody.\n"), 1],
    ["an article page with no title", Buffer.from("\n\n17 mayo 2023\n\nBody.\n"), 3],
  ])("rejects %s at its file and line, and makes nothing", async (_, bytes, line) => {
    const report = await ingest([...realSeedFiles(), { name: "900_bad.txt", bytes }]);
    expect(report.problems.map((p) => `${p.file}:${p.line}`)).toContain(`900_bad.txt:${line}`);
    expect(report.problems.every((p) => p.message.length > 10)).toBe(true);
    expect([report.articles, report.files, report.documents]).toEqual([[], [], ""]);
  });

  it("reports every problem of a run, across files", async () => {
    const report = await ingest([file("a.txt", "One\n\nOne\n\nTwo\n\nTwo\n\nBody.\n"), file("b.txt", "\n")]);
    expect(report.problems.map((p) => `${p.file}:${p.line}`)).toEqual(["a.txt:1", "b.txt:1"]);
  });
});

describe("the ingest pipeline on worker threads", () => {
  const pools: WorkerPool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  /** Runs the list steps on this thread, but in reverse order and a tick later, to catch order slips. */
  const shuffled: Parallel = {
    map: async (step, items) => {
      await new Promise((resolve) => setImmediate(resolve));
      return (await SAME_THREAD.map(step, [...items].reverse())).reverse();
    },
  };

  it("gives the same articles, files and search documents for any number of threads", async () => {
    const corpus = generateCorpus({ count: 400, sources: readSeedTexts(SEEDS_DIR), seed: "workers" });
    const seeds = corpus.files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.content) }));
    const alone = await ingest(seeds);
    expect(alone.files).toHaveLength(400);
    for (const size of [1, 3]) {
      const pool = new WorkerPool(size);
      pools.push(pool);
      const threaded = await ingest(seeds, pool);
      expect(threaded.files).toEqual(alone.files);
      expect(threaded.documents).toBe(alone.documents);
    }
    expect((await ingest(seeds, shuffled)).files).toEqual(alone.files);
  }, 120_000);

  it("writes every file with its bytes, and runs every step of the work given meanwhile", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pool-write-"));
    try {
      const files = Array.from({ length: 300 }, (_, i) => ({
        name: `a-${i}.md`,
        text: `Article ${i} — ünïcode\n`,
      }));
      const pool = new WorkerPool(1);
      pools.push(pool);
      const steps: number[] = [];
      const meanwhile = function* (): Generator<void> {
        for (let k = 0; k < 50; k++) {
          steps.push(k);
          yield;
        }
      };
      await pool.writeFiles(dir, files, undefined, meanwhile());
      expect(steps).toHaveLength(50);
      expect(readdirSync(dir).sort()).toEqual(files.map((f) => f.name).sort());
      for (const f of files) expect(readFileSync(path.join(dir, f.name), "utf8")).toBe(f.text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("near-duplicates (issue 16, class 7)", () => {
  const file = (name: string, text: string): SeedInput => ({ name, bytes: new TextEncoder().encode(text) });
  const item = (title: string, body: string) => `${title}\n\n${title}\n\n${body}\n\n`;

  it("7. merges copies whose title and text differ only in case, punctuation and spacing, with a warning", async () => {
    const report = await ingest([
      file(
        "1.txt",
        item("WCO-Led Operation Seizes Ivory", "Customs seized 3 t of ivory. U.S. officers helped."),
      ),
      file(
        "2.txt",
        item("WCO Led Operation seizes ivory!", "Customs seized 3 t of ivory; US officers helped"),
      ),
    ]);
    expect(report.articles).toHaveLength(1);
    expect(report.articles[0]?.sources).toEqual(["1.txt", "2.txt"]);
    expect(report.articles[0]?.sourceTitle).toBe("WCO-Led Operation Seizes Ivory");
    expect(report.stats.merged).toBe(1);
    expect(report.roles.get("2.txt")?.get(1)).toBe("duplicate");
    expect(report.warnings).toEqual([
      "2.txt:1: same article as 1.txt:1 but for case, punctuation or spacing; published once, as written there",
    ]);
  });

  it("7. keeps articles apart when a word or a paragraph break differs", async () => {
    const report = await ingest([
      file(
        "1.txt",
        item("Ivory Seized", "Customs seized ivory.") + item("Ivory Seized Again", "Customs seized ivory."),
      ),
      file(
        "2.txt",
        item("Ivory seized", "Customs seized rhino horn.") +
          item("Ivory Seized", "Customs seized.\n\nIvory."),
      ),
    ]);
    expect(report.articles).toHaveLength(4);
  });
});

describe("dates far ahead (issue 16, class 12)", () => {
  const file = (name: string, text: string): SeedInput => ({ name, bytes: new TextEncoder().encode(text) });

  it("12. warns about a date more than a year after today, at the date's line, and publishes it", async () => {
    const page = "A Page From The Future\n\n17 May 2031\n\nBody.\n";
    const report = await ingest([file("f.txt", page)], SAME_THREAD, { today: "2030-05-16" });
    expect(report.warnings).toEqual([
      "f.txt:3: the date 2031-05-17 is more than a year ahead; check the year",
    ]);
    expect(report.articles[0]?.date).toBe("2031-05-17");
    const within = await ingest([file("f.txt", page)], SAME_THREAD, { today: "2030-05-17" });
    expect(within.warnings).toEqual([]);
  });
});

describe("places (issue 17)", () => {
  const file = (name: string, text: string): SeedInput => ({ name, bytes: new TextEncoder().encode(text) });
  const item = (title: string, body: string) => `${title}\n\n${title}\n\n${body}\n\n`;

  it("records every country an article names as its ISO code, by name, short form or adjective", async () => {
    const { articles, files } = await ingest([
      file(
        "1.txt",
        item(
          "Malawian Customs Train in Lilongwe",
          "Officers from Papua New Guinea and Kosovo joined. Niger too.",
        ) + item("No Place Here", "A workshop on risk management."),
      ),
    ]);
    expect(articles.map((a) => [a.sourceTitle, a.countries])).toEqual([
      ["Malawian Customs Train in Lilongwe", ["MW", "PG", "XK", "NE"]],
      ["No Place Here", []],
    ]);
    expect(files[0]?.text).toMatch(/^countries: \["MW","PG","XK","NE"\]$/mu);
  });

  it("gives JSON-LD Country objects with the ISO code as identifier, then named places", () => {
    expect(contentLocation(["MW", "XK"], ["West and Central Africa"])).toEqual([
      { "@type": "Country", name: "Malawi", identifier: "MW" },
      { "@type": "Country", name: "Kosovo", identifier: "XK" },
      { "@type": "Place", name: "West and Central Africa" },
    ]);
  });
});

describe("the read cache", () => {
  /** Seed files of a 120-article synthetic corpus. */
  function corpusSeeds(): SeedInput[] {
    const corpus = generateCorpus({ count: 120, sources: readSeedTexts(SEEDS_DIR), seed: "cache" });
    return corpus.files.map((f) => file(f.name, f.content));
  }

  /** A cache in memory that counts what it was asked. */
  function memoryCache(): ReadCache & { hits: number; misses: number; size: () => number } {
    const entries = new Map<string, ReadSeed>();
    const key = (f: Pick<SeedInput, "name" | "bytes">) => `${f.name}\0${new TextDecoder().decode(f.bytes)}`;
    return {
      hits: 0,
      misses: 0,
      size: () => entries.size,
      get(f) {
        const hit = entries.get(key(f));
        if (hit) this.hits++;
        else this.misses++;
        return hit && structuredClone(hit);
      },
      set(f, read) {
        entries.set(key(f), structuredClone(read));
      },
    };
  }

  it("gives the same output cold and warm, and reads again only a file that changed", async () => {
    const seeds = corpusSeeds();
    const cache = memoryCache();
    const alone = await ingest(seeds);
    const cold = await ingest(seeds, SAME_THREAD, { cache });
    expect(cache.size()).toBe(seeds.length);
    const warm = await ingest(seeds, SAME_THREAD, { cache });
    expect(cache.hits).toBe(seeds.length);
    for (const run of [cold, warm]) {
      expect(run.files).toEqual(alone.files);
      expect(run.documents).toBe(alone.documents);
    }
    const [first, ...rest] = seeds;
    if (!first) throw new Error("no seed file");
    const edited = [
      file(first.name, `${new TextDecoder().decode(first.bytes)}\n\n${item("A New Story", "New body.")}`),
      ...rest,
    ];
    const before = cache.hits;
    const again = await ingest(edited, SAME_THREAD, { cache });
    expect(cache.hits - before).toBe(seeds.length - 1);
    expect(again.articles.map((a) => a.slug)).toContain("a-new-story");
    expect(again.files).toEqual((await ingest(edited)).files);
  }, 60_000);

  it("on disk: keeps what was read, and reads a file again when its entry is damaged", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "read-cache-"));
    try {
      const seeds = corpusSeeds().slice(0, 3);
      const first = new DiskReadCache(dir, "v1");
      const cold = await ingest(seeds, SAME_THREAD, { cache: first });
      first.save();
      expect(readdirSync(dir)).toHaveLength(3);
      const second = new DiskReadCache(dir, "v1");
      const warm = await ingest(seeds, SAME_THREAD, { cache: second });
      expect(second.hits).toBe(3);
      expect(warm.files).toEqual(cold.files);
      // Another code version finds nothing.
      const other = new DiskReadCache(dir, "v2");
      await ingest(seeds, SAME_THREAD, { cache: other });
      expect(other.hits).toBe(0);
      // A damaged entry is a miss, not an error.
      const [damaged] = readdirSync(dir).sort();
      writeFileSync(path.join(dir, damaged ?? ""), "not a serialised value");
      const third = new DiskReadCache(dir, "v1");
      expect((await ingest(seeds, SAME_THREAD, { cache: third })).files).toEqual(cold.files);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
