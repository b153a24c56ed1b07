/**
 * Astro integration that makes every article's citations (APA, BibTeX, RIS) and the open data in
 * a child process, at the lowest CPU priority, while Astro syncs the content and bundles and
 * renders the pages; the article pages and the /data/ pages take them (handoff.ts). At 10,000
 * articles they cost the page renderer 1.2–1.7 s (citation-js) and 0.6–0.8 s (the records, the
 * CSV and their gzip sizes). The child reads the same Markdown files through the same schema
 * (src/articleSchema.ts) and makes them with the same code as the pages do under `astro dev`.
 * It writes the open data files into Astro's cache folder, where their endpoints read them; the
 * folder is deleted when the build is done.
 */
import type { AstroIntegration } from "astro";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CitationFormats } from "../lib/citationFormats.ts";
import { runChild } from "./child.ts";
import type { BuiltOpenData } from "../lib/openData/build.ts";
import type { WrittenDataFile } from "../lib/openData/files.ts";
import { CITATIONS, OPEN_DATA, hand } from "./handoff.ts";

/** Where the integration finds its input, relative to the project root. */
export interface BuildDataOptions {
  /** The articles folder (the collection's Markdown files). */
  readonly articlesDir: string;
}

const WORKER = fileURLToPath(new URL("./buildDataWorker.ts", import.meta.url));

/** The integration. */
export function buildData(options: BuildDataOptions): AstroIntegration {
  let command = "";
  let dataDir: string | undefined;
  return {
    name: "wco-build-data",
    hooks: {
      "astro:config:setup": ({ command: c }) => {
        command = c;
      },
      // The site and base are final once every integration has set up.
      "astro:config:done": ({ config }) => {
        if (command !== "build") return;
        dataDir = fileURLToPath(new URL("open-data/", config.cacheDir));
        rmSync(dataDir, { recursive: true, force: true });
        const args = [
          fileURLToPath(new URL(`${options.articlesDir}/`, config.root)),
          config.site ?? "",
          config.base,
          dataDir,
        ];
        const made = runChild<{
          citations: Map<string, CitationFormats>;
          openData: BuiltOpenData<WrittenDataFile>;
        }>(
          "build data",
          WORKER,
          args,
          // A young generation of 4 MB, not V8's 16 to 64: citation-js and the open data make
          // short-lived garbage in bulk, and at 10,000 articles this keeps 60 to 100 MB less of
          // it resident beside the page renderer, at no measurable CPU cost. The worker collects
          // its garbage between its steps (collectGarbage).
          ["--max-semi-space-size=4", "--expose-gc"],
        );
        hand(
          CITATIONS,
          made.then((m) => m.citations),
        );
        hand(
          OPEN_DATA,
          made.then((m) => m.openData),
        );
      },
      // Every endpoint has read its file by now.
      "astro:build:done": () => {
        if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
      },
    },
  };
}
