/**
 * The plain text of an article body as ingest wrote it in Markdown: remark reads the Markdown,
 * so escapes (`\*`) and autolinks come back as the characters the seed file had. A body whose
 * every block is plain text (seed/markdown.ts `isPlainText`: what ingest writes without remark)
 * is read without parsing it: remark would give back the same text, and parsing every body cost
 * 2 s of a 10,000-article build. Pure.
 */
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import { isPlainText } from "../seed/markdown.ts";

const parser = remark();

/** Each top-level block's text, separated by a blank line. */
export function markdownToText(markdown: string): string {
  return plainBlocksText(markdown) ?? remarkText(markdown);
}

/** markdownToText through remark, whatever the body (what the plain path must agree with). */
export function remarkText(markdown: string): string {
  return parser
    .parse(markdown)
    .children.map((node) => toString(node))
    .join("\n\n");
}

/**
 * The text of a body made only of plain paragraphs and "## " headings, one line each (with or
 * without the final line break: Astro trims the body); else undefined.
 */
function plainBlocksText(markdown: string): string | undefined {
  const texts: string[] = [];
  for (const block of (markdown.endsWith("\n") ? markdown.slice(0, -1) : markdown).split("\n\n")) {
    const text = block.startsWith("## ") ? block.slice(3) : block;
    if (!isPlainText(text)) return undefined;
    texts.push(text);
  }
  return texts.join("\n\n");
}
