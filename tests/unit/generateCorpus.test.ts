/** Behaviour of the synthetic corpus generator used by the scale benchmark (tests/bench). */
import { describe, expect, it } from "vitest";
import { DEFAULT_SEEDS_DIR, generateCorpus, readSeedTexts, type Corpus } from "../bench/generateCorpus.ts";

const sources = readSeedTexts(DEFAULT_SEEDS_DIR);
const DATE_LINE =
  /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) \d{4}$/;

interface Parsed {
  readonly file: string;
  readonly title: string;
  readonly body: string;
  readonly page: boolean;
}

/** Reads articles back the way the seed formats define them. */
function parse(corpus: Corpus): Parsed[] {
  const out: Parsed[] = [];
  for (const { name, content } of corpus.files) {
    const blocks = content.trim().split("\n\n");
    if (blocks[0] === blocks[1]) {
      for (let i = 0; i < blocks.length;) {
        const title = blocks[i] ?? "";
        let j = i + 2;
        while (j < blocks.length && blocks[j] !== blocks[j + 1]) j++;
        out.push({ file: name, title, body: blocks.slice(i + 2, j).join("\n\n"), page: false });
        i = j;
      }
    } else {
      const rest = blocks[0]?.includes(": English") ? blocks.slice(1) : blocks;
      out.push({ file: name, title: rest[0] ?? "", body: rest.slice(1).join("\n\n"), page: true });
    }
  }
  return out;
}

function vocabulary(corpus: Corpus): number {
  const words = new Set<string>();
  for (const f of corpus.files) for (const w of f.content.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w);
  return words.size;
}

describe("generateCorpus", () => {
  const corpus = generateCorpus({ count: 1000, sources, seed: 42 });
  const parsed = parse(corpus);

  it("is deterministic for a given seed and differs between seeds", () => {
    expect(generateCorpus({ count: 1000, sources, seed: 42 })).toEqual(corpus);
    const other = generateCorpus({ count: 1000, sources, seed: 43 });
    expect(other.files.map((f) => f.content)).not.toEqual(corpus.files.map((f) => f.content));
    expect(generateCorpus({ count: 50, sources, seed: "text seed" })).toEqual(
      generateCorpus({ count: 50, sources, seed: "text seed" }),
    );
  });

  it("writes N unique titles plus about 5% cross-file duplicates with identical text", () => {
    const titles = new Map<string, Parsed[]>();
    for (const p of parsed) titles.set(p.title, [...(titles.get(p.title) ?? []), p]);
    expect(titles.size).toBe(1000);
    for (const title of titles.keys()) expect(title.length).toBeLessThanOrEqual(90);
    expect(corpus.articles).toHaveLength(1000);
    expect(parsed).toHaveLength(1000 + corpus.duplicateCount);
    expect(corpus.duplicateCount).toBeGreaterThanOrEqual(30);
    expect(corpus.duplicateCount).toBeLessThanOrEqual(70);
    const repeated = [...titles.values()].filter((list) => list.length > 1);
    expect(repeated).toHaveLength(corpus.duplicateCount);
    for (const [a, b, ...more] of repeated) {
      expect(more).toHaveLength(0);
      expect(a?.file).not.toBe(b?.file);
      expect(a?.body).toBe(b?.body);
    }
  });

  it("spreads digest items over several files of about 200 items", () => {
    const digestFiles = corpus.files.filter((f) => parse({ ...corpus, files: [f] }).every((p) => !p.page));
    expect(digestFiles.length).toBeGreaterThanOrEqual(4);
    for (const f of digestFiles) expect(parse({ ...corpus, files: [f] }).length).toBeLessThanOrEqual(230);
    expect(new Set(corpus.files.map((f) => f.name)).size).toBe(corpus.files.length);
    for (const f of corpus.files) expect(f.name).toMatch(/^\d{3,}_[0-9a-f]{16}\.txt$/);
  });

  it("produces both formats, with dates in English, French and Spanish and heading lines", () => {
    const pages = corpus.files.filter(
      (f) => !f.content.startsWith(`${f.content.split("\n")[0]}\n\n${f.content.split("\n")[0]}\n`),
    );
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.length).toBeLessThan(150);
    const dates = pages.map((f) => f.content.split("\n\n").find((b) => DATE_LINE.test(b)));
    expect(dates.every((d) => d !== undefined)).toBe(true);
    const months = dates.map((d) => d?.split(" ")[1] ?? "");
    expect(months.some((m) => ["January", "March", "May", "July", "October", "December"].includes(m))).toBe(
      true,
    );
    expect(
      months.some((m) => ["janvier", "mars", "mai", "juillet", "octobre", "décembre", "juin"].includes(m)),
    ).toBe(true);
    expect(
      months.some((m) => ["enero", "marzo", "mayo", "julio", "octubre", "diciembre", "junio"].includes(m)),
    ).toBe(true);
    for (const f of pages) {
      const blocks = f.content.trim().split("\n\n");
      expect(blocks.some((b) => b.startsWith("About ") && !b.endsWith("."))).toBe(true);
    }
    expect(corpus.articles.filter((a) => a.format === "article").every((a) => a.date !== undefined)).toBe(
      true,
    );
  });

  it("mentions every programme, in a minority of articles", () => {
    const text = corpus.files.map((f) => f.content).join("\n");
    for (const name of [
      "INAMA",
      "STCE",
      "Strategic Trade Control Enforcement",
      "Operation DEMETER VI",
      "APPW",
      "COPES",
      "PITCH",
    ]) {
      expect(text).toContain(name);
    }
    const share = corpus.articles.filter((a) => a.programmes.length > 0).length / corpus.articles.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.5);
  });

  it("reuses real seed sentences", () => {
    const seedText = sources.join("\n");
    const sentences = parsed.flatMap((p) => p.body.split(/(?<=\.) (?=[A-Z])/));
    const real = sentences.filter((s) => seedText.includes(s));
    expect(real.length / sentences.length).toBeGreaterThan(0.4);
  });

  it("grows its vocabulary with N", () => {
    const small = vocabulary(generateCorpus({ count: 200, sources }));
    const large = vocabulary(generateCorpus({ count: 2000, sources }));
    expect(large).toBeGreaterThan(small * 1.5);
  });

  it("handles tiny and empty corpora", () => {
    expect(generateCorpus({ count: 0, sources }).files).toHaveLength(0);
    const one = generateCorpus({ count: 1, sources });
    expect(parse(one)).toHaveLength(1);
    expect(() => generateCorpus({ count: -1, sources })).toThrow();
    expect(() => generateCorpus({ count: 5, sources: ["no sentences here"] })).toThrow();
  });
});
