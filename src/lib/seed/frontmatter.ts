/**
 * Writes an article as a Markdown file with YAML front matter, in the layout gray-matter reads and
 * writes.
 *
 * The YAML is written in flow style, one `key: value` line per field with values as JSON
 * (JSON is YAML), escaping what YAML parsers refuse raw: js-yaml's block-style dump took a
 * second of a 10,000-article ingest, this takes a tenth of that, and the flow style also
 * parses faster when Astro reads the files.
 *
 * Deterministic: fixed key order, no timestamps, so the same seeds give the same bytes.
 */
import type { Article } from "../ingest/article.ts";
import { blocksToMarkdown } from "./markdown.ts";

/**
 * Characters escaped beyond JSON's own escapes: YAML 1.1 parsers read U+0085, U+2028 and U+2029
 * as line breaks, and some refuse DEL, C1 controls, a BOM or non-characters raw. Escaped, every
 * YAML parser reads the same text (js-yaml 4, which Astro uses, would accept them raw).
 */
const NOT_RAW = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/gu;
/** The same characters, for a quick test (one of them is in few values). */
const HAS_NOT_RAW = new RegExp(NOT_RAW.source, "u");

/** A YAML flow value (JSON, with the characters YAML refuses raw escaped as \uXXXX). */
function flowValue(value: unknown): string {
  const json = JSON.stringify(value);
  if (!HAS_NOT_RAW.test(json)) return json;
  return json.replace(NOT_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** YAML for a flat record of strings, numbers and string lists: one `key: value` line per field. */
export function flowYaml(
  data: Readonly<Record<string, string | number | boolean | readonly string[]>>,
): string {
  return Object.entries(data)
    .map(([key, value]) => `${key}: ${flowValue(value)}`)
    .join("\n");
}

/** The Markdown file for one article (`body`: its blocks as Markdown, when already made). */
export function articleToMarkdownFile(article: Article, body = blocksToMarkdown(article.blocks)): string {
  const data: Record<string, string | number | boolean | readonly string[]> = {
    title: article.title,
    sourceTitle: article.sourceTitle,
    ...(article.date === undefined ? {} : { date: article.date }),
    ...(article.added === undefined ? {} : { added: article.added }),
    ...(article.preview ? { preview: true } : {}),
    ...(article.lang === undefined ? {} : { lang: article.lang }),
    summary: article.summary,
    sources: article.sources,
    order: article.order,
    programmes: article.programmes,
    topics: article.topics,
    regions: article.regions,
    partners: article.partners,
    countries: article.countries,
    related: article.related,
  };
  // The file gray-matter's stringify writes (front matter between "---" lines, the body ending in
  // a line break), made directly: gray-matter first parses its input as a file of its own, which
  // cost 0.1 s of a 10,000-article ingest and would read a body that opens with "---" as front matter.
  return `---\n${flowYaml(data)}\n---\n${body.endsWith("\n") ? body : `${body}\n`}`;
}

/** A front matter key as `articleToMarkdownFile` writes them. */
const KEY = /^[A-Za-z][A-Za-z0-9]*$/u;

/**
 * Reads back a file in the layout `articleToMarkdownFile` writes: its front matter and body, as
 * gray-matter reads them. Each front matter line is `key: <JSON>` (JSON is YAML), read as JSON,
 * many times faster than a YAML parser. Undefined for a file laid out otherwise (edited by hand,
 * say), which the caller reads with gray-matter.
 */
export function readFlowFile(text: string): { data: Record<string, unknown>; content: string } | undefined {
  if (!text.startsWith("---\n")) return undefined;
  // gray-matter's front matter ends at the first line that starts with "---".
  const close = text.indexOf("\n---", 3);
  if (close < 0 || text.charAt(close + 4) !== "\n") return undefined;
  const data: Record<string, unknown> = {};
  for (const line of text.slice(4, close).split("\n")) {
    const colon = line.indexOf(": ");
    const key = line.slice(0, colon);
    if (colon <= 0 || !KEY.test(key) || Object.hasOwn(data, key)) return undefined;
    try {
      data[key] = JSON.parse(line.slice(colon + 2));
    } catch {
      return undefined;
    }
  }
  return { data, content: text.slice(close + 5) };
}
