/**
 * Serialises an article body to Markdown with remark, so seed text stays literal text.
 *
 * Never emits raw HTML or link syntax from seed text: remark escapes what would be markup. The
 * only links are the plain web and e-mail addresses the text spells (autolink.ts).
 */
import type { Heading, Paragraph, Root } from "mdast";
import { remark } from "remark";
import { linkify } from "./autolink.ts";
import type { Block } from "./parseSeed.ts";

/** remark, with the stringify settings that keep the output stable. */
const processor = remark().data("settings", { bullet: "-", emphasis: "_", strong: "*", rule: "-" });

/**
 * Text that remark writes exactly as it is, in a paragraph or a heading: it starts with a letter
 * and holds only letters, marks, digits, single spaces and punctuation that is markup nowhere
 * inside a line. Anything else (`*`, `_`, `[`, `<`, `&`, `#`, `\\`, a leading digit or sign, a
 * line break, spaces at the ends) goes through remark, which escapes it.
 * tests/unit/markdown.test.ts checks the two agree.
 */
const PLAIN = /^\p{L}(?:[\p{L}\p{M}\p{N},;:'’"“”()?%/.+\-–—]| (?! |$))*$/u;

/** Whether remark writes `text` unchanged, and reads it back unchanged, in a paragraph or a heading. */
export function isPlainText(text: string): boolean {
  return PLAIN.test(text) && !text.includes("!");
}

/** The Markdown of one block when remark would write its text unchanged, else undefined. */
function plainBlock(block: Block): string | undefined {
  if (!isPlainText(block.text)) return undefined;
  if (block.type === "heading") return `## ${block.text}`;
  const nodes = linkify(block.text);
  const [only] = nodes;
  return nodes.length === 1 && only?.type === "text" && only.value === block.text ? block.text : undefined;
}

/** Markdown for the blocks: headings at level 2, one paragraph per block. */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  const plain = blocks.map(plainBlock);
  if (plain.every((text) => text !== undefined)) return plain.length === 0 ? "" : `${plain.join("\n\n")}\n`;
  return remarkMarkdown(blocks);
}

/** blocksToMarkdown through remark for every block (what the plain-text path must agree with). */
export function remarkMarkdown(blocks: readonly Block[]): string {
  const root: Root = {
    type: "root",
    children: blocks.map((block): Heading | Paragraph =>
      block.type === "heading"
        ? { type: "heading", depth: 2, children: [{ type: "text", value: block.text }] }
        : { type: "paragraph", children: linkify(block.text) },
    ),
  };
  return processor.stringify(root);
}
