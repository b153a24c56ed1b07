/**
 * The digest's ingest: the seed pipeline bound to this site's taxonomy and related-article rule.
 * Used by `npm run ingest` (whose worker threads call the same steps) and by tests over the real
 * seeds, so all see the same articles.
 */
import { computeRelated } from "./related.ts";
import {
  ingestSeeds,
  toArticle,
  type Article,
  type IngestReport,
  type SeedEntry,
  type SeedInput,
} from "./seed/ingestSeeds.ts";
import { classify } from "./taxonomy/classify.ts";

/** Related articles from shared tags and the full text. */
export function relateArticles(articles: readonly Article[]): Map<string, string[]> {
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

/** One seed entry made a tagged article (no related articles yet). */
export function digestArticle(entry: SeedEntry): Article {
  return toArticle(entry, (text) => classify(text));
}

/** Ingests seed files with classification and related articles. */
export function ingestDigest(files: readonly SeedInput[]): IngestReport {
  return ingestSeeds(files, { classify: (text) => classify(text), relate: relateArticles });
}
