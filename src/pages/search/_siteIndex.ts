/**
 * The site's search index files, built once per build from the article collection (and per
 * request in `astro dev`, which reloads the collection). Only the endpoints under /search/ use it.
 * Never write a file here: Astro writes what the endpoints return.
 */
import { gzipSync } from "node:zlib";
import { buildSearchIndex } from "../../lib/search/buildIndex.ts";
import { toSearchDocument } from "../../lib/search/documents.ts";
import { facetNames, facetValues } from "../../lib/search/facets.ts";
import {
  CORE_FILE,
  gramShardFile,
  packCore,
  termShardFile,
  type EmbeddedShard,
} from "../../lib/search/format.ts";
import { SEARCH_OPTIONS } from "../../lib/search/options.ts";
import { markdownToBlocks } from "../../lib/search/plainText.ts";
import { slugify } from "../../lib/seed/slugify.ts";
import { TAXONOMY } from "../../lib/taxonomy/data.ts";
import { getArticles, type ArticleEntry } from "../../utils/articles.ts";

/** The files of the index: name → gzip bytes (the browser decompresses them). */
export interface SiteIndex {
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** Per group of `textGroupSize` documents (in id order), their body texts as a JSON array of strings, gzip. */
  readonly texts: readonly Uint8Array[];
}

const built = new WeakMap<readonly ArticleEntry[], SiteIndex>();

/** Gzip at the highest level; the output is the same for the same input (no timestamp). */
function gz(data: Uint8Array | string): Uint8Array {
  return gzipSync(data, { level: 9 });
}

/** The index of the current article collection. */
export async function siteIndex(): Promise<SiteIndex> {
  const articles = await getArticles();
  const cached = built.get(articles);
  if (cached) return cached;
  const names = facetNames(TAXONOMY);
  const docs = articles.map((entry) =>
    toSearchDocument(
      {
        slug: entry.id,
        title: entry.data.title,
        date: entry.data.date,
        programmes: entry.data.programmes,
        topics: entry.data.topics,
        blocks: markdownToBlocks(entry.body ?? ""),
      },
      names,
    ),
  );
  const index = buildSearchIndex(docs, { ...facetValues(TAXONOMY), slugOf: slugify });
  const files = new Map<string, Uint8Array>();
  const termShards = index.termShards.map(gz);
  const gramShards = index.gramShards.map(gz);
  termShards.forEach((bytes, k) => files.set(termShardFile(k), bytes));
  gramShards.forEach((bytes, k) => files.set(gramShardFile(k), bytes));
  const core = {
    ...index.core,
    termShardSizes: termShards.map((b) => b.length),
    gramShardSizes: gramShards.map((b) => b.length),
  };
  // The rare-term shard rides with the core (most queries need it); a small index rides whole.
  const total = [...termShards, ...gramShards].reduce((n, b) => n + b.length, 0);
  const embedded: EmbeddedShard[] =
    total <= SEARCH_OPTIONS.embedAllBudgetBytes
      ? [
          ...index.termShards.map((bytes, k) => ({ kind: "term" as const, k, bytes })),
          ...index.gramShards.map((bytes, k) => ({ kind: "gram" as const, k, bytes })),
        ]
      : index.termShards.slice(0, 1).map((bytes, k) => ({ kind: "term" as const, k, bytes }));
  files.set(CORE_FILE, gz(packCore(core, embedded)));
  const texts: Uint8Array[] = [];
  for (let first = 0; first < docs.length; first += SEARCH_OPTIONS.textGroupSize) {
    const bodies = docs.slice(first, first + SEARCH_OPTIONS.textGroupSize).map((d) => d.body);
    texts.push(gz(JSON.stringify(bodies)));
  }
  const result: SiteIndex = { files, texts };
  built.set(articles, result);
  return result;
}

/** A binary response (the endpoints' body). */
export function binary(bytes: Uint8Array): Response {
  // A copy: Node Buffers may be views into a larger pooled ArrayBuffer.
  return new Response(new Uint8Array(bytes).buffer, {
    headers: { "Content-Type": "application/octet-stream" },
  });
}
