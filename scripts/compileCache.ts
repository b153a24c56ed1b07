/**
 * Node's compile cache for the project's own build scripts (the ingest and its worker threads,
 * the build's child processes): their code, compiled once, is kept in node_modules/.cache (as
 * Astro keeps its caches) and reused by every later run. It changes how fast the modules load,
 * never what they do.
 */
import { existsSync } from "node:fs";
import module from "node:module";
import path from "node:path";
import { COMPILE_CACHE } from "./cacheFolders.mjs";

/**
 * The project's folder: the nearest one up from this module holding a package.json. This module
 * runs from scripts/ or from the ingest's bundle in node_modules/.cache (scripts/ingestBundle.mjs).
 */
export function projectRoot(): string {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return path.join(import.meta.dirname, "..");
  }
}

/** The cache folder, in `root`'s node_modules; undefined when there is no node_modules. */
export function compileCacheDir(): string | undefined {
  const root = projectRoot();
  return existsSync(path.join(root, "node_modules")) ? path.join(root, ...COMPILE_CACHE) : undefined;
}

/** Turns the compile cache on for modules loaded after this call, when there is a node_modules. */
export function enableCompileCache(): void {
  const dir = compileCacheDir();
  if (dir !== undefined) module.enableCompileCache?.(dir);
}
