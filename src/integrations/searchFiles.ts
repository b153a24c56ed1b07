/**
 * The site's search files from the search documents file: the pure builder bound to this site's
 * taxonomy, slug rule and compressor. Shared by the build's worker and the dev server.
 */
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { parseDocuments } from "../lib/search/documentsFile.ts";
import { buildSearchFiles } from "../lib/search/siteFiles.ts";
import { slugify } from "../lib/seed/slugify.ts";
import { TAXONOMY } from "../lib/taxonomy/data.ts";

const gzipAsync = promisify(gzipCallback);

/** Gzip at the highest level, on libuv's thread pool; no timestamp, so the same input gives the same bytes. */
async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return gzipAsync(bytes, { level: 9 });
}

/** Every search file (path below /search/ → gzip bytes) of the documents file's content. */
export function buildSiteSearchFiles(documentsJson: string): Promise<Map<string, Uint8Array>> {
  return buildSearchFiles(parseDocuments(documentsJson), TAXONOMY, slugify, gzip);
}
