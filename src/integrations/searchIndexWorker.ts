/**
 * Child process of the search-index integration: builds the index files from the search
 * documents and writes them into a folder, beside the process that renders the pages. It runs
 * at the lowest CPU priority, so it takes only the CPU time the build leaves idle, and in its
 * own process, so its memory does not add to the renderer's.
 *
 * Usage: node searchIndexWorker.ts <search-documents.json> <output folder>; reports
 * { ok, files } or { ok: false, error } to its parent over IPC.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSiteSearchFiles } from "./searchFiles.ts";
import { errorText } from "../lib/errorText.ts";
import { lowerPriority, reply } from "./child.ts";

const [documents = "", outDir = ""] = process.argv.slice(2);
lowerPriority();
try {
  const files = await buildSiteSearchFiles(readFileSync(documents, "utf8"));
  const made = new Set<string>();
  for (const [name, bytes] of files) {
    const file = path.join(outDir, name);
    const dir = path.dirname(file);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(file, bytes);
  }
  reply({ ok: true, files: files.size });
} catch (error) {
  reply({ ok: false, error: errorText(error) });
  process.exitCode = 1;
}
