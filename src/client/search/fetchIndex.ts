/**
 * Downloads index files and decompresses them in the browser (they are stored gzip-compressed, so
 * they stay small whatever the server does). Never evaluates what it downloads.
 */
import { SEARCH_ERRORS } from "../../lib/search/shared/options.ts";

/** The decompressed bytes of a response holding a gzip file. */
export async function gunzipResponse(response: Response): Promise<Uint8Array> {
  if (typeof DecompressionStream === "undefined") throw new Error(SEARCH_ERRORS.noDecompression);
  if (!response.ok || !response.body) throw new Error(`${SEARCH_ERRORS.fetchFailed}: ${response.url}`);
  const stream = response.body.pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The decompressed bytes of the gzip file at `url`. */
export async function fetchGzip(url: string): Promise<Uint8Array> {
  return gunzipResponse(await fetch(url));
}

/** The decompressed text of the gzip file at `url`. */
export async function fetchGzipText(url: string): Promise<string> {
  return new TextDecoder().decode(await fetchGzip(url));
}
