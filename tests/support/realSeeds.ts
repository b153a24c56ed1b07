/** The real seed files and the articles the site publishes from them, for tests. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ingestDigest } from "../../src/lib/ingestDigest.ts";
import type { Article, IngestReport, SeedInput } from "../../src/lib/seed/ingestSeeds.ts";

/** The repository's seeds/ folder. */
export const SEEDS_DIR = path.resolve(import.meta.dirname, "../../seeds");

/** Every seeds/*.txt as the ingest reads it. */
export function realSeedFiles(): SeedInput[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(SEEDS_DIR, name)) }));
}

let report: IngestReport | undefined;

/** The full ingest report over the real seeds (computed once). */
export function realReport(): IngestReport {
  report ??= ingestDigest(realSeedFiles());
  return report;
}

/** The unique articles published from the real seeds. */
export function realArticles(): Article[] {
  return realReport().articles;
}
