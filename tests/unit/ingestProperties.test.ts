/**
 * Property-based tests over generated seed files: random Unicode, CRLF, BOMs, very long lines,
 * thousands of articles. The ingest either succeeds with the nothing-lost invariant holding, or
 * reports `file:line` problems. It never throws. PROPERTY_RUNS=5000 searches harder.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SeedInput } from "../../src/lib/ingest/collect.ts";
import { ingest } from "../../src/lib/ingest/pipeline.ts";
import { lostLines } from "../support/nothingLost.ts";

/** A line of text: printable Unicode (incl. astral), no line breaks, sometimes very long. */
const line = fc
  .oneof(
    { weight: 8, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 2000, maxLength: 6000 }) },
  )
  .map((s) => s.replace(/[\r\n\u2028\u2029\u0085\v\f]/gu, " "))
  // Not blank once the ingest removes control characters and lone surrogates (with a warning):
  // a body of only "\u0000" is an empty body, and the item is then not well-formed.
  .filter((s) => s.replace(/[\p{Cc}\p{Cs}\ufffe\uffff]/gu, "").trim() !== "");

const title = fc
  .string({ unit: "grapheme-ascii", minLength: 3, maxLength: 60 })
  .filter((s) => /[A-Za-z]/u.test(s));

/** How the parser compares paragraphs: NFC, white space collapsed. */
const key = (s: string) => s.normalize("NFC").replace(/\s+/gu, " ").trim();

/**
 * A digest item, well-formed (title pair then body). Its body paragraphs differ from each other
 * and from the title: a paragraph written twice in a row is itself a title pair in this format,
 * so such a body is ambiguous, and parseSeed.test.ts pins what the build says about it.
 */
const digestItem = fc
  .tuple(title, fc.uniqueArray(line, { minLength: 1, maxLength: 4, selector: key }))
  .filter(([t, body]) => body.every((p) => key(p) !== key(t)))
  .map(([t, body]) => [t.trim(), "", t.trim(), "", ...body.flatMap((p) => [p, ""])]);

/** Items whose body paragraphs never repeat another item's title, which would start that item early. */
const digestItems = (constraints: { minLength: number; maxLength: number }) =>
  fc.array(digestItem, constraints).filter((items) => {
    const titles = new Set(items.map((item) => key(item[0] as string)));
    return items.every((item) => item.slice(4).every((p) => p === "" || !titles.has(key(p))));
  });

/** Free-form lines: anything, which may or may not parse. */
const anyLines = fc.array(fc.oneof(line, fc.constant("")), { maxLength: 30 });

const layout = fc.record({ crlf: fc.boolean(), bom: fc.boolean(), blankRun: fc.integer({ min: 1, max: 3 }) });

function encode(lines: string[], opts: { crlf: boolean; bom: boolean; blankRun: number }): Uint8Array {
  const eol = opts.crlf ? "\r\n" : "\n";
  const text = lines.map((l) => (l === "" ? eol.repeat(opts.blankRun - 1) : l)).join(eol);
  return new TextEncoder().encode((opts.bom ? "\uFEFF" : "") + text);
}

const seedFile = (name: string) =>
  fc
    .tuple(
      fc.oneof(
        digestItems({ minLength: 1, maxLength: 6 }).map((items) => items.flat()),
        anyLines,
      ),
      layout,
    )
    .map(([lines, opts]): SeedInput => ({ name, bytes: encode(lines, opts) }));

async function check(files: SeedInput[]): Promise<void> {
  const report = await ingest(files);
  if (report.problems.length > 0) {
    for (const p of report.problems) {
      expect(files.map((f) => f.name)).toContain(p.file);
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.message.length).toBeGreaterThan(10);
    }
    return;
  }
  expect(lostLines(files, report)).toEqual([]);
  expect(new Set(report.articles.map((a) => a.slug)).size).toBe(report.articles.length);
  for (const a of report.articles) expect(a.summary.length).toBeLessThanOrEqual(200);
  expect(report.files.map((f) => f.name)).toEqual(report.articles.map((a) => `${a.slug}.md`));
}

describe("the ingest pipeline on generated seed files", () => {
  it("succeeds with nothing lost, or reports file:line problems, and never throws", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(seedFile("f.txt"), { minLength: 1, maxLength: 3 }), async (files) => {
        await check(files.map((f, i) => ({ ...f, name: `${String(i).padStart(3, "0")}.txt` })));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  }, 60_000);

  it("publishes every well-formed digest item", async () => {
    await fc.assert(
      fc.asyncProperty(digestItems({ minLength: 1, maxLength: 20 }), layout, async (items, opts) => {
        const report = await ingest([{ name: "a.txt", bytes: encode(items.flat(), opts) }]);
        expect(report.problems).toEqual([]);
        expect(report.stats.occurrences).toBe(items.length);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  }, 60_000);

  it("handles thousands of articles in one run", async () => {
    const items = Array.from({ length: 3000 }, (_, i) => [
      `Story number ${i}`,
      "",
      `Story number ${i}`,
      "",
      `Body ${i}.`,
      "",
    ]);
    const files = [0, 1, 2].map((f) => ({
      name: `${f}.txt`,
      bytes: encode(items.slice(f * 1000, f * 1000 + 1200).flat(), {
        crlf: f === 1,
        bom: f === 2,
        blankRun: 1,
      }),
    }));
    const report = await ingest(files);
    expect(report.problems).toEqual([]);
    expect(report.stats.unique).toBe(3000);
    expect(report.stats.merged).toBe(400);
    expect(lostLines(files, report)).toEqual([]);
  }, 60_000);
});
