/**
 * The one CSL-JSON record an article is cited from (APA, BibTeX and RIS are all made from it by
 * `citationFormats`). Pure: no Astro, no clock. It never invents an author or a date: the
 * publisher is the site, the World Customs Organization is the organisation the text comes from,
 * and the date is the listing date (the source date when the text states one, else the day the
 * article was added to the digest), with a note saying which.
 */
import { listingDate, type Dated } from "./articleDates.ts";
import { formatDate } from "./dates.ts";
import { absoluteUrl } from "./paths.ts";

/** The organisation whose news the digest collects. */
export const ORIGINATING_ORGANISATION = "World Customs Organization";

/** A CSL-JSON item, as far as an article's citation uses it. */
export interface CslItem {
  id: string;
  /** The BibTeX key: the slug, with "_" for "-" (citation-js takes no "-" in a key). */
  "citation-key": string;
  /**
   * "post-weblog": a dated item on a website. APA then reads "Title. (date). Site. URL", the APA 7
   * form for a news website item without an author ("webpage" would put the site in the author's
   * place), and RIS keeps the day ("article-newspaper" keeps only the year there).
   */
  type: "post-weblog";
  title: string;
  /** The site, both as the website's name and as its publisher. */
  "container-title": string;
  publisher: string;
  /** CSL's "original publisher, for works republished by a different publisher": the WCO. */
  "original-publisher": string;
  /** APA prints this in place of "Original work published …", which expects a year. */
  references: string;
  URL: string;
  issued?: { "date-parts": [[number, number, number]] };
  /** Where the text comes from and, when the date is not the source's, what the date is. */
  note: string;
  language: string;
}

/** What a citation needs to know of an article. */
export interface CitableArticle extends Dated {
  /** The article's slug. */
  readonly id: string;
  readonly title: string;
  /** The article's canonical URL. */
  readonly url: string;
  /** The language (BCP 47) when it is not the site's English. */
  readonly lang?: string | undefined;
}

/** The canonical URL of article `id` on `site`, under `base`. */
export function articleUrl(id: string, base: string, site: string | URL | undefined): string {
  return absoluteUrl(base, site, `articles/${id}/`);
}

const FROM = `From ${ORIGINATING_ORGANISATION} news`;

/** Says what the issued date is when it is not the source's own. */
function dateNote(article: CitableArticle): string | undefined {
  if (article.date !== undefined) return undefined;
  if (article.added !== undefined)
    return `Added to the digest on ${formatDate(article.added)}; the source states no date.`;
  if (article.preview) return "Preview: not yet added to the digest.";
  return "The source states no date.";
}

/** What the "Cite this article" box tells a reader about the date its citations carry. */
export function citedDateText(article: CitableArticle): string {
  if (article.date !== undefined) return `Dated ${formatDate(article.date)}, as the source states.`;
  if (article.added !== undefined)
    return `Dated ${formatDate(article.added)}, the day it was added to the digest: the source states no date.`;
  if (article.preview) return "Undated: a preview, not yet added to the digest.";
  return "Undated: the source states no date.";
}

/** "2023-05-17" → [[2023, 5, 17]]. */
function dateParts(iso: string): [[number, number, number]] {
  const [y = 0, m = 0, d = 0] = iso.split("-").map(Number);
  return [[y, m, d]];
}

/**
 * The CSL-JSON record of `article`, published by `siteTitle`.
 * @returns the record; `issued` is absent when the article has no date at all.
 */
export function cslRecord(article: CitableArticle, siteTitle: string): CslItem {
  const issued = listingDate(article);
  const note = dateNote(article);
  return {
    id: article.id,
    "citation-key": article.id.replaceAll("-", "_"),
    type: "post-weblog",
    title: article.title,
    "container-title": siteTitle,
    publisher: siteTitle,
    "original-publisher": ORIGINATING_ORGANISATION,
    references: FROM,
    URL: article.url,
    ...(issued !== undefined ? { issued: { "date-parts": dateParts(issued) } } : {}),
    note: note === undefined ? `${FROM}.` : `${FROM}. ${note}`,
    language: article.lang ?? "en",
  };
}

/**
 * The `<meta>` tags Zotero's and Google Scholar's importers read. The dates are the source date
 * only (an added date is not a publication date), written as Scholar asks: 2023/05/17.
 */
export function citationMeta(
  article: CitableArticle,
  siteTitle: string,
): { name: string; content: string }[] {
  const date = article.date?.replaceAll("-", "/");
  return [
    { name: "citation_title", content: article.title },
    ...(date !== undefined
      ? [
          { name: "citation_publication_date", content: date },
          { name: "citation_date", content: date },
        ]
      : []),
    { name: "citation_public_url", content: article.url },
    { name: "citation_publisher", content: siteTitle },
    { name: "citation_language", content: article.lang ?? "en" },
  ];
}
