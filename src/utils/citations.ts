/**
 * Every article's citations, by slug: made by the build-data integration's child process during
 * `astro build`, else (the dev server) in one pass here on first use, with the same code.
 */
import { SITE_TITLE } from "../consts";
import { CITATIONS, take } from "../integrations/handoff";
import { articleUrl, cslRecord, type CitableArticle } from "../lib/citation";
import type { CitationFormats } from "../lib/citationFormats";
import { getArticles, type ArticleEntry } from "./articles";

/** What the citations know of `article`: its data, slug and canonical URL on `site`. */
export function citableOf(article: ArticleEntry, site: URL | undefined): CitableArticle {
  return { ...article.data, id: article.id, url: articleUrl(article.id, import.meta.env.BASE_URL, site) };
}

let cache: Promise<Map<string, CitationFormats>> | undefined;

/** The citations of every article, by slug. */
export function getCitations(site: URL | undefined): Promise<Map<string, CitationFormats>> {
  if (import.meta.env.DEV) cache = undefined;
  cache ??=
    take<Map<string, CitationFormats>>(CITATIONS) ??
    // Imported here: in `astro build` the renderer never loads citation-js.
    Promise.all([getArticles(), import("../lib/citationFormats")]).then(
      ([articles, { citationFormatsAll }]) =>
        citationFormatsAll(articles.map((a) => cslRecord(citableOf(a, site), SITE_TITLE))),
    );
  return cache;
}
