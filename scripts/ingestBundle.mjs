/**
 * The ingest as one bundle of JavaScript (esbuild), kept in node_modules/.cache/wco-ingest-bundle/
 * as Astro keeps its caches: `npm run ingest` (scripts/runIngest.mjs) runs it rather than
 * scripts/ingest.ts, so Node neither strips the types of ~300 modules nor resolves and links them
 * one by one, on the main thread and again on each worker (0.2–0.3 s of a 10,000-article ingest).
 * Same source, same output: the bundle is the code of scripts/ and src/ as it stands.
 *
 * It is made on first use and made again whenever what it was made from changes: every project
 * file it holds (by content), the installed packages (package-lock.json), Node and esbuild. When it
 * cannot be made, the ingest runs from its TypeScript as before. Plain JavaScript: it runs before
 * any TypeScript does.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import module from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { COMPILE_CACHE } from "./cacheFolders.mjs";

/** The project folder. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The modules bundled, each an output file of the same name (.mjs). */
const ENTRIES = ["scripts/ingest.ts", "scripts/ingestWorker.ts"];
/** The layout of the manifest and the bundle; bump when either changes. */
const FORMAT = 1;
/** Bundles older than this, and not the current one, are deleted when a new one is made. */
const KEEP_OLD_MS = 60 * 60 * 1000;

const cacheDir = (root) => path.join(root, "node_modules", ".cache", "wco-ingest-bundle");
const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

/** What every bundle depends on besides the project's own files. */
function environment(root, esbuildVersion) {
  const lock = path.join(root, "package-lock.json");
  return sha256(
    JSON.stringify({
      format: FORMAT,
      node: process.version,
      esbuild: esbuildVersion,
      lock: existsSync(lock) ? sha256(readFileSync(lock)) : "",
    }),
  );
}

/** The manifest of the current bundle, when it exists and everything it was made from is unchanged. */
function freshManifest(root) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(cacheDir(root), "manifest.json"), "utf8"));
  } catch {
    return undefined;
  }
  if (manifest?.format !== FORMAT || manifest.environment !== environment(root, manifest.esbuild))
    return undefined;
  for (const [file, hash] of Object.entries(manifest.inputs ?? {})) {
    try {
      if (sha256(readFileSync(path.join(root, file))) !== hash) return undefined;
    } catch {
      return undefined;
    }
  }
  return existsSync(path.join(cacheDir(root), manifest.dir, "ingest.mjs")) ? manifest : undefined;
}

/** Makes a bundle and makes it the current one; returns its folder's name. */
async function build(root) {
  const esbuild = await import("esbuild");
  const dir = `b-${process.pid}-${Date.now()}`;
  const out = path.join(cacheDir(root), dir);
  mkdirSync(cacheDir(root), { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: `node${process.versions.node}`,
    outdir: out,
    entryNames: "[name]",
    chunkNames: "chunk-[hash]",
    outExtension: { ".js": ".mjs" },
    metafile: true,
    logLevel: "silent",
  });
  // The project's files by content; the packages' through package-lock.json.
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs).sort()) {
    if (file.split(/[\\/]/u).includes("node_modules")) continue;
    inputs[file] = sha256(readFileSync(path.join(root, file)));
  }
  const manifest = {
    format: FORMAT,
    esbuild: esbuild.version,
    environment: environment(root, esbuild.version),
    dir,
    inputs,
  };
  // Atomic: a concurrent ingest reads either the old manifest or this one, never half of one.
  const temporary = path.join(cacheDir(root), `manifest.${process.pid}.tmp`);
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, path.join(cacheDir(root), "manifest.json"));
  for (const name of readdirSync(cacheDir(root))) {
    const old = path.join(cacheDir(root), name);
    if (name.startsWith("b-") && name !== dir && Date.now() - statSync(old).mtimeMs > KEEP_OLD_MS) {
      rmSync(old, { recursive: true, force: true });
    }
  }
  return dir;
}

/**
 * The URL of the ingest to run: the bundle, made first if it is missing or stale, or
 * scripts/ingest.ts when there is no node_modules or the bundle cannot be made (`warn` says why).
 * Turns Node's compile cache on first, as scripts/compileCache.ts does.
 */
export async function ingestEntry(root = ROOT, warn = (text) => console.error(text)) {
  const source = pathToFileURL(path.join(root, "scripts", "ingest.ts")).href;
  if (!existsSync(path.join(root, "node_modules"))) return source;
  module.enableCompileCache?.(path.join(root, ...COMPILE_CACHE));
  try {
    const dir = freshManifest(root)?.dir ?? (await build(root));
    return pathToFileURL(path.join(cacheDir(root), dir, "ingest.mjs")).href;
  } catch (error) {
    warn(`ingest: running from source; the bundle could not be made (${error?.message ?? error})`);
    return source;
  }
}

/** Makes the bundle now if it is missing or stale (npm install does, so the first ingest need not). */
export async function prepareIngestBundle(root = ROOT) {
  if (freshManifest(root) === undefined) await build(root);
}
