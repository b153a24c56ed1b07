/**
 * The files of the open data: `articles.json` and `articles.csv`, each cut into numbered parts
 * (`articles-0001.json`, …) when it would be over the gzip limit; `articles.json` then lists the
 * parts instead of holding the articles. Pure: the same records give the same bytes.
 */
import { csvFile } from "./csv.ts";
import type { DataArticle } from "./record.ts";
import { GZIP_LIMIT, splitByGzipSize } from "./split.ts";

/** The data format's version: the major part changes when a field changes meaning or goes. */
export const DATA_VERSION = "1.1.0";

/** What every JSON file of the open data says of itself. */
export interface DataMeta {
  /** Absolute URL of the JSON Schema. */
  readonly schemaUrl: string;
  /** Absolute URL of the folder the files are published in, ending in "/". */
  readonly folderUrl: string;
  /** The newest added date (YYYY-MM-DD), never the clock; null when no history is known. */
  readonly generated: string | null;
  /** The licence note: whose the text is. */
  readonly licence: string;
}

/** One file to publish, by name inside the data folder. */
export interface DataFile {
  /** E.g. "articles.json", "articles-0001.csv". */
  readonly name: string;
  /** Its whole content, published as UTF-8. */
  readonly text: string;
  /** Articles in it (for an index, in all its parts). */
  readonly count: number;
}

/**
 * A data file that the build's data process has written to disk (src/integrations/buildDataWorker.ts):
 * where its content is, rather than the content, so that the page renderer holds each file's
 * text only while its endpoint writes it.
 */
export interface WrittenDataFile {
  readonly name: string;
  /** Absolute path of a file holding exactly the content, UTF-8. */
  readonly path: string;
  readonly count: number;
}

/**
 * Every file to publish (`files`: articles.json, then the JSON parts, then articles.csv or the
 * CSV parts), and the parts of each format (`jsonParts`, `csvParts`; empty when it is whole).
 */
export type OpenData<F = DataFile> = Readonly<Record<"files" | "jsonParts" | "csvParts", readonly F[]>>;

const partName = (i: number, ext: string): string => `articles-${String(i + 1).padStart(4, "0")}.${ext}`;

/** The top-level members every JSON file starts with, as JSON text without braces. */
function head(meta: DataMeta, count: number): string {
  return [
    `"$schema":${JSON.stringify(meta.schemaUrl)}`,
    `"version":${JSON.stringify(DATA_VERSION)}`,
    `"generated":${JSON.stringify(meta.generated)}`,
    `"licence":${JSON.stringify(meta.licence)}`,
    `"count":${count}`,
  ].join(",");
}

/** A JSON file of `lines` (serialised articles), one article a line for readable diffs; `extra` goes before them. */
function articlesJson(meta: DataMeta, lines: readonly string[], extra = ""): string {
  return `{${head(meta, lines.length)}${extra},"articles":[\n${lines.join(",\n")}\n]}\n`;
}

/** The `"key":[…]` member listing `parts`, or nothing when there are none. */
function partsMember(key: string, meta: DataMeta, parts: readonly DataFile[]): string {
  if (parts.length === 0) return "";
  const refs = parts.map((p) => ({
    path: p.name,
    url: new URL(p.name, meta.folderUrl).href,
    count: p.count,
  }));
  return `,${JSON.stringify(key)}:[\n${refs.map((r) => JSON.stringify(r)).join(",\n")}\n]`;
}

/** The open data files of `articles` (in listing order), no file over `limit` bytes gzip-compressed. */
export async function openDataFiles(
  articles: readonly DataArticle[],
  meta: DataMeta,
  limit: number = GZIP_LIMIT,
): Promise<OpenData> {
  const lines = articles.map((a) => JSON.stringify(a));
  const csvWhole = csvFile(articles);
  // Both measured at once, on zlib's threads.
  const [jsonGroups, csvGroups] = await Promise.all([
    splitByGzipSize(
      lines,
      (g) => articlesJson(meta, g),
      (l) => Buffer.byteLength(l),
      limit,
    ),
    splitByGzipSize(
      articles,
      (g) => (g === articles ? csvWhole : csvFile(g)),
      (a) => Buffer.byteLength(csvFile([a])),
      limit,
    ),
  ]);
  const jsonParts =
    jsonGroups.length > 1
      ? jsonGroups.map((g, i) => ({
          name: partName(i, "json"),
          text: articlesJson(meta, g),
          count: g.length,
        }))
      : [];
  const csvParts =
    csvGroups.length > 1
      ? csvGroups.map((g, i) => ({ name: partName(i, "csv"), text: csvFile(g), count: g.length }))
      : [];
  const csvMember = partsMember("csvParts", meta, csvParts);
  const index: DataFile = {
    name: "articles.json",
    count: articles.length,
    text:
      jsonParts.length === 0
        ? articlesJson(meta, lines, csvMember)
        : `{${head(meta, articles.length)}${partsMember("parts", meta, jsonParts)}${csvMember}}\n`,
  };
  const csv: DataFile[] =
    csvParts.length === 0 ? [{ name: "articles.csv", text: csvWhole, count: articles.length }] : csvParts;
  return { files: [index, ...jsonParts, ...csv], jsonParts, csvParts };
}
