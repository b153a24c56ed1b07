// Runs when `npm install` ends: makes the ingest's bundle (scripts/ingestBundle.mjs) and warms the
// compile cache of the TypeScript the build's child processes load (scripts/warmCompileCache.ts).
// Plain JavaScript, so that it runs on any Node: where Node cannot run TypeScript (older than the
// engines field asks) it warms nothing, and it never fails the install, since a missing bundle is
// made by the first ingest and a cold cache only makes the first build slower.
try {
  const { prepareIngestBundle } = await import("./ingestBundle.mjs");
  await prepareIngestBundle();
} catch (error) {
  console.warn(`postinstall: the ingest's bundle was not made (${error?.message ?? error})`);
}
if (process.features.typescript) {
  try {
    await import("./warmCompileCache.ts");
  } catch (error) {
    console.warn(`postinstall: the ingest's compile cache was not warmed (${error?.message ?? error})`);
  }
}
