/**
 * `npm run ingest`: reads every seeds/*.txt and writes one Markdown file per unique article
 * into src/content/articles/, and the search index files into public/search/ (or --seeds DIR
 * --out DIR --search-out DIR).
 *
 * Atomic: the output folders are replaced only when the whole ingest succeeds; on any problem it
 * prints every `file:line: reason`, exits non-zero and leaves what was published untouched.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { readdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { articleToMarkdownFile } from "../src/lib/seed/frontmatter.ts";
import { ingestDigest } from "../src/lib/ingestDigest.ts";
import { byDigestOrder } from "../src/lib/listing.ts";
import { buildSearchFiles } from "../src/lib/search/siteFiles.ts";
import type { SeedInput } from "../src/lib/seed/ingestSeeds.ts";
import { slugify } from "../src/lib/seed/slugify.ts";
import { TAXONOMY } from "../src/lib/taxonomy/data.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: "seeds" },
    out: { type: "string", default: "src/content/articles" },
    "search-out": { type: "string", default: "public/search" },
    quiet: { type: "boolean", default: false },
  },
});
const seedsDir = values.seeds;
const outDir = path.resolve(values.out);
const searchDir = path.resolve(values["search-out"]);

const gzipAsync = promisify(gzipCallback);
/** Gzip at the highest level, on libuv's thread pool (so files compress in parallel); no timestamp, so the same input gives the same bytes. */
const gzip = async (bytes: Uint8Array): Promise<Uint8Array> => gzipAsync(bytes, { level: 9 });

/** Reads the seed files, in name order. */
async function readSeeds(dir: string): Promise<SeedInput[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".txt")).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: await readFile(path.join(dir, name)) })));
}

/** A folder to publish: its final place and its files (relative path → content). */
interface Output {
  readonly dir: string;
  readonly files: ReadonlyMap<string, string | Uint8Array>;
}

/**
 * Writes every output into a fresh sibling folder, then swaps them all in with renames.
 * Synchronous writes: thousands of small files go faster than through the thread pool one by one.
 */
async function publish(outputs: readonly Output[]): Promise<void> {
  const staging = (o: Output): string => `${o.dir}.staging-${process.pid}`;
  const retired = (o: Output): string => `${o.dir}.retired-${process.pid}`;
  for (const o of outputs) {
    await rm(staging(o), { recursive: true, force: true });
    mkdirSync(staging(o), { recursive: true });
    const made = new Set<string>([staging(o)]);
    for (const [name, content] of o.files) {
      const file = path.join(staging(o), name);
      const parent = path.dirname(file);
      if (!made.has(parent)) mkdirSync(parent, { recursive: true });
      made.add(parent);
      writeFileSync(file, content);
    }
  }
  for (const o of outputs) {
    await rename(o.dir, retired(o)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    mkdirSync(path.dirname(o.dir), { recursive: true });
    await rename(staging(o), o.dir);
  }
  await Promise.all(outputs.map((o) => rm(retired(o), { recursive: true, force: true })));
}

async function main(): Promise<number> {
  const seeds = await readSeeds(seedsDir).catch((error: unknown) => {
    console.error(`${seedsDir}: cannot read the seed folder: ${String(error)}`);
    return undefined;
  });
  if (!seeds) return 1;
  const label = (file: string) => path.join(seedsDir, file);
  if (seeds.length === 0) {
    console.error(`${seedsDir}: no *.txt seed files; add at least one`);
    return 1;
  }
  const report = ingestDigest(seeds);
  for (const warning of report.warnings) console.warn(`warning: ${label(warning)}`);
  if (report.problems.length > 0) {
    for (const p of report.problems) console.error(`${label(p.file)}:${p.line}: ${p.message}`);
    console.error(
      `ingest failed: ${report.problems.length} problem(s); nothing was written to ${values.out} or ${values["search-out"]}`,
    );
    return 1;
  }
  // Start compressing the search files (thread pool) while the Markdown is serialised here.
  const inDigestOrder = [...report.articles].sort(byDigestOrder);
  const searchFiles = buildSearchFiles(
    inDigestOrder.map((a) => ({ ...a, blocks: a.blocks.map((b) => b.text) })),
    TAXONOMY,
    slugify,
    gzip,
  );
  const articleFiles = new Map(report.articles.map((a) => [`${a.slug}.md`, articleToMarkdownFile(a)]));
  await publish([
    { dir: outDir, files: articleFiles },
    { dir: searchDir, files: await searchFiles },
  ]);
  const { stats } = report;
  if (!values.quiet) {
    console.log(
      `ingest: ${stats.files} files read, ${stats.occurrences} article occurrences, ${stats.unique} unique articles, ${stats.merged} duplicates merged, ${report.warnings.length} warnings → ${values.out}, ${values["search-out"]}`,
    );
  }
  return 0;
}

process.exitCode = await main();
