/**
 * The open data as CSV, one row per article, written by csv-stringify so quoting is never done
 * by hand: a UTF-8 byte order mark (spreadsheets then read UTF-8), every field quoted, CRLF row
 * ends, lists joined with "; ". Pure.
 *
 * Seed text is untrusted, and a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as
 * a formula: such a cell is written with a leading apostrophe, as is one that starts with an
 * apostrophe, so `decodeCell` (drop one leading apostrophe) always gives the text back.
 */
import { stringify } from "csv-stringify/sync";
import type { DataArticle } from "./record.ts";

/** What joins the values of a list field. */
export const LIST_SEPARATOR = "; ";

/** The columns, in order: the JSON fields flattened. */
export const CSV_COLUMNS = [
  "id",
  "url",
  "title",
  "source_title",
  "source_date",
  "added_date",
  "listing_date",
  "preview",
  "summary",
  "text",
  "programmes",
  "programme_names",
  "programme_full_names",
  "topics",
  "topic_names",
  "places",
  "place_names",
  "place_types",
  "place_codes",
  "partners",
  "partner_names",
  "partner_types",
  "sources",
] as const;

/** A column's name. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Cells a spreadsheet would run as a formula, and the apostrophe that marks an escaped cell. */
const NEEDS_MARK = /^['=+\-@\t\r]/u;

/** A cell's text as written: marked with an apostrophe where a spreadsheet would run it. */
export function encodeCell(text: string): string {
  return NEEDS_MARK.test(text) ? `'${text}` : text;
}

/** A cell's text as read back: without the mark `encodeCell` added. */
export function decodeCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

const list = (values: readonly string[]): string => values.join(LIST_SEPARATOR);

/** An article as a CSV row, column by column. */
export function csvRow(a: DataArticle): Record<CsvColumn, string> {
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    source_title: a.sourceTitle,
    source_date: a.dates.source ?? "",
    added_date: a.dates.added ?? "",
    listing_date: a.dates.listing ?? "",
    preview: a.dates.preview ? "true" : "false",
    summary: a.summary,
    text: a.text,
    programmes: list(a.programmes.map((p) => p.slug)),
    programme_names: list(a.programmes.map((p) => p.name)),
    programme_full_names: list(a.programmes.map((p) => p.fullName)),
    topics: list(a.topics.map((t) => t.slug)),
    topic_names: list(a.topics.map((t) => t.name)),
    places: list(a.places.map((p) => p.slug)),
    place_names: list(a.places.map((p) => p.name)),
    place_types: list(a.places.map((p) => p.placeType)),
    place_codes: list(a.places.map((p) => p.code ?? "")),
    partners: list(a.partners.map((p) => p.slug)),
    partner_names: list(a.partners.map((p) => p.name)),
    partner_types: list(a.partners.map((p) => p.partnerType)),
    sources: list(a.sources),
  };
}

/** The CSV file of `articles`: byte order mark, header row, one quoted row per article. */
export function csvFile(articles: readonly DataArticle[]): string {
  const rows = articles.map((a) => {
    const row = csvRow(a);
    return CSV_COLUMNS.map((column) => encodeCell(row[column]));
  });
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...CSV_COLUMNS],
    quoted: true,
    quoted_empty: true,
    record_delimiter: "windows",
  });
}
