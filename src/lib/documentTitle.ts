/**
 * The text of a page's `<title>`: the page's own title and the site name, within the length that
 * browsers' tabs and search results show. The headline itself is never cut anywhere else (the
 * `<h1>`, Open Graph and JSON-LD keep it whole).
 */

/** Longest `<title>`, in characters, that search results show whole (html-validate's limit). */
export const MAX_DOCUMENT_TITLE = 70;

const SEPARATOR = " · ";

/**
 * `Title · Site` when it fits in `max` characters; else the title alone; else the title cut at
 * the last word boundary that leaves room for an ellipsis.
 */
export function documentTitle(title: string, site: string, max = MAX_DOCUMENT_TITLE): string {
  const clean = title.trim();
  if (clean === site) return site;
  const full = `${clean}${SEPARATOR}${site}`;
  if ([...full].length <= max) return full;
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const head = chars.slice(0, max - 1).join("");
  const boundary = head.search(/\s\S*$/u);
  const cut = boundary > max / 2 ? head.slice(0, boundary) : head;
  return `${cut.replace(/[\s,;:.\u2013\u2014-]+$/u, "")}…`;
}
