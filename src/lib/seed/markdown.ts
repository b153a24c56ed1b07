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
 * inside a line. Anything else (`*`, `_`, `[`, `<`, `&`, `#`, `\\`, `!`, a leading digit or sign, a
 * line break, spaces at the ends) goes through remark, which escapes it.
 * tests/unit/markdown.test.ts checks the two agree.
 *
 * A loop over code units, not one regular expression: with Unicode classes per character the
 * expression cost 0.1 s at 10,000 articles, and nearly every character is ASCII.
 */
const PLAIN_ASCII = (() => {
  const table = new Uint8Array(128);
  for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,;:'\"()?%/.+-")
    table[c.charCodeAt(0)] = 1;
  return table;
})();
/** A non-ASCII character that may stand in plain text. */
const PLAIN_OTHER = /^[\p{L}\p{M}\p{N}’“”–—]$/u;
const LETTER = /^\p{L}$/u;
const SPACE = 32;

/** Whether remark writes `text` unchanged, and reads it back unchanged, in a paragraph or a heading. */
export function isPlainText(text: string): boolean {
  const head = text.codePointAt(0);
  if (head === undefined || !LETTER.test(String.fromCodePoint(head))) return false;
  for (let i = head > 0xffff ? 2 : 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (PLAIN_ASCII[c] === 1) continue;
      // A single space inside the text: never two, never at the end.
      if (c === SPACE && i + 1 < text.length && text.charCodeAt(i + 1) !== SPACE) continue;
      return false;
    }
    const code = text.codePointAt(i) ?? c;
    if (!PLAIN_OTHER.test(String.fromCodePoint(code))) return false;
    if (code > 0xffff) i++;
  }
  return true;
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
