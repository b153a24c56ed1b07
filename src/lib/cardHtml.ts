/**
 * One article in a listing, as HTML: headline link, date, summary and tag chips. The same markup
 * the card's template made (tests/unit/cardHtml.test.ts), built as a string: an article's card is
 * the same on every listing it appears in (home, archive, each of its tags' pages), so the build
 * makes it once per article instead of rendering some 60,000 card templates at 10,000 articles.
 * Pure: every value is escaped here, as Astro escapes text and attribute values.
 */
import { formatDate } from "./dates.ts";
import { escapeHtml } from "./escape.ts";

/** What a card shows. */
export interface CardInput {
  /** The article page's link, base path included. */
  readonly href: string;
  readonly title: string;
  /** The language (BCP 47) when it is not the site's English. */
  readonly lang?: string | undefined;
  /** The source's date, the date added, and whether the article is a preview (see ArticleDate.astro). */
  readonly date?: string | undefined;
  readonly added?: string | undefined;
  readonly preview?: boolean | undefined;
  readonly summary: string;
  /** The chips' `<li>` items as HTML (chipItemsHtml), empty when the article has no tags. */
  readonly chips: string;
}

/** A quoted attribute value, escaped as Astro escapes one (`&` and `"`). */
function attribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
}

/** `<time>` with the reader's date (FormattedDate.astro). */
function time(iso: string, className: string): string {
  return `<time datetime="${attribute(iso)}" class="${className}">${escapeHtml(formatDate(iso))}</time>`;
}

/** The date line of a card (ArticleDate.astro, not `full`): the date the listing sorts by, labelled. */
function dateLine(card: CardInput): string {
  // The added day only when the source states no date.
  const added = card.date ? undefined : card.added;
  if (!card.preview && !card.date && added === undefined) return "";
  return [
    '<p class="article-date card-date">',
    card.preview ? '<span class="badge-preview">Preview: not yet added to the digest</span>' : "",
    card.date ? `<span>${time(card.date, "source-date")} (source)</span>` : "",
    added === undefined ? "" : `<span>Added ${time(added, "added-date")}</span>`,
    "</p>",
  ].join("");
}

/** The card's HTML. */
export function cardHtml(card: CardInput): string {
  const lang = card.lang === undefined ? "" : card.lang === "" ? " lang" : ` lang="${attribute(card.lang)}"`;
  const chips =
    card.chips === ""
      ? ""
      : `<ul class="chips" aria-label="${attribute(`Tags of “${card.title}”`)}">${card.chips}</ul>`;
  return (
    `<article class="card"><h2 class="card-title"${lang}><a href="${attribute(card.href)}">` +
    `${escapeHtml(card.title)}</a></h2>${dateLine(card)}` +
    `<p class="card-summary">${escapeHtml(card.summary)}</p>${chips}</article>`
  );
}
