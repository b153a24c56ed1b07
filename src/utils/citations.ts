/** Every article's citations, made in one pass on first use (citationFormatsAll) and kept for the build. */
import { SITE_TITLE } from "../consts";
import { cslRecord, type CitableArticle } from "../lib/citation";
import { citationFormatsAll, type CitationFormats } from "../lib/citationFormats";
import { getArticles, type ArticleEntry } from "./articles";
import { href } from "./url";

/** What the citations know of `article`: its data, slug and canonical URL on `site`. */
export function citableOf(article: ArticleEntry, site: URL | undefined): CitableArticle {
  return { ...article.data, id: article.id, url: new URL(href(`articles/${article.id}/`), site).href };
}

let cache: Promise<Map<string, CitationFormats>> | undefined;

/** The citations of every article, by slug. */
export function getCitations(site: URL | undefined): Promise<Map<string, CitationFormats>> {
  if (import.meta.env.DEV) cache = undefined;
  cache ??= getArticles().then((articles) =>
    citationFormatsAll(articles.map((a) => cslRecord(citableOf(a, site), SITE_TITLE))),
  );
  return cache;
}
