/**
 * The project's own caches, inside node_modules/.cache as Astro keeps its caches. Plain JavaScript,
 * so that the plain-JavaScript launcher (scripts/ingestBundle.mjs) and the TypeScript
 * (scripts/compileCache.ts) name the very same folders.
 */

/** Node's compile cache for the ingest, its workers and the build's child processes. */
export const COMPILE_CACHE = ["node_modules", ".cache", "wco-compile"];
