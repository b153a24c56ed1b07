/**
 * Writes the plain-text summary used by listings and the meta description.
 *
 * Never cuts inside a word and never exceeds the limit, ellipsis included.
 */

export const SUMMARY_LIMIT = 200;

/** The first paragraphs, cut at a word boundary to at most `limit` characters. */
export function summarize(paragraphs: readonly string[], limit = SUMMARY_LIMIT): string {
  const text = paragraphs.join(" ").replace(/\s+/gu, " ").trim();
  if (text.length <= limit) return text;
  const room = text.slice(0, limit); // leaves one character for the ellipsis
  const boundary = room.search(/\s\S*$/u);
  const cut = boundary > 0 ? room.slice(0, boundary) : room.slice(0, limit - 1);
  return `${cut.replace(/[\s,;:.\-–—(]+$/u, "")}…`;
}
