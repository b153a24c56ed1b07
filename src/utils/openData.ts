/** Binds the open data (src/lib/openData) to this build: its articles, site URL and base path. */
import { byListingOrder, newestAdded } from "../lib/articleDates.ts";
import { openDataFiles, type OpenData } from "../lib/openData/files.ts";
import { markdownToText } from "../lib/openData/plainText.ts";
import { recordMaker, type DataArticle } from "../lib/openData/record.ts";
import { TAXONOMY } from "../lib/taxonomy/data.ts";
import { getArticles } from "./articles.ts";
import { href } from "./url.ts";

/** The licence note every data file carries and the /data/ page shows. */
export const LICENCE_NOTE =
  "The articles are enforcement and capacity-building news from the World Customs Organization (WCO); the text remains the WCO's and is reproduced here as published. This digest is not affiliated with the WCO and grants no licence to the text: check the WCO's terms before republishing it. Titles are repaired, and summaries, tags and dates are added by the digest.";

/** The site's absolute URL for a path below the base (the config's `site`, as every absolute URL). */
export function absolute(path: string): string {
  return new URL(href(path), import.meta.env.SITE).href;
}

/** The open data of this build: the records, in listing order, and the files made of them. */
export interface BuiltOpenData {
  readonly records: readonly DataArticle[];
  readonly files: OpenData;
  /** The newest added date, never the clock; null when no history is known. */
  readonly generated: string | null;
}

let cache: Promise<BuiltOpenData> | undefined;

/** The open data, built once per build (the endpoints and the /data/ page share it). */
export function getOpenData(): Promise<BuiltOpenData> {
  if (import.meta.env.DEV) cache = undefined;
  cache ??= getArticles().then(async (articles) => {
    const make = recordMaker(TAXONOMY, (id) => absolute(`articles/${id}/`));
    const sorted = [...articles].sort((a, b) => byListingOrder(a.data, b.data));
    const records = sorted.map((a) => make({ ...a.data, id: a.id, text: markdownToText(a.body ?? "") }));
    const generated = newestAdded(articles.map((a) => a.data)) ?? null;
    const files = await openDataFiles(records, {
      schemaUrl: absolute("data/articles.schema.json"),
      folderUrl: absolute("data/"),
      generated,
      licence: LICENCE_NOTE,
    });
    return { records, files, generated };
  });
  return cache;
}
