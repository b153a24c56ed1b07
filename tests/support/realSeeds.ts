/** The real seed files and the articles the site publishes from them, for tests. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "../../src/lib/ingest/article.ts";
import type { SeedInput } from "../../src/lib/ingest/collect.ts";
import { ingest, type Ingested } from "../../src/lib/ingest/pipeline.ts";

/** The repository's seeds/ folder. */
export const SEEDS_DIR = path.resolve(import.meta.dirname, "../../seeds");

/** Every seeds/*.txt as the ingest reads it. */
export function realSeedFiles(): SeedInput[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(SEEDS_DIR, name)) }));
}

/** The ingest of the real seeds, run once when a test file first imports this module. */
const report = await ingest(realSeedFiles());

/** The full ingest over the real seeds. */
export function realReport(): Ingested {
  return report;
}

/** The unique articles published from the real seeds. */
export function realArticles(): readonly Article[] {
  return report.articles;
}
