/**
 * The plain text of an article body as ingest wrote it in Markdown: remark reads the Markdown,
 * so escapes (`\*`) and autolinks come back as the characters the seed file had. Pure.
 */
import { toString } from "mdast-util-to-string";
import { remark } from "remark";

const parser = remark();

/** Each top-level block's text, separated by a blank line. */
export function markdownToText(markdown: string): string {
  return parser
    .parse(markdown)
    .children.map((node) => toString(node))
    .join("\n\n");
}
