/**
 * Synthetic corpus generator for the scale benchmark: writes N unique
 * articles (plus ~5% cross-file duplicates) in the real seed formats,
 * recombining real sentences from seeds/ with invented place names.
 *
 * CLI: tsx tests/bench/generateCorpus.ts --count N --out DIR [--seed S] [--seeds DIR]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  composeArticle,
  type ArticleDraft,
  type ArticleFormat,
  type ComposeContext,
} from "./corpus/compose.ts";
import { renderArticlePage, renderDigestFile } from "./corpus/format.ts";
import { NamePool } from "./corpus/names.ts";
import { createRng, hashSeed, type Rng } from "./corpus/prng.ts";
import { buildPools, extractSentences } from "./corpus/sources.ts";
import { REAL_PLACES, REGIONS } from "./corpus/vocab.ts";

/** Options of generateCorpus; only count and sources are required. */
export interface CorpusOptions {
  /** Number of unique articles. */
  readonly count: number;
  /** Contents of real seed files to take sentences from. */
  readonly sources: readonly string[];
  /** PRNG seed (number or any string); default 1. */
  readonly seed?: number | string;
  /** Target items per digest file (duplicates included); default 200. */
  readonly articlesPerFile?: number;
  /** Share of digest articles that also appear in a second file; default 0.05. */
  readonly duplicateRate?: number;
  /** Share of articles in article-page format (b), one per file; default 0.08. */
  readonly articlePageRate?: number;
}

/** One seed file to write. */
export interface CorpusFile {
  readonly name: string;
  readonly content: string;
}

/** What was generated for one unique article. */
export interface CorpusArticle {
  readonly title: string;
  readonly format: ArticleFormat;
  /** Seed files the article appears in (two for duplicates). */
  readonly files: readonly string[];
  readonly programmes: readonly string[];
  readonly topic: string;
  readonly places: readonly string[];
  /** ISO date, article pages only. */
  readonly date?: string;
}

/** The generated corpus: files to write and a manifest of the articles. */
export interface Corpus {
  readonly files: readonly CorpusFile[];
  readonly articles: readonly CorpusArticle[];
  /** Number of articles that appear in two files. */
  readonly duplicateCount: number;
}

/** Generates a deterministic synthetic corpus; pure apart from CPU time. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const { count, sources } = options;
  const perFile = options.articlesPerFile ?? 200;
  const dupRate = options.duplicateRate ?? 0.05;
  const pageRate = options.articlePageRate ?? 0.08;
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`count must be a non-negative integer, got ${count}`);
  const seed = typeof options.seed === "string" ? hashSeed(options.seed) : (options.seed ?? 1);
  const rng = createRng(seed);
  const pools = buildPools(extractSentences(sources));
  if (pools.size === 0) throw new Error("no sentences found in the source texts");
  const ctx: ComposeContext = {
    rng,
    pools,
    names: new NamePool([...REAL_PLACES, ...REGIONS].flatMap((s) => s.split(" "))),
    titles: new Set(),
  };

  const drafts: ArticleDraft[] = [];
  for (let i = 0; i < count; i++) {
    drafts.push(composeArticle(i, spread(i, pageRate) ? "article" : "digest", ctx));
  }
  return layOut(drafts, rng, perFile, dupRate);
}

/** True for about `rate` of all indices, evenly spread. */
function spread(i: number, rate: number): boolean {
  return Math.floor((i + 1) * rate) > Math.floor(i * rate);
}

/** Distributes drafts over files, adds duplicates, names and renders files. */
function layOut(drafts: readonly ArticleDraft[], rng: Rng, perFile: number, dupRate: number): Corpus {
  const digest = drafts.map((d, i) => ({ d, i })).filter(({ d }) => d.format === "digest");
  const minFiles = digest.length >= 2 ? 2 : digest.length;
  const fileCount = Math.max(minFiles, Math.ceil((digest.length * (1 + dupRate)) / perFile));
  const digestFiles = Array.from({ length: fileCount }, () => ({
    order: Infinity,
    items: [] as number[],
  }));
  const home = new Map<number, number>();
  digest.forEach(({ i }, j) => {
    const f = Math.floor((j * fileCount) / digest.length);
    const file = digestFiles[f];
    if (!file) return;
    file.order = Math.min(file.order, i);
    file.items.push(i);
    home.set(i, f);
  });
  const duplicates = new Map<number, number>();
  if (fileCount >= 2) {
    digest.forEach(({ i }, j) => {
      if (!spread(j, dupRate)) return;
      const target = ((home.get(i) ?? 0) + rng.int(1, fileCount - 1)) % fileCount;
      const items = digestFiles[target]?.items;
      items?.splice(rng.int(0, items.length), 0, i);
      duplicates.set(i, target);
    });
  }
  const pages = drafts.flatMap((d, i) => (d.format === "article" ? [{ order: i, items: [i] }] : []));
  const pageOf = new Map(pages.map((p) => [p.order, p]));
  const ordered = [...digestFiles, ...pages].sort((a, b) => a.order - b.order);
  const width = Math.max(3, String(ordered.length - 1).length);
  const names = ordered.map((_, k) => `${String(k).padStart(width, "0")}_${hex(rng)}${hex(rng)}.txt`);
  const fileOf = new Map(ordered.map((file, k) => [file, names[k] ?? ""]));
  const files: CorpusFile[] = ordered.map((file, k) => {
    const items = file.items.map((i) => drafts[i]).filter((d): d is ArticleDraft => d !== undefined);
    const first = items[0];
    const content = first?.format === "article" ? renderArticlePage(first) : renderDigestFile(items);
    return { name: names[k] ?? "", content };
  });
  const articles = drafts.map((d, i): CorpusArticle => {
    const homeFile = d.format === "article" ? pageOf.get(i) : digestFiles[home.get(i) ?? -1];
    const dupFile = digestFiles[duplicates.get(i) ?? -1];
    const inFiles = [homeFile, dupFile].flatMap((f) => (f ? [fileOf.get(f) ?? ""] : []));
    const base = {
      title: d.title,
      format: d.format,
      files: inFiles,
      programmes: d.programmes,
      topic: d.topic,
      places: d.places,
    };
    return d.date ? { ...base, date: d.date.iso } : base;
  });
  return { files, articles, duplicateCount: duplicates.size };
}

function hex(rng: Rng): string {
  return Math.floor(rng.next() * 0x100000000)
    .toString(16)
    .padStart(8, "0");
}

/** Reads all *.txt seed files of a directory, sorted by name. */
export function readSeedTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));
}

/** Writes a corpus into `dir`, first removing any *.txt files already there. */
export function writeCorpus(corpus: Corpus, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith(".txt")) rmSync(join(dir, f));
  for (const file of corpus.files) writeFileSync(join(dir, file.name), file.content);
}

/** Default directory of the real seed files (repo-root seeds/). */
export const DEFAULT_SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));

function main(argv: readonly string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = Number(arg("count"));
  const out = arg("out");
  if (!Number.isInteger(count) || count < 0 || out === undefined) {
    console.error("usage: tsx tests/bench/generateCorpus.ts --count N --out DIR [--seed S] [--seeds DIR]");
    process.exit(2);
  }
  const started = performance.now();
  const seedArg = arg("seed");
  const corpus = generateCorpus({
    count,
    sources: readSeedTexts(arg("seeds") ?? DEFAULT_SEEDS_DIR),
    ...(seedArg === undefined ? {} : { seed: /^\d+$/.test(seedArg) ? Number(seedArg) : seedArg }),
  });
  writeCorpus(corpus, resolve(out));
  const ms = Math.round(performance.now() - started);
  console.log(
    `wrote ${corpus.files.length} files: ${count} articles + ${corpus.duplicateCount} duplicates to ${out} in ${ms} ms`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
