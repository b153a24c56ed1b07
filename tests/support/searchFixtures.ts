/** Search test fixtures: the real articles as search documents, a fully loaded engine, and the exhaustive Fuse.js reference. */
import Fuse from "fuse.js";
import { slugify } from "../../src/lib/seed/slugify.ts";
import { TAXONOMY } from "../../src/lib/taxonomy/data.ts";
import { buildSearchIndex, type BuiltIndex } from "../../src/lib/search/buildIndex.ts";
import { toSearchDocument, type SearchDocument } from "../../src/lib/search/documents.ts";
import { SearchEngine } from "../../src/lib/search/engine.ts";
import { tagNames, searchTags } from "../../src/lib/search/tagNames.ts";
import { maxErrors } from "../../src/lib/search/format.ts";
import { FUSE_DOCUMENT_OPTIONS, SEARCH_OPTIONS } from "../../src/lib/search/options.ts";
import { byListingOrder } from "../../src/lib/articleDates.ts";
import { realArticles } from "./realSeeds.ts";

let docs: SearchDocument[] | undefined;

/** The real articles as search documents, in listing order (the site's document ids). */
export function realSearchDocuments(): SearchDocument[] {
  docs ??= [...realArticles()]
    .sort(byListingOrder)
    .map((a) => toSearchDocument({ ...a, blocks: a.blocks.map((b) => b.text) }, tagNames(TAXONOMY)));
  return docs;
}

/** The index of `documents`, built as the site builds it. */
export function buildIndexOf(documents: readonly SearchDocument[]): BuiltIndex {
  return buildSearchIndex(documents, { ...searchTags(TAXONOMY), slugOf: slugify });
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

/** More characters than Bitap may get wrong in the longest query word: no alignment can bridge them. */
const GAP = maxErrors(SEARCH_OPTIONS.maxWordLength, SEARCH_OPTIONS.threshold) + 1;
/** Fuse.js's word separators for the field-length norm. */
const FUSE_SPACE = /[\t\n\v\f\r \u00a0]/u;

/**
 * `text` with every run of non-word characters widened to GAP characters — spaces where the run
 * holds a Fuse.js word separator, "·" otherwise — so the words, tokens and word count stay the
 * same but Bitap can no longer align a query word across two words ("inama" ~ "in mai").
 */
export function wordSeparated(text: string): string {
  return text.replace(/[^\p{L}\p{M}\p{N}_]+/gu, (run) => (FUSE_SPACE.test(run) ? " " : "·").repeat(GAP));
}

/** The reference search over word-separated texts (what a word-based index must equal exactly). */
export function wordSeparatedFuse(documents: readonly SearchDocument[]): Fuse<SearchDocument> {
  const separated = documents.map((d) => ({
    ...d,
    title: wordSeparated(d.title),
    tags: wordSeparated(d.tags),
    body: wordSeparated(d.body),
  }));
  return referenceFuse(separated);
}
