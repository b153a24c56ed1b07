/**
 * Writes an article as a Markdown file with YAML frontmatter (gray-matter).
 *
 * Deterministic: fixed key order, no timestamps, so the same seeds give the same bytes.
 */
import matter from "gray-matter";
import type { Article } from "./ingestSeeds.ts";
import { blocksToMarkdown } from "./markdown.ts";

/**
 * js-yaml dump options, which gray-matter passes through (its types do not list them). noRefs:
 * the data shares no objects to write as YAML anchors, and skipping js-yaml's search for them
 * nearly halves the frontmatter time of a 10,000-article ingest, with the same bytes.
 */
const YAML_OPTIONS = { noRefs: true } as Parameters<typeof matter.stringify>[2];

/** The Markdown file for one article. */
export function articleToMarkdownFile(article: Article): string {
  const data: Record<string, unknown> = {
    title: article.title,
    sourceTitle: article.sourceTitle,
    ...(article.date === undefined ? {} : { date: article.date }),
    summary: article.summary,
    sources: article.sources,
    order: article.order,
    programmes: article.programmes,
    topics: article.topics,
    regions: article.regions,
    partners: article.partners,
    related: article.related,
  };
  return matter.stringify(blocksToMarkdown(article.blocks), data, YAML_OPTIONS);
}
