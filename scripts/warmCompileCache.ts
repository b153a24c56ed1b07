/**
 * Fills the project's compile cache (scripts/compileCache.ts) with the modules every ingest and
 * every build's child processes load, as `npm install` ends (scripts/postinstall.mjs), so that
 * the first ingest and build of a fresh clone load them compiled, as every later one does: 0.4–0.5 s
 * of the ingest's start at 10,000 articles. It loads the modules and runs nothing.
 */
import module from "node:module";
import { enableCompileCache } from "./compileCache.ts";

enableCompileCache();
await import("../src/lib/ingest/pipeline.ts");
await import("../src/lib/errorText.ts");
await import("./workerPool.ts");
// What the build's child processes load (src/integrations/*Worker.ts, which run when loaded).
await import("../src/integrations/searchFiles.ts");
await import("../src/lib/citationFormats.ts");
await import("../src/lib/openData/build.ts");
await import("../src/articleSchema.ts");
await import("gray-matter");
module.flushCompileCache?.();
