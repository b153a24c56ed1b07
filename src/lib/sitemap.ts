/**
 * Sitemaps (sitemaps.org protocol) for a list of page URLs: as many sitemap files as needed
 * (at most MAX_URLS_PER_SITEMAP URLs each, under the protocol's 50,000) and the index naming
 * them. Deterministic: URLs in code-unit order, no dates.
 */
import { escapeXml } from "./escape.ts";

/** URLs per sitemap file. */
export const MAX_URLS_PER_SITEMAP = 45_000;
/** File name of the sitemap index. */
export const SITEMAP_INDEX = "sitemap-index.xml";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

/** A file to write at the site's root. */
export interface SitemapFile {
  readonly name: string;
  readonly xml: string;
}

/** The sitemap files and their index for `pageUrls` (absolute), with `root` (absolute, ending in "/") where they are served. */
export function buildSitemaps(pageUrls: readonly string[], root: string): SitemapFile[] {
  // Plain code-unit order: locale-aware comparison costs seconds at 100,000 URLs.
  const urls = [...new Set(pageUrls)].sort();
  const files: SitemapFile[] = [];
  for (let i = 0; i * MAX_URLS_PER_SITEMAP < Math.max(urls.length, 1); i++) {
    const chunk = urls.slice(i * MAX_URLS_PER_SITEMAP, (i + 1) * MAX_URLS_PER_SITEMAP);
    const entries = chunk.map((u) => `<url><loc>${escapeXml(u)}</loc></url>`).join("");
    files.push({ name: `sitemap-${i}.xml`, xml: `${XML_HEAD}<urlset ${NS}>${entries}</urlset>\n` });
  }
  const index = files
    .map((f) => `<sitemap><loc>${escapeXml(new URL(f.name, root).href)}</loc></sitemap>`)
    .join("");
  return [...files, { name: SITEMAP_INDEX, xml: `${XML_HEAD}<sitemapindex ${NS}>${index}</sitemapindex>\n` }];
}
