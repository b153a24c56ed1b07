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

/** Markdown for the blocks: headings at level 2, one paragraph per block. */
export function blocksToMarkdown(blocks: readonly Block[]): string {
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
