/**
 * The digest's ingest: the seed pipeline bound to this site's taxonomy and related-article rule.
 * Used by `npm run ingest` and by tests over the real seeds, so both see the same articles.
 */
import { computeRelated } from "./related.ts";
import { ingestSeeds, type Article, type IngestReport, type SeedInput } from "./seed/ingestSeeds.ts";
import { classify } from "./taxonomy/classify.ts";

/** Related articles from shared tags and the full text. */
function relate(articles: readonly Article[]): Map<string, string[]> {
  return computeRelated(
    articles.map((a) => ({
      slug: a.slug,
      programmes: a.programmes,
      topics: a.topics,
      regions: a.regions,
      text: [a.title, ...a.blocks.map((b) => b.text)].join("\n\n"),
    })),
  );
}

/** Ingests seed files with classification and related articles. */
export function ingestDigest(files: readonly SeedInput[]): IngestReport {
  return ingestSeeds(files, { classify: (text) => classify(text), relate });
}
