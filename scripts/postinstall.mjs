// Runs when `npm install` ends: warms the ingest's compile cache (scripts/warmCompileCache.ts).
// Plain JavaScript, so that it runs on any Node: where Node cannot run TypeScript (older than
// the engines field asks) it does nothing, and it never fails the install, since a cold cache
// only makes the first ingest slower.
if (process.features.typescript) {
  try {
    await import("./warmCompileCache.ts");
  } catch (error) {
    console.warn(`postinstall: the ingest's compile cache was not warmed (${error?.message ?? error})`);
  }
}
