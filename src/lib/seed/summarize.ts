/**
 * Writes the plain-text summary used by listings and the meta description.
 *
 * Never cuts inside a word and never exceeds the limit, ellipsis included.
 */

export const SUMMARY_LIMIT = 200;
/** How much of the text is folded at a time. */
const PIECE = 256;

/** The first paragraphs, cut at a word boundary to at most `limit` characters. */
export function summarize(paragraphs: readonly string[], limit = SUMMARY_LIMIT): string {
  // Only the first `limit` characters can show: the paragraphs are joined and their white space
  // folded a piece at a time until there is more than that, never over the whole body.
  let text = "";
  let first = true;
  read: for (const p of paragraphs) {
    const piece = first ? p : ` ${p}`;
    first = false;
    for (let at = 0; at < piece.length; at += PIECE) {
      text = `${text}${piece.slice(at, at + PIECE)}`.replace(/\s+/gu, " ");
      if (text.trim().length > limit) break read;
    }
  }
  text = text.trim();
  if (text.length <= limit) return text;
  const room = text.slice(0, limit); // leaves one character for the ellipsis
  const boundary = room.search(/\s\S*$/u);
  const cut = boundary > 0 ? room.slice(0, boundary) : room.slice(0, limit - 1);
  return `${cut.replace(/[\s,;:.\-–—(]+$/u, "")}…`;
}
