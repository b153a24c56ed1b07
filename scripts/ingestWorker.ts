/**
 * A worker thread of `npm run ingest` (see scripts/workerPool.ts): runs the pipeline's steps on
 * what the main thread sends, with the very functions a single-threaded ingest runs.
 */
import { parentPort } from "node:worker_threads";
import { enableCompileCache } from "./compileCache.ts";
import type { WorkerJob, WorkerReply } from "./workerPool.ts";

// Loaded after the compile cache is on, so they load from it.
enableCompileCache();
const { runStep } = await import("../src/lib/ingest/pipeline.ts");
const { errorText } = await import("../src/lib/errorText.ts");
const { writeFiles } = await import("./workerPool.ts");

parentPort?.on("message", (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    const value =
      job.step === "write"
        ? writeFiles(job.dir, job.files, job.previous)
        : runStep(job.step, job.items as never[]);
    reply = { ok: true, value };
  } catch (error) {
    reply = { ok: false, error: errorText(error) };
  }
  parentPort?.postMessage(reply);
});
