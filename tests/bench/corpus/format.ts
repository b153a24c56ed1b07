/**
 * Renders composed articles in the two plain-text seed formats:
 * (a) digest items "Title\n\nTitle\n\nBody…" and (b) article pages
 * "[banner]\n\nTitle\n\nDate\n\nParagraphs and headings…".
 */
import type { ArticleDraft } from "./compose.ts";

/** One digest item: the title twice, then the body paragraphs. */
export function renderDigestItem(article: ArticleDraft): string {
  return [article.title, article.title, ...article.blocks].join("\n\n");
}

/** A digest seed file holding several items. */
export function renderDigestFile(items: readonly ArticleDraft[]): string {
  return `${items.map(renderDigestItem).join("\n\n")}\n`;
}

/** An article-page seed file: optional banner, title, date line, blocks. */
export function renderArticlePage(article: ArticleDraft): string {
  const head = article.banner === undefined ? [] : [article.banner];
  const date = article.date === undefined ? [] : [article.date.line];
  return `${[...head, article.title, ...date, ...article.blocks].join("\n\n")}\n`;
}
