/** Static paths for paginated listings: page 1 lives at the listing's own URL, the rest at page/N/. */
import { PAGE_SIZE } from "../consts";
import { paginate, type Page } from "../lib/listing";
import type { ArticleEntry } from "./articles";

/** getStaticPaths entries for pages 2..N of a listing (page 1 is the listing's index route). */
export function laterPages<P extends Record<string, string>>(
  articles: readonly ArticleEntry[],
  params: P,
): { params: P & { page: string }; props: { page: Page<ArticleEntry> } }[] {
  return paginate(articles, PAGE_SIZE)
    .slice(1)
    .map((page) => ({ params: { ...params, page: String(page.number) }, props: { page } }));
}

/** The first page of a listing. */
export function firstPage(articles: readonly ArticleEntry[]): Page<ArticleEntry> {
  return paginate(articles, PAGE_SIZE)[0] as Page<ArticleEntry>;
}
