/**
 * Worker thread of the search-index integration: builds the index files from the search
 * documents and writes them into a folder, off the thread that renders the pages. It runs at
 * the lowest CPU priority and compresses on its own thread, so it takes only the CPU time that
 * the build leaves idle and never slows the page rendering it runs beside.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { setPriority } from "node:os";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { buildSiteSearchFiles } from "./searchFiles.ts";

const { documents, outDir } = workerData as { documents: string; outDir: string };
try {
  // On Linux this lowers this thread only (not the process); elsewhere it may be refused.
  setPriority(19);
} catch {
  // Runs at normal priority: slower beside the renderer, same files.
}
try {
  const files = await buildSiteSearchFiles(readFileSync(documents, "utf8"), true);
  const made = new Set<string>();
  for (const [name, bytes] of files) {
    const file = path.join(outDir, name);
    const dir = path.dirname(file);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(file, bytes);
  }
  parentPort?.postMessage({ ok: true, files: files.size });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
