/**
 * `npm run ingest`: reads every seeds/*.txt and writes one Markdown file per unique article
 * into src/content/articles/ (or --seeds DIR --out DIR).
 *
 * Atomic: the output folder is replaced only when the whole ingest succeeds; on any problem it
 * prints every `file:line: reason`, exits non-zero and leaves what was published untouched.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { articleToMarkdownFile } from "../src/lib/seed/frontmatter.ts";
import { ingestDigest } from "../src/lib/ingestDigest.ts";
import type { SeedInput } from "../src/lib/seed/ingestSeeds.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: "seeds" },
    out: { type: "string", default: "src/content/articles" },
    quiet: { type: "boolean", default: false },
  },
});
const seedsDir = values.seeds;
const outDir = path.resolve(values.out);

/** Reads the seed files, in name order. */
async function readSeeds(dir: string): Promise<SeedInput[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".txt")).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: await readFile(path.join(dir, name)) })));
}

/** Writes all files into a fresh sibling folder, then swaps it in with renames. */
async function publish(files: Map<string, string>): Promise<void> {
  const staging = `${outDir}.staging-${process.pid}`;
  const retired = `${outDir}.retired-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  for (const [name, text] of files) await writeFile(path.join(staging, name), text);
  await rename(outDir, retired).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, outDir);
  await rm(retired, { recursive: true, force: true });
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
      `ingest failed: ${report.problems.length} problem(s); nothing was written to ${values.out}`,
    );
    return 1;
  }
  const files = new Map(report.articles.map((a) => [`${a.slug}.md`, articleToMarkdownFile(a)]));
  await publish(files);
  const { stats } = report;
  if (!values.quiet) {
    console.log(
      `ingest: ${stats.files} files read, ${stats.occurrences} article occurrences, ${stats.unique} unique articles, ${stats.merged} duplicates merged, ${report.warnings.length} warnings → ${values.out}`,
    );
  }
  return 0;
}

process.exitCode = await main();
