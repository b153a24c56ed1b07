/**
 * The document <title>: "Headline · Site" while that fits the length search engines show
 * (70 characters), else the headline alone, so the words that matter are never cut off.
 */
export const MAX_TITLE_LENGTH = 70;

export function pageTitle(title: string, site: string, max = MAX_TITLE_LENGTH): string {
  if (title === site) return site;
  const full = `${title} · ${site}`;
  return full.length <= max ? full : title;
}
