/**
 * The digest's ingest: the seed pipeline bound to this site's taxonomy and related-article rule.
 * Used by `npm run ingest` and by tests over the real seeds, so both see the same articles.
 */
import { ingestSeeds, type IngestReport, type SeedInput } from "./seed/ingestSeeds.ts";
import { classify } from "./taxonomy/classify.ts";

/** Ingests seed files with classification and related articles. */
export function ingestDigest(files: readonly SeedInput[]): IngestReport {
  return ingestSeeds(files, { classify: (text) => classify(text) });
}
