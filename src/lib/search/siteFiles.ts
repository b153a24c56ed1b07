/**
 * The site's search files, from the ingested articles: the core (vocabulary, document store,
 * facets, embedded shards), the postings shards, and the excerpt texts, each gzip-compressed (the
 * browser decompresses them, so they stay small whatever the server does). The caller
 * passes the compressor: this never touches the file system.
 */
import { buildSearchIndex } from "./buildIndex.ts";
import { toSearchDocument, type SearchSource } from "./documents.ts";
import { tagNames, searchTags, type TaxonomyNames } from "./tagNames.ts";
import { CORE_FILE, gramShardFile, packCore, termShardFile, type EmbeddedShard } from "./format.ts";
import { SEARCH_OPTIONS } from "./options.ts";

/** Folder (below the site's /search/) of the core and the postings shards. */
export const DATA_DIR = "data";
/** Folder (below the site's /search/) of the excerpt texts. */
export const TEXT_DIR = "text";

/** Compresses bytes to a gzip file; must give the same output for the same input. */
export type Gzip = (bytes: Uint8Array) => Promise<Uint8Array>;

/**
 * Every search file, path below /search/ → gzip bytes. `articles` must be in listing order: their
 * position is the document id and the tie-break order of results.
 */
export async function buildSearchFiles(
  articles: readonly SearchSource[],
  taxonomy: TaxonomyNames,
  slugOf: (title: string) => string,
  gzip: Gzip,
): Promise<Map<string, Uint8Array>> {
  const names = tagNames(taxonomy);
  const docs = articles.map((a) => toSearchDocument(a, names));
  const index = buildSearchIndex(docs, { ...searchTags(taxonomy), slugOf });
  const encoder = new TextEncoder();
  const textGroups: Uint8Array[] = [];
  for (let first = 0; first < docs.length; first += SEARCH_OPTIONS.textGroupSize) {
    const bodies = docs.slice(first, first + SEARCH_OPTIONS.textGroupSize).map((d) => d.body);
    textGroups.push(encoder.encode(JSON.stringify(bodies)));
  }
  // Compress everything at once: a threaded compressor works through them in parallel.
  const [termShards, gramShards, texts] = await Promise.all([
    Promise.all(index.termShards.map(gzip)),
    Promise.all(index.gramShards.map(gzip)),
    Promise.all(textGroups.map(gzip)),
  ]);
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
  const files = new Map<string, Uint8Array>();
  files.set(`${DATA_DIR}/${CORE_FILE}.bin`, await gzip(packCore(core, embedded)));
  termShards.forEach((bytes, k) => files.set(`${DATA_DIR}/${termShardFile(k)}.bin`, bytes));
  gramShards.forEach((bytes, k) => files.set(`${DATA_DIR}/${gramShardFile(k)}.bin`, bytes));
  texts.forEach((bytes, k) => files.set(`${TEXT_DIR}/${k}.bin`, bytes));
  return files;
}
