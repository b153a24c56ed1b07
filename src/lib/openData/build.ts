/**
 * The open data of a build, from its articles: the records in listing order, the files made of
 * them (files.ts) and their sizes, for the /data/ page and its endpoints. Pure apart from zlib:
 * the page code (src/utils/openData.ts) and the build's data process
 * (src/integrations/buildDataWorker.ts) both make it here, from the same articles.
 */
import { byListingOrder, newestAdded, type Dated } from "../articleDates.ts";
import { TAXONOMY } from "../taxonomy/data.ts";
import { openDataFiles, type DataFile, type OpenData } from "./files.ts";
import { markdownToText } from "./plainText.ts";
import { recordMaker, type ArticleFacts, type DataArticle } from "./record.ts";
import { LICENCE_NOTE } from "./licence.ts";
import { gzipBytes } from "./split.ts";

/** An article as the collection holds it: its slug, its front matter and its Markdown body. */
export interface OpenDataEntry {
  readonly id: string;
  readonly data: Omit<ArticleFacts, "id" | "text"> & Dated;
  readonly body: string;
}

/** A published file's sizes, as the /data/ page lists them. */
export interface DataFileSize {
  readonly name: string;
  readonly count: number;
  /** UTF-8 bytes. */
  readonly bytes: number;
  /** Bytes gzip-compressed. */
  readonly gzip: number;
}

/** The open data of a build; its files hold their text (`DataFile`) or say where it was written. */
export interface BuiltOpenData<F = DataFile> {
  /** Articles in the data. */
  readonly count: number;
  /** The record the /data/ page cites as an example: the first with a source date, else the first. */
  readonly example: DataArticle | undefined;
  readonly files: OpenData<F>;
  /** Every file of `files.files`, in its order. */
  readonly sizes: readonly DataFileSize[];
  /** The newest added date, never the clock; null when no history is known. */
  readonly generated: string | null;
}

/** The open data of `entries` (in any order), with absolute URLs from `absolute(path)`. */
export async function buildOpenData(
  entries: readonly OpenDataEntry[],
  absolute: (path: string) => string,
): Promise<BuiltOpenData> {
  const make = recordMaker(TAXONOMY, (id) => absolute(`articles/${id}/`));
  const sorted = [...entries].sort((a, b) => byListingOrder(a.data, b.data));
  const records = sorted.map((a) => make({ ...a.data, id: a.id, text: markdownToText(a.body) }));
  const generated = newestAdded(entries.map((a) => a.data)) ?? null;
  const files = await openDataFiles(records, {
    schemaUrl: absolute("data/articles.schema.json"),
    folderUrl: absolute("data/"),
    generated,
    licence: LICENCE_NOTE,
  });
  const sizes = await Promise.all(
    files.files.map(async (f) => ({
      name: f.name,
      count: f.count,
      bytes: Buffer.byteLength(f.text),
      gzip: await gzipBytes(f.text),
    })),
  );
  const example = records.find((r) => r.dates.source !== null) ?? records[0];
  return { count: records.length, example, files, sizes, generated };
}
