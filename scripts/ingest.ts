/**
 * `npm run ingest`: reads every seeds/*.txt and writes one Markdown file per unique article
 * into src/content/articles/, with the search documents (search-documents.json, from which the
 * build makes the search index) beside them (or --seeds DIR --out DIR).
 *
 * Atomic: the output folder is replaced only when the whole ingest succeeds; on any problem it
 * prints every `file:line: reason`, exits non-zero and leaves what was published untouched.
 *
 * A large digest is ingested on several threads (--workers N sets how many besides the main one;
 * 0 runs everything here): workers tag articles alongside this thread, one relates them while
 * this thread writes the search documents, then all write the Markdown. Each article is made by the same functions whichever
 * thread runs them, so the output is byte-identical for any number of workers.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { digestArticle, relateArticles } from "../src/lib/ingestDigest.ts";
import { byDigestOrder } from "../src/lib/listing.ts";
import { DOCUMENTS_FILE, documentsJson } from "../src/lib/search/documentsFile.ts";
import { collectSeeds, type Article, type SeedInput } from "../src/lib/seed/ingestSeeds.ts";
import { blocksToMarkdown } from "../src/lib/seed/markdown.ts";
import { readSeedFolder } from "../src/lib/seed/seedFolder.ts";
import { printable } from "../src/lib/terminal.ts";
import { writeMarkdown, type WorkerJob, type WorkerReply } from "./ingestWorker.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: "seeds" },
    out: { type: "string", default: "src/content/articles" },
    workers: { type: "string" },
    quiet: { type: "boolean", default: false },
  },
});
const seedsDir = values.seeds;
const outDir = path.resolve(values.out);

/** Below this much seed text, starting worker threads costs more than it saves. */
const PARALLEL_FROM_BYTES = 1024 * 1024;
/** At most this many worker threads. */
const MAX_WORKERS = 3;

/** Every message goes out through these, with control characters escaped (seed text is untrusted). */
const say = {
  error: (text: string) => console.error(printable(text)),
  warn: (text: string) => console.warn(printable(text)),
};

/** Worker threads running scripts/ingestWorker.ts, one job at a time each. */
class WorkerPool {
  readonly size: number;
  private readonly workers: Worker[];

  constructor(size: number) {
    this.size = size;
    this.workers = Array.from(
      { length: size },
      () => new Worker(new URL("./ingestWorker.ts", import.meta.url)),
    );
  }

  /** Runs `job` on worker `i`. */
  run(i: number, job: WorkerJob): Promise<WorkerReply & { ok: true }> {
    const worker = this.workers[i];
    if (!worker) return Promise.reject(new Error(`no worker ${i}`));
    return new Promise((resolve, reject) => {
      const onError = (error: Error): void => reject(error);
      worker.once("error", onError);
      worker.once("message", (reply: WorkerReply) => {
        worker.off("error", onError);
        if (reply.ok) resolve(reply);
        else reject(new Error(`ingest worker: ${reply.error}`));
      });
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** `items` cut into `parts` consecutive slices of nearly equal length. */
function split<T>(items: readonly T[], parts: number): T[][] {
  return Array.from({ length: parts }, (_, k) =>
    items.slice(Math.floor((k * items.length) / parts), Math.floor(((k + 1) * items.length) / parts)),
  );
}

/** Tags every entry: the first slice here, the others on the workers, in parallel. */
async function digestAll(
  entries: Parameters<typeof digestArticle>[0][],
  pool?: WorkerPool,
): Promise<Article[]> {
  if (!pool) return entries.map(digestArticle);
  const [own = [], ...rest] = split(entries, pool.size + 1);
  const jobs = rest.map((slice, i) => pool.run(i, { kind: "articles", entries: slice }));
  const mine = own.map(digestArticle);
  const replies = await Promise.all(jobs);
  return [...mine, ...replies.flatMap((r) => r.articles ?? [])];
}

/** Markdown slices per thread: small enough that no thread waits long for the others. */
const SLICES_PER_THREAD = 8;

/** Writes every article's Markdown file into `dir`, on this thread and the workers, slice by slice. */
async function writeAllMarkdown(
  articles: readonly Article[],
  bodies: readonly string[],
  dir: string,
  pool?: WorkerPool,
): Promise<void> {
  if (!pool) {
    writeMarkdown(articles, dir, bodies);
    return;
  }
  const queue = split(
    articles.map((article, i) => ({ article, body: bodies[i] ?? "" })),
    (pool.size + 1) * SLICES_PER_THREAD,
  );
  const workers = Array.from({ length: pool.size }, async (_, i) => {
    for (let slice = queue.shift(); slice; slice = queue.shift()) {
      await pool.run(i, {
        kind: "markdown",
        articles: slice.map((s) => s.article),
        bodies: slice.map((s) => s.body),
        dir,
      });
    }
  });
  for (let slice = queue.shift(); slice; slice = queue.shift()) {
    writeMarkdown(
      slice.map((s) => s.article),
      dir,
      slice.map((s) => s.body),
    );
    // Let the workers' replies in, so they get their next slice without waiting for this one.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
}

async function main(): Promise<number> {
  const folder = await readSeedFolder(seedsDir).catch((error: NodeJS.ErrnoException) => {
    say.error(`${seedsDir}: cannot read the seed folder (${error.code ?? error.message})`);
    return undefined;
  });
  if (!folder) return 1;
  const seeds: SeedInput[] = folder.files;
  const label = (file: string) => path.join(seedsDir, file);
  for (const warning of folder.warnings) say.warn(`warning: ${label(warning)}`);
  if (seeds.length === 0 && folder.problems.length === 0) {
    say.error(`${seedsDir}: no *.txt seed files; add at least one`);
    return 1;
  }
  const seedBytes = seeds.reduce((n, s) => n + s.bytes.length, 0);
  const workers =
    values.workers !== undefined
      ? Number(values.workers)
      : seedBytes >= PARALLEL_FROM_BYTES
        ? Math.min(availableParallelism() - 1, MAX_WORKERS)
        : 0;
  if (!Number.isInteger(workers) || workers < 0) {
    say.error(`--workers must be a whole number ≥ 0, not "${values.workers ?? ""}"`);
    return 1;
  }
  // Started before parsing, so the workers load their modules while this thread parses.
  const pool = workers > 0 ? new WorkerPool(workers) : undefined;
  const staging = `${outDir}.staging-${process.pid}`;
  try {
    const collected = collectSeeds(seeds);
    for (const warning of collected.warnings) say.warn(`warning: ${label(warning)}`);
    const count = folder.problems.length + collected.problems.length;
    if (count > 0) {
      for (const p of folder.problems) say.error(label(p));
      for (const p of collected.problems) say.error(`${label(p.file)}:${p.line}: ${p.message}`);
      say.error(`ingest failed: ${count} problem(s); nothing was written to ${values.out}`);
      return 1;
    }
    const articles = await digestAll(collected.entries, pool);
    await rm(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    // A worker relates the articles while this thread writes the search documents and turns
    // every body into Markdown; then every thread writes files, taking slices as it frees up.
    const relating = pool ? pool.run(0, { kind: "related", articles }) : undefined;
    const inDigestOrder = [...articles].sort(byDigestOrder);
    writeFileSync(
      path.join(staging, DOCUMENTS_FILE),
      documentsJson(
        inDigestOrder.map((a) => ({
          slug: a.slug,
          title: a.title,
          ...(a.date === undefined ? {} : { date: a.date }),
          programmes: a.programmes,
          topics: a.topics,
          blocks: a.blocks.map((b) => b.text),
        })),
      ),
    );
    const bodies = articles.map((a) => blocksToMarkdown(a.blocks));
    const related = relating
      ? ((await relating).related ?? new Map<string, string[]>())
      : relateArticles(articles);
    for (const article of articles) article.related = related.get(article.slug) ?? [];
    await writeAllMarkdown(articles, bodies, staging, pool);

    // Swap the new folder in.
    const retired = `${outDir}.retired-${process.pid}`;
    await rename(outDir, retired).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    mkdirSync(path.dirname(outDir), { recursive: true });
    await rename(staging, outDir);
    await rm(retired, { recursive: true, force: true });
    const { stats } = collected;
    if (!values.quiet) {
      console.log(
        `ingest: ${stats.files} files read, ${stats.occurrences} article occurrences, ${stats.unique} unique articles, ${stats.merged} duplicates merged, ${collected.warnings.length} warnings → ${values.out}`,
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
  say.error(`ingest: internal error: ${e.code ? `${e.code} ` : ""}${e.message ?? String(error)}`);
  return 1;
});
