/**
 * Turns the article Markdown that the ingest writes (paragraphs and "## " headings, serialised by
 * remark) back into plain text blocks for indexing. Never returns markup: escapes and character
 * references are decoded to the literal characters the seed had.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Decodes remark's backslash escapes and character references in one line of Markdown text. */
export function unescapeMarkdown(text: string): string {
  if (!text.includes("\\") && !text.includes("&")) return text;
  return text.replace(
    /\\([!-/:-@[-`{-~])|&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/gu,
    (all, punct: string | undefined, ref: string | undefined) => {
      if (punct !== undefined) return punct;
      if (ref === undefined) return all;
      if (ref.startsWith("#")) {
        const code =
          ref[1] === "x" || ref[1] === "X"
            ? Number.parseInt(ref.slice(2), 16)
            : Number.parseInt(ref.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
      }
      return NAMED[ref] ?? all;
    },
  );
}

/** The text of each block (paragraph or heading) of an article body, in order. */
export function markdownToBlocks(markdown: string): string[] {
  return markdown
    .replace(/\r\n?/gu, "\n")
    .split(/\n[ \t]*\n/u)
    .map((block) =>
      unescapeMarkdown(
        block
          .trim()
          .replace(/^#{1,6}[ \t]+/u, "")
          .replace(/[ \t]*\n[ \t]*/gu, " "),
      ),
    )
    .filter((block) => block.length > 0);
}
