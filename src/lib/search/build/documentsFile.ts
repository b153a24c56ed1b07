/**
 * The search documents file that ingest writes next to the articles: every article's searchable
 * fields in listing order, from which the index files are built (in the build, or on demand by
 * the dev server).
 */
import type { SearchSource } from "./documents.ts";

/** File name, inside the articles folder (the collection reads only *.md there). */
export const DOCUMENTS_FILE = "search-documents.json";

/** What can go wrong building the index from the file (build time only; the browser never sees these). */
export const INDEX_BUILD_ERRORS = Object.freeze({
  noDocuments: (file: string) => `search index: ${file} does not exist; run npm run ingest first`,
  neverStarted: "search index: the build never started",
  notAList: `${DOCUMENTS_FILE}: not a list of articles; run npm run ingest`,
});

/** One article's entry in the file: made wherever the article is published, on any thread. */
export function documentJson(article: SearchSource): string {
  return JSON.stringify(article);
}

/** The file's content, from the articles' entries (`documentJson`) in listing order. */
export function documentsJson(entries: readonly string[]): string {
  // Exactly JSON.stringify of the list of articles: an array without white space.
  return `[${entries.join(",")}]`;
}

/** Reads the file's content back; throws on anything that is not an array of articles. */
export function parseDocuments(json: string): SearchSource[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value) || value.some((a) => typeof a !== "object" || a === null || !("slug" in a))) {
    throw new Error(INDEX_BUILD_ERRORS.notAList);
  }
  return value as SearchSource[];
}
