/**
 * Static measurements of a built dist/: HTML page count, largest page,
 * total size, and the search index's raw, gzip and brotli sizes.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

/**
 * Where the search index lives, relative to dist/ (files or folders; every
 * file under the first one that exists counts). Change here if it moves.
 */
export const SEARCH_INDEX_PATHS = ["search"] as const;

/** Measurements of one dist/ folder. */
export interface DistStats {
  readonly pages: number;
  readonly largestPageBytes: number;
  /** Path of the largest HTML page, relative to dist/. */
  readonly largestPage: string;
  readonly totalBytes: number;
  /** Undefined when none of SEARCH_INDEX_PATHS exists. */
  readonly search?: SearchIndexSize;
}

/** Sizes of the search index files, summed over files. */
export interface SearchIndexSize {
  /** Which SEARCH_INDEX_PATHS entry was found. */
  readonly path: string;
  readonly files: number;
  readonly raw: number;
  /** zlib gzip at its default level (6). */
  readonly gzip: number;
  /** zlib brotli at its default quality (11). */
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
  for (const file of listFiles(distDir)) {
    const size = statSync(file).size;
    totalBytes += size;
    if (!file.endsWith(".html")) continue;
    pages++;
    if (size > largestPageBytes) {
      largestPageBytes = size;
      largestPage = relative(distDir, file);
    }
  }
  const search = measureSearchIndex(distDir);
  const base = { pages, largestPageBytes, largestPage, totalBytes };
  return search === undefined ? base : { ...base, search };
}

/** Raw, gzip and brotli sizes of the search index, if it exists. */
export function measureSearchIndex(distDir: string): SearchIndexSize | undefined {
  const path = SEARCH_INDEX_PATHS.find((p) => existsSync(join(distDir, p)));
  if (path === undefined) return undefined;
  const abs = join(distDir, path);
  const files = statSync(abs).isDirectory() ? listFiles(abs) : [abs];
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
    brotli += brotliCompressSync(bytes).length;
  }
  return { path, files: files.length, raw, gzip, brotli };
}
