/**
 * Static measurements of a built dist/: HTML page count, largest page,
 * total size, and the search index's on-disk size and its payload raw, gzip and brotli.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, gunzipSync, gzipSync } from "node:zlib";

/**
 * Where the search index lives, relative to dist/ (every non-HTML file under
 * the first entry that exists counts). Change here if it moves.
 */
export const SEARCH_INDEX_PATHS = ["search"] as const;

/**
 * Index files the browser fetches before it can answer the first query,
 * relative to the search index folder; their transfer size is checked
 * against the download budget (a lower bound: the first query may also
 * fetch shards — the latency hook can report the real transfer).
 */
export const SEARCH_INITIAL_FILES = ["data/core.bin"] as const;

/** The world map's outline sprite, relative to dist/, and the element a page shows the map in. */
export const MAP_SPRITE = "world-map.svg";
const MAP_FIGURE = /<figure class="world-map[^"]*"[^>]*>[\s\S]*?<\/figure>/u;

/** Measurements of one dist/ folder. */
export interface DistStats {
  readonly pages: number;
  readonly largestPageBytes: number;
  /** Path of the largest HTML page, relative to dist/. */
  readonly largestPage: string;
  readonly totalBytes: number;
  /** The world map's largest cost on a page that shows it: its inline figure plus the outline sprite if it uses it, gzip. */
  readonly map?: { readonly bytes: number; readonly page: string };
  /** Undefined when none of SEARCH_INDEX_PATHS exists. */
  readonly search?: SearchIndexSize;
}

/** Sizes of the search index files, summed (cheap: no compression but for the initial files). */
export interface SearchIndexSize {
  /** Which SEARCH_INDEX_PATHS entry was found. */
  readonly path: string;
  readonly files: number;
  /** Bytes on disk (pre-gzipped files as they are). */
  readonly onDisk: number;
  /** SEARCH_INITIAL_FILES that exist, as transferred (gzip level 6 unless already compressed). */
  readonly initial?: number;
}

/** Payload sizes of the search index (pre-gzipped files decompressed), raw and recompressed per file. */
export interface SearchCompression {
  readonly raw: number;
  /** zlib gzip, level 6. */
  readonly gzip: number;
  /** zlib brotli, quality 11. */
  readonly brotli: number;
}

/** Every file below `dir` (absolute paths). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p));
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

/** Measures a dist/ folder. */
export function measureDist(distDir: string): DistStats {
  let pages = 0;
  let largestPageBytes = 0;
  let largestPage = "";
  let totalBytes = 0;
  const sprite = join(distDir, MAP_SPRITE);
  const spriteGzip = existsSync(sprite) ? gzipSync(readFileSync(sprite)).length : undefined;
  let map: { bytes: number; page: string } | undefined;
  for (const file of listFiles(distDir)) {
    const size = statSync(file).size;
    totalBytes += size;
    if (!file.endsWith(".html")) continue;
    pages++;
    if (spriteGzip !== undefined) {
      const figure = MAP_FIGURE.exec(readFileSync(file, "utf8"))?.[0];
      // A full map fetches the sprite; a small one inlines its outlines.
      const fetched = figure?.includes(MAP_SPRITE) ? spriteGzip : 0;
      const bytes = figure === undefined ? 0 : fetched + gzipSync(figure).length;
      if (figure !== undefined && bytes > (map?.bytes ?? -1)) map = { bytes, page: relative(distDir, file) };
    }
    if (size > largestPageBytes) {
      largestPageBytes = size;
      largestPage = relative(distDir, file);
    }
  }
  const search = measureSearchIndex(distDir);
  const base = { pages, largestPageBytes, largestPage, totalBytes, ...(map ? { map } : {}) };
  return search === undefined ? base : { ...base, search };
}

/** The search index folder and its non-HTML files, if it exists. */
function searchFiles(distDir: string): { path: string; abs: string; files: string[] } | undefined {
  const path = SEARCH_INDEX_PATHS.find((p) => existsSync(join(distDir, p)));
  if (path === undefined) return undefined;
  const abs = join(distDir, path);
  const files = (statSync(abs).isDirectory() ? listFiles(abs) : [abs]).filter((f) => !f.endsWith(".html"));
  return { path, abs, files };
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** File count, on-disk size and initial download of the search index, if it exists. */
export function measureSearchIndex(distDir: string): SearchIndexSize | undefined {
  const found = searchFiles(distDir);
  if (found === undefined) return undefined;
  let onDisk = 0;
  for (const file of found.files) onDisk += statSync(file).size;
  let initial: number | undefined;
  for (const name of SEARCH_INITIAL_FILES) {
    const file = join(found.abs, name);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    initial = (initial ?? 0) + (isGzip(bytes) ? bytes.length : gzipSync(bytes).length);
  }
  const base = { path: found.path, files: found.files.length, onDisk };
  return initial === undefined ? base : { ...base, initial };
}

/**
 * Raw, gzip and brotli payload sizes of the search index, compressing each
 * file separately (as HTTP does). Slow-ish (brotli-11 costs ~2 ms even for a
 * small file), so the bench runs it once per size, not per run.
 */
export function measureSearchCompression(distDir: string): SearchCompression | undefined {
  const found = searchFiles(distDir);
  if (found === undefined) return undefined;
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of found.files) {
    const bytes = readFileSync(file);
    const payload = isGzip(bytes) ? gunzipSync(bytes) : bytes;
    raw += payload.length;
    gzip += gzipSync(payload).length;
    brotli += brotliCompressSync(payload).length;
  }
  return { raw, gzip, brotli };
}
