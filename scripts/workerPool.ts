/**
 * The ingest's worker threads, as the pipeline's `Parallel`: list steps are cut into slices that
 * this thread and the workers take in turn until none are left. The pool also writes the files,
 * the same way. Each worker runs
 * scripts/ingestWorker.ts.
 */
import { linkSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ArticleFile } from "../src/lib/ingest/article.ts";
import type { Parallel, StepInput, StepName, StepOutput } from "../src/lib/ingest/pipeline.ts";

/**
 * The pipeline, loaded on first use: the CLI starts the workers before it loads the pipeline,
 * so they load theirs while it loads its own.
 */
const pipeline = () => import("../src/lib/ingest/pipeline.ts");

/** A job for a worker: a list step over some items, or writing files. */
export type WorkerJob =
  | { readonly step: StepName; readonly items: readonly unknown[] }
  | {
      readonly step: "write";
      readonly dir: string;
      readonly files: readonly ArticleFile[];
      readonly previous?: string;
    };

/**
 * Writes each file into `dir`; returns nothing per file. With `previous` (the folder being
 * replaced), a file whose bytes are already there is linked from it instead: a rebuild then
 * neither creates nor frees the inodes of unchanged articles. (Freeing many inodes slows the
 * creation of the next files on ext4 for minutes, which the following build would pay.)
 */
export function writeFiles(dir: string, files: readonly ArticleFile[], previous?: string): never[] {
  for (const file of files) {
    const to = path.join(dir, file.name);
    if (previous !== undefined && unchanged(path.join(previous, file.name), file.text)) {
      try {
        linkSync(path.join(previous, file.name), to);
        continue;
      } catch {
        // A file system without hard links: write it.
      }
    }
    writeFileSync(to, file.text);
  }
  return [];
}

/** Whether the file at `at` holds exactly `text`. */
function unchanged(at: string, text: string): boolean {
  try {
    const bytes = readFileSync(at);
    return bytes.length === Buffer.byteLength(text) && bytes.toString("utf8") === text;
  } catch {
    return false;
  }
}

/** A worker's answer. */
export type WorkerReply =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/**
 * Below this many seed lines (about 2,000 articles), starting worker threads costs more than it
 * saves. Lines, not bytes: a few huge articles gain nothing from threads.
 */
const PARALLEL_FROM_LINES = 12_000;
/** At most this many worker threads. */
const MAX_WORKERS = 3;

/** How many worker threads an ingest of `files` should start (0: everything on the main thread). */
export function workersFor(files: readonly { readonly bytes: Uint8Array }[]): number {
  let lines = 0;
  for (const { bytes } of files)
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  return lines >= PARALLEL_FROM_LINES ? Math.min(availableParallelism() - 1, MAX_WORKERS) : 0;
}

/**
 * Slices per thread: small enough that no thread waits long for the others. A worker holds up to
 * two slices at the end of a step while this thread has none left, so a slice must be short: at
 * 8 per thread this thread waited ~150 ms at the end of reading 10,000 articles.
 */
const SLICES_PER_THREAD = 24;

/** The worker's module beside this one: TypeScript in scripts/, JavaScript in the ingest's bundle (scripts/ingestBundle.mjs). */
const WORKER_FILE = import.meta.url.endsWith(".ts") ? "./ingestWorker.ts" : "./ingestWorker.mjs";

/** Yields to the event loop once, so that the workers' replies waiting there are handled. */
const replies = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class WorkerPool implements Parallel {
  private readonly workers: Worker[];
  /** Per worker, the jobs sent and not answered yet, oldest first. */
  private readonly waiting: { resolve: (value: unknown) => void; reject: (error: Error) => void }[][];

  /** Starts `size` worker threads (≥ 1); they load their modules while the caller goes on. */
  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => new Worker(new URL(WORKER_FILE, import.meta.url)));
    this.waiting = this.workers.map(() => []);
    this.workers.forEach((worker, w) => {
      const waiting = this.waiting[w] ?? [];
      worker.on("message", (message: WorkerReply) => {
        const job = waiting.shift();
        if (message.ok) job?.resolve(message.value);
        else job?.reject(new Error(`ingest worker: ${message.error}`));
      });
      worker.on("error", (error: Error) => {
        for (const job of waiting.splice(0)) job.reject(error);
      });
    });
  }

  async map<S extends StepName>(step: S, items: readonly StepInput<S>[]): Promise<StepOutput<S>[]> {
    const { runStep } = await pipeline();
    return this.spread(
      items,
      (slice) => runStep(step, slice),
      async (w, slice) => (await this.run(w, { step, items: slice })) as StepOutput<S>[],
    );
  }

  /**
   * Writes `files` into `dir` (as `writeFiles`), on this thread and the workers. This thread first
   * runs the steps of `meanwhile`, handing the workers their next slices between the steps, so
   * they keep writing until it is done.
   */
  async writeFiles(
    dir: string,
    files: readonly ArticleFile[],
    previous?: string,
    meanwhile?: Iterable<unknown>,
  ): Promise<void> {
    const from = previous === undefined ? {} : { previous };
    await this.spread(
      files,
      (slice) => writeFiles(dir, slice, previous),
      async (w, slice) => (await this.run(w, { step: "write", dir, files: slice, ...from })) as never[],
      meanwhile,
    );
  }

  /**
   * `items` in slices that this thread and the workers take in turn; the results in order. This
   * thread runs the steps of `first` before it takes a slice, once the workers have theirs, and
   * lets their replies in after each step, so they get their next slices meanwhile.
   */
  private async spread<T, R>(
    items: readonly T[],
    here: (slice: readonly T[]) => R[],
    there: (worker: number, slice: readonly T[]) => Promise<R[]>,
    first: Iterable<unknown> = [],
  ): Promise<R[]> {
    const count = (this.workers.length + 1) * SLICES_PER_THREAD;
    const slices = Array.from({ length: count }, (_, k) =>
      items.slice(Math.floor((k * items.length) / count), Math.floor(((k + 1) * items.length) / count)),
    );
    const done: R[][] = [];
    let next = 0;
    // Two jobs in flight per worker: it starts the next as soon as it answers, without waiting
    // for this thread to finish its own slice and read the answer.
    const working = Promise.all(
      [...this.workers.keys(), ...this.workers.keys()].map(async (w) => {
        for (let k = next++; k < count; k = next++) done[k] = await there(w, slices[k] ?? []);
      }),
    );
    // A worker's failure is reported by the `await` below; until then it must not count as unhandled.
    working.catch(() => undefined);
    for (const _ of first) await replies();
    for (let k = next++; k < count; k = next++) {
      done[k] = here(slices[k] ?? []);
      // Let the workers' replies in, so they get their next slice without waiting for this one.
      await replies();
    }
    await working;
    return done.flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /**
   * Sends `job` to worker `w` at once; the worker runs its jobs in the order sent and answers each,
   * so answers are matched to jobs in that order.
   */
  private run(w: number, job: WorkerJob): Promise<unknown> {
    const worker = this.workers[w];
    const waiting = this.waiting[w];
    if (!worker || !waiting) return Promise.reject(new Error(`no worker ${w}`));
    return new Promise<unknown>((resolve, reject) => {
      waiting.push({ resolve, reject });
      worker.postMessage(job);
    });
  }
}
