/**
 * Astro integration for the search index files (/search/data/*, /search/text/*), built from the
 * search documents that ingest writes next to the articles.
 *
 * - `astro build`: a child process builds them into Astro's cache folder from the moment the
 *   build is configured (after the build-data child: children run one at a time, child.ts), so
 *   it runs on the core Astro leaves idle while it syncs the content and renders the pages (the
 *   index depends on no page); when the build is done they are moved into dist/search/.
 *   No page or endpoint renders them, so they cost the page renderer nothing.
 * - `astro dev`: the dev server builds them on the first request and again whenever ingest
 *   has rewritten the documents.
 */
import type { AstroIntegration } from "astro";
import { existsSync, readFileSync, statSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { baseFolder } from "../lib/paths.ts";
import { DOCUMENTS_FILE, INDEX_BUILD_ERRORS } from "../lib/search/build/documentsFile.ts";
import { DATA_DIR, TEXT_DIR } from "../lib/search/build/siteFiles.ts";
import { runChild } from "./child.ts";

/** Where the integration finds its input, relative to the project root. */
export interface SearchIndexOptions {
  /** The articles folder, holding the search documents file. */
  readonly articlesDir: string;
}

const FOLDERS = [DATA_DIR, TEXT_DIR] as const;

/** The script of the child process that builds the files: beside this module, wherever the project is. */
const WORKER = fileURLToPath(new URL("./searchIndexWorker.ts", import.meta.url));

/** The integration. */
export function searchIndex(options: SearchIndexOptions): AstroIntegration {
  let command = "";
  let root = new URL("file:///");
  let base = "/";
  let cacheDir = new URL("file:///");
  let building: Promise<number> | undefined;
  const documentsPath = (): string =>
    fileURLToPath(new URL(`${options.articlesDir}/${DOCUMENTS_FILE}`, root));
  const stagingPath = (): string => fileURLToPath(new URL("search-index/", cacheDir));

  return {
    name: "wco-search-index",
    hooks: {
      "astro:config:setup": ({ command: c }) => {
        command = c;
      },
      // The base is final only once every integration has set up.
      "astro:config:done": async ({ config }) => {
        root = config.root;
        cacheDir = config.cacheDir;
        base = baseFolder(config.base);
        if (command !== "build") return;
        const documents = documentsPath();
        if (!existsSync(documents)) {
          throw new Error(INDEX_BUILD_ERRORS.noDocuments(documents));
        }
        await rm(stagingPath(), { recursive: true, force: true });
        // In a child process; resolves with the number of files once they are all written.
        building = runChild<{ files: number }>("search index", WORKER, [documents, stagingPath()]).then(
          ({ files }) => files,
        );
        // Reported at build:done; a failure must not go unhandled meanwhile.
        building.catch(() => undefined);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const files = await (building ?? Promise.reject(new Error(INDEX_BUILD_ERRORS.neverStarted)));
        for (const folder of FOLDERS) {
          const target = fileURLToPath(new URL(`search/${folder}`, dir));
          await rm(target, { recursive: true, force: true });
          await rename(`${stagingPath()}${folder}`, target);
        }
        await rm(stagingPath(), { recursive: true, force: true });
        logger.info(`${files} search index files (waited ${Math.round(performance.now() - started)} ms)`);
      },
      "astro:server:setup": ({ server }) => {
        let cached: { mtimeMs: number; files: Promise<Map<string, Uint8Array>> } | undefined;
        const files = (): Promise<Map<string, Uint8Array>> => {
          const { mtimeMs } = statSync(documentsPath());
          if (cached?.mtimeMs !== mtimeMs) {
            // Imported here: the build never needs the index code (or the taxonomy) in this process.
            const json = readFileSync(documentsPath(), "utf8");
            cached = {
              mtimeMs,
              files: import("./searchFiles.ts").then(({ buildSiteSearchFiles }) =>
                buildSiteSearchFiles(json),
              ),
            };
          }
          return cached.files;
        };
        const prefix = `${base}search/`;
        server.middlewares.use((req, res, next) => {
          const name = (req.url ?? "").split("?")[0]?.slice(prefix.length) ?? "";
          if (!req.url?.startsWith(prefix) || !FOLDERS.some((f) => name.startsWith(`${f}/`))) {
            next();
            return;
          }
          files().then(
            (all) => {
              const bytes = all.get(name);
              res.statusCode = bytes ? 200 : 404;
              res.setHeader("Content-Type", "application/octet-stream");
              res.end(bytes ?? "");
            },
            (error: unknown) => next(error),
          );
        });
      },
    },
  };
}
