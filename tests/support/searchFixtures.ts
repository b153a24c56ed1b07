/** Search test fixtures: the real articles as search documents, a fully loaded engine, and the exhaustive Fuse.js reference. */
import Fuse from "fuse.js";
import { slugify } from "../../src/lib/seed/slugify.ts";
import { TAXONOMY } from "../../src/lib/taxonomy/data.ts";
import { buildSearchIndex, type BuiltIndex } from "../../src/lib/search/buildIndex.ts";
import { toSearchDocument, type SearchDocument } from "../../src/lib/search/documents.ts";
import { SearchEngine } from "../../src/lib/search/engine.ts";
import { facetNames, facetValues } from "../../src/lib/search/facets.ts";
import { FUSE_DOCUMENT_OPTIONS } from "../../src/lib/search/options.ts";
import { byDigestOrder } from "../../src/lib/listing.ts";
import { realArticles } from "./realSeeds.ts";

let docs: SearchDocument[] | undefined;

/** The real articles as search documents, in digest order (the site's document ids). */
export function realSearchDocuments(): SearchDocument[] {
  docs ??= [...realArticles()]
    .sort(byDigestOrder)
    .map((a) => toSearchDocument({ ...a, blocks: a.blocks.map((b) => b.text) }, facetNames(TAXONOMY)));
  return docs;
}

/** The index of `documents`, built as the site builds it. */
export function buildIndexOf(documents: readonly SearchDocument[]): BuiltIndex {
  return buildSearchIndex(documents, { ...facetValues(TAXONOMY), slugOf: slugify });
}

/** An engine over `documents` with every shard loaded. */
export function loadedEngine(documents: readonly SearchDocument[]): SearchEngine {
  const built = buildIndexOf(documents);
  const engine = new SearchEngine(built.core);
  built.termShards.forEach((bytes, k) => engine.addTermShard(k, bytes));
  built.gramShards.forEach((bytes, k) => engine.addGramShard(k, bytes));
  return engine;
}

/** The exhaustive Fuse.js token search over the documents, with the site's options. */
export function referenceFuse(documents: readonly SearchDocument[]): Fuse<SearchDocument> {
  return new Fuse(documents, { ...FUSE_DOCUMENT_OPTIONS, keys: [...FUSE_DOCUMENT_OPTIONS.keys] });
}
