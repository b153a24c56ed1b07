/**
 * Downloads index files and decompresses them in the browser (they are stored gzip-compressed, so
 * they stay small whatever the server does). Never evaluates what it downloads.
 */
import { SEARCH_ERRORS } from "../../lib/search/options.ts";

/** The decompressed bytes of the gzip file at `url`. */
export async function fetchGzip(url: string): Promise<Uint8Array> {
  if (typeof DecompressionStream === "undefined") throw new Error(SEARCH_ERRORS.noDecompression);
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${SEARCH_ERRORS.fetchFailed}: ${url}`);
  const stream = response.body.pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The decompressed text of the gzip file at `url`. */
export async function fetchGzipText(url: string): Promise<string> {
  return new TextDecoder().decode(await fetchGzip(url));
}
