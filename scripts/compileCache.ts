/**
 * Node's compile cache for the ingest's own modules: their TypeScript, stripped and compiled once,
 * is kept in node_modules/.cache (as Astro keeps its caches) and reused by the next ingest and by
 * every worker thread. It changes how fast the modules load, never what they do.
 */
import { existsSync } from "node:fs";
import module from "node:module";
import path from "node:path";

/** Turns the compile cache on for modules loaded after this call, when there is a node_modules. */
export function enableCompileCache(): void {
  const modules = path.join(import.meta.dirname, "..", "node_modules");
  if (existsSync(modules)) module.enableCompileCache?.(path.join(modules, ".cache", "wco-ingest-compile"));
}
