/** Listing cards (src/lib/cardHtml.ts) for this build: each article's made once, with its links and chips. */
import { cardHtml } from "../lib/cardHtml.ts";
import type { ArticleEntry } from "./articles.ts";
import { cardTags, chipItemsHtml } from "./tags.ts";
import { href } from "./url.ts";

const made = new WeakMap<ArticleEntry, string>();

/** The card of `article`, as HTML. */
export function articleCardHtml(article: ArticleEntry): string {
  let html = made.get(article);
  if (html === undefined) {
    const { title, date, added, preview, summary, lang } = article.data;
    html = cardHtml({
      href: href(`articles/${article.id}/`),
      title,
      lang,
      date,
      added,
      preview,
      summary,
      chips: chipItemsHtml(cardTags(article.data)),
    });
    made.set(article, html);
  }
  return html;
}
