/**
 * `npm run ingest`: reads every seeds/*.txt, runs the ingest pipeline (src/lib/ingest/pipeline.ts)
 * and writes one Markdown file per unique article into src/content/articles/, with the search
 * documents (search-documents.json, from which the build makes the search index) beside them
 * (or --seeds DIR --out DIR). Seed files read before are taken from the read cache
 * (scripts/readCache.ts; --no-cache skips it).
 *
 * Atomic: the output folder is replaced only when the whole ingest succeeds; on any problem it
 * prints every `file:line: reason`, exits non-zero and leaves what was published untouched.
 * A large seed folder runs its heavy steps on worker threads too (--workers N besides this one; 0 runs
 * everything here); the output is byte-identical for any N. --timings prints when each step began.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { DOCUMENTS_FILE } from "../src/lib/search/build/documentsFile.ts";
import { readSeedFolder } from "../src/lib/seed/seedFolder.ts";
import { printable } from "../src/lib/terminal.ts";
import { readAddedDates } from "./addedDates.ts";
import { enableCompileCache, projectRoot } from "./compileCache.ts";
import { codeVersion, DiskReadCache } from "./readCache.ts";
import { WorkerPool, workersFor, writeFiles } from "./workerPool.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: "seeds" },
    out: { type: "string", default: "src/content/articles" },
    workers: { type: "string" },
    quiet: { type: "boolean", default: false },
    "no-cache": { type: "boolean", default: false },
    timings: { type: "boolean", default: false },
  },
});
const seedsDir = values.seeds;
const outDir = path.resolve(values.out);
/** Every message goes out escaped: seed text is untrusted. */
const say = (text: string) => console.error(printable(text));
const label = (file: string) => path.join(seedsDir, file);
/** With --timings, each step's start on stderr, in ms since the process started. */
const mark = (step: string): void => {
  if (values.timings) console.error(`ingest timing: ${step} at ${Math.round(performance.now())} ms`);
};

/** The read cache in this project's node_modules/.cache, unless --no-cache or there is no node_modules. */
function readCache(): DiskReadCache | undefined {
  const root = projectRoot();
  const modules = path.join(root, "node_modules");
  if (values["no-cache"] || !existsSync(modules)) return undefined;
  return new DiskReadCache(path.join(modules, ".cache", "wco-ingest"), codeVersion(root));
}

async function main(): Promise<number> {
  mark("start");
  const folder = await readSeedFolder(seedsDir).catch((error: NodeJS.ErrnoException) => {
    say(`${seedsDir}: cannot read the seed folder (${error.code ?? error.message})`);
    return undefined;
  });
  if (!folder) return 1;
  for (const warning of folder.warnings) say(`warning: ${label(warning)}`);
  if (folder.files.length === 0 && folder.problems.length === 0) {
    say(`${seedsDir}: no *.txt seed files; add at least one`);
    return 1;
  }
  const workers = values.workers === undefined ? workersFor(folder.files) : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0) {
    say(`--workers must be a whole number ≥ 0, not "${values.workers ?? ""}"`);
    return 1;
  }
  enableCompileCache();
  // Started before this thread loads the pipeline, so the workers load theirs meanwhile.
  const pool = workers > 0 ? new WorkerPool(workers) : undefined;
  const { ingest } = await import("../src/lib/ingest/pipeline.ts");
  const staging = `${outDir}.staging-${process.pid}`;
  try {
    const history = readAddedDates({ dir: seedsDir, names: folder.files.map((f) => f.name) });
    if (history.warning) say(`warning: ${seedsDir}: ${history.warning}`);
    const seeds = folder.files.map((f) => ({
      ...f,
      added: history.dates.get(f.name) ?? { status: "undated" as const },
    }));
    const cache = readCache();
    // The clock only decides a warning (a date over a year ahead), never what is written.
    const today = new Date().toISOString().slice(0, 10);
    const result = await ingest(seeds, pool, { today, onStep: mark, ...(cache ? { cache } : {}) });
    mark("write");
    for (const warning of result.warnings) say(`warning: ${label(warning)}`);
    const count = folder.problems.length + result.problems.length;
    if (count > 0) {
      // What was read is kept even so: once the problem is fixed, only its file is read again.
      cache?.save();
      for (const p of folder.problems) say(label(p));
      for (const p of result.problems) say(`${label(p.file)}:${p.line}: ${p.message}`);
      say(`ingest failed: ${count} problem(s); nothing was written to ${values.out}`);
      return 1;
    }
    await rm(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    // Unchanged articles are linked from the folder being replaced rather than written again.
    const previous = existsSync(outDir) ? outDir : undefined;
    // This thread writes the search documents and saves the read cache, a step at a time, while
    // the workers write the first articles.
    const meanwhile = function* (): Generator<void> {
      writeFileSync(path.join(staging, DOCUMENTS_FILE), result.documents);
      yield;
      if (cache) yield* cache.saving();
      mark("read cache saved");
    };
    if (pool) await pool.writeFiles(staging, result.files, previous, meanwhile());
    else {
      for (const _ of meanwhile());
      writeFiles(staging, result.files, previous);
    }
    mark("swap");
    // Swap the new folder in.
    const retired = `${outDir}.retired-${process.pid}`;
    await rename(outDir, retired).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    mkdirSync(path.dirname(outDir), { recursive: true });
    await rename(staging, outDir);
    await rm(retired, { recursive: true, force: true });
    mark("done");
    const { stats } = result;
    if (!values.quiet) {
      console.log(
        `ingest: ${stats.files} files read, ${stats.occurrences} article occurrences, ${stats.unique} unique articles, ${stats.merged} duplicates merged, ${result.warnings.length} warnings → ${values.out}`,
      );
    }
    return 0;
  } finally {
    await pool?.close();
    await rm(staging, { recursive: true, force: true });
  }
}

process.exitCode = await main().catch((error: unknown) => {
  // A bug or a failing disk, not bad input: one line, no stack trace; nothing was swapped in.
  const e = error as NodeJS.ErrnoException;
  say(`ingest: internal error: ${e.code ? `${e.code} ` : ""}${e.message ?? String(error)}`);
  return 1;
});
