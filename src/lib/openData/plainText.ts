/**
 * The plain text of an article body as ingest wrote it in Markdown: remark reads the Markdown,
 * so escapes (`\*`) and autolinks come back as the characters the seed file had. Pure.
 */
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse);

/** Each top-level block's text, separated by a blank line. */
export function markdownToText(markdown: string): string {
  const root = parser.parse(markdown);
  return root.children.map((node) => toString(node)).join("\n\n");
}
