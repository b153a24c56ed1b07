/**
 * Binds the open data (src/lib/openData) to this build: made by the build-data integration's
 * child process during `astro build`, else (the dev server) here on first use, with the same code.
 */
import type { BuiltOpenData } from "../lib/openData/build.ts";
import type { DataFile, WrittenDataFile } from "../lib/openData/files.ts";
import { OPEN_DATA, take } from "../integrations/handoff.ts";
import { getArticles } from "./articles.ts";
import { absoluteUrl } from "../lib/paths.ts";

export { LICENCE_NOTE } from "../lib/openData/licence.ts";

/** The site's absolute URL for a path below the base (the config's `site`, as every absolute URL). */
export function absolute(path: string): string {
  return absoluteUrl(import.meta.env.BASE_URL, import.meta.env.SITE, path);
}

/** A file of the open data: its text, or (in `astro build`) the file the build-data child wrote. */
export type OpenDataFile = DataFile | WrittenDataFile;

let cache: Promise<BuiltOpenData<OpenDataFile>> | undefined;

/** The open data, built once per build (the endpoints and the /data/ page share it). */
export function getOpenData(): Promise<BuiltOpenData<OpenDataFile>> {
  if (import.meta.env.DEV) cache = undefined;
  cache ??=
    take<BuiltOpenData<WrittenDataFile>>(OPEN_DATA) ??
    // Imported here: in `astro build` the renderer never loads the records, CSV and gzip code.
    Promise.all([getArticles(), import("../lib/openData/build.ts")]).then(([articles, { buildOpenData }]) =>
      buildOpenData(
        articles.map((a) => {
          // The build's data store leaves the Markdown out (retainBody in content.config.ts): the
          // build-data integration makes the open data there, so this runs only under astro dev.
          if (a.body === undefined) throw new Error(`open data: no Markdown source for article ${a.id}`);
          return { id: a.id, data: a.data, body: a.body };
        }),
        absolute,
      ),
    );
  return cache;
}
