/**
 * APA, BibTeX and RIS for an article, made by citation-js from its CSL-JSON record (citation.ts).
 * Runs at build time only: nothing of citation-js ships to the browser. Deterministic: the record
 * has no access date, so nothing here reads the clock.
 *
 * APA goes through citeproc-js, which costs about 6 ms an article (2 ms in a batch): 60 s of a
 * 10,000-article build. Most titles are plain text that citeproc prints as it is, and the rest of
 * an entry depends only on the date's month and the fixed fields. So `citationFormatsAll` has
 * citeproc format one template per month and shape, with marker values, and puts each article's
 * title, URL, year and day in place of the markers. A title or URL that citeproc might change
 * (quotes, markup, French spacing, final punctuation) is formatted by citeproc itself, in batches.
 * tests/unit/citationFormats.test.ts checks that both ways give citeproc's text.
 */
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import type { CslItem } from "./citation.ts";

/** The formats the "Cite this article" box offers, in its order. */
export interface CitationFormats {
  apa: string;
  bibtex: string;
  ris: string;
}

const APA = { format: "text", template: "apa", lang: "en-US" } as const;

/**
 * citation-js breaks RIS values every 70 characters, even inside a word, and its own reader joins
 * the pieces back with a space, so a long title does not survive the trip. RIS allows long lines:
 * the pieces are joined back without one.
 */
function unwrapRis(ris: string): string {
  return ris.replace(/\n(?![A-Z][A-Z0-9] {2}-)/gu, "");
}

/** Drops the blank lines citation-js ends with (RIS keeps the space of its closing "ER  - "). */
const untail = (text: string): string => text.replace(/\s*\n\s*$/u, "");

/**
 * citation-js marks each bibliography entry by writing ` data-csl-entry-id="…"` into its first
 * tag, even in plain text, where a title that starts with "<word" is no tag: "<Alpha" became
 * `<Alpha data-csl-entry-id="…"`. The text is given back as the record has it.
 */
const unmark = (text: string, id: string): string =>
  text.replace(/^(\s*<[a-z]+) data-csl-entry-id="([^"]*)"/iu, (whole, tag: string, value: string) =>
    value === id ? tag : whole,
  );

/**
 * The three citations of `record`, as plain text (never HTML); `apa` when it is already known.
 * BibTeX and RIS come from the output formats themselves, on the items `new Cite` would parse
 * (the same text, without a Cite per article: 0.3 s less at 10,000 articles).
 */
export function citationFormats(record: CslItem, apa?: string): CitationFormats {
  const items = plugins.input.chain(record);
  return {
    apa: apa ?? untail(unmark(new Cite(record).format("bibliography", APA), record.id)),
    bibtex: untail(plugins.output.format("bibtex", items)),
    ris: untail(unwrapRis(plugins.output.format("ris", items))),
  };
}

/**
 * Titles citeproc prints unchanged: letters, marks, digits, spaces and a few neutral signs, with
 * no quote, markup or sign it respaces, and no final punctuation for it to merge.
 */
const PLAIN_TITLE = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} ,\-–—()/&%+#$€£’]*$/u;
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9.:/_~%-]+$/u;
/** A template's title: distinct per template, or citeproc would tell equal titles apart ("1111a"). */
const titleMark = (n: number): string => `Titlemark${n}x`;
const URL_MARK = "https://urlmark.invalid/";
const YEAR_MARK = 1111;
const DAY_MARK = 28;

/** Whether the APA entry of `record` can be made from a template. */
function templatable(record: CslItem): boolean {
  const parts = record.issued?.["date-parts"][0];
  return (
    PLAIN_TITLE.test(record.title) &&
    PLAIN_URL.test(record.URL) &&
    (parts === undefined || (parts[0] >= 1000 && parts[0] <= 9999 && parts[2] >= 1 && parts[2] <= 31))
  );
}

/** The template record of `record`: markers for its URL, year and day (the title's is set per template). */
function templateOf(record: CslItem): CslItem {
  const parts = record.issued?.["date-parts"][0];
  return {
    ...record,
    id: "template",
    "citation-key": "template",
    title: "",
    URL: URL_MARK,
    ...(parts ? { issued: { "date-parts": [[YEAR_MARK, parts[1], DAY_MARK]] } } : {}),
  };
}

/** APA entries of `records` (distinct ids, distinct titles: citeproc would tell equal ones apart), by id. */
function apaBatch(records: readonly CslItem[], into: Map<string, string>): void {
  if (records.length === 0) return;
  const entries = new Cite(records).format("bibliography", { ...APA, asEntryArray: true });
  for (const [id, text] of entries) into.set(id, untail(unmark(text, id)));
}

/** Splits `records` into lists in which no two share a title. */
function byDistinctTitle<T extends { title: string }>(records: readonly T[]): T[][] {
  const seen = new Map<string, number>();
  const lists: T[][] = [];
  for (const record of records) {
    const k = seen.get(record.title) ?? 0;
    seen.set(record.title, k + 1);
    (lists[k] ??= []).push(record);
  }
  return lists;
}

/** Puts `record`'s values in place of the markers of `template`, or undefined if a marker is not found once. */
function fill(template: { text: string; title: string }, record: CslItem): string | undefined {
  const parts = record.issued?.["date-parts"][0];
  const marks: [string, string][] = [
    [template.title, record.title],
    [URL_MARK, record.URL],
    ...(parts
      ? ([
          [`(${YEAR_MARK}, `, `(${parts[0]}, `],
          [` ${DAY_MARK})`, ` ${parts[2]})`],
        ] as [string, string][])
      : []),
  ];
  let text = template.text;
  for (const [mark, value] of marks) {
    const at = text.indexOf(mark);
    if (at < 0 || text.indexOf(mark, at + 1) >= 0) return undefined;
    text = text.slice(0, at) + value + text.slice(at + mark.length);
  }
  return text;
}

/** The citations of every record, by id: the same text `citationFormats` gives each alone. */
export function citationFormatsAll(records: readonly CslItem[]): Map<string, CitationFormats> {
  const templates = new Map<string, CslItem>();
  const keyOf = new Map<string, string>();
  for (const record of records) {
    if (!templatable(record)) continue;
    const template = templateOf(record);
    const key = JSON.stringify(template);
    keyOf.set(record.id, key);
    const n = templates.size;
    if (!templates.has(key)) templates.set(key, { ...template, id: `template-${n}`, title: titleMark(n) });
  }
  const templateText = new Map<string, string>();
  apaBatch([...templates.values()], templateText);
  const apa = new Map<string, string>();
  const rest: CslItem[] = [];
  for (const record of records) {
    const key = keyOf.get(record.id);
    const template = key === undefined ? undefined : templates.get(key);
    const text =
      template && fill({ text: templateText.get(template.id) ?? "", title: template.title }, record);
    if (text === undefined) rest.push(record);
    else apa.set(record.id, text);
  }
  for (const list of byDistinctTitle(rest)) apaBatch(list, apa);
  return new Map(records.map((record) => [record.id, citationFormats(record, apa.get(record.id))]));
}
