/** The archive of the built articles (src/lib/archive.ts), computed once per build. */
import { buildArchive, type ArchiveMonth, type ArchiveYear } from "../lib/archive.ts";
import { getArticles, type ArticleEntry } from "./articles.ts";

let cache: Promise<{ years: ArchiveYear<ArticleEntry>[]; undated: ArticleEntry[] }> | undefined;

/** Years and months of the archive, newest first, and the articles with no date at all. */
export function getArchive(): Promise<{ years: ArchiveYear<ArticleEntry>[]; undated: ArticleEntry[] }> {
  if (import.meta.env.DEV) cache = undefined;
  cache ??= getArticles().then((articles) => buildArchive(articles, (a) => a.data));
  return cache;
}

/** Every month of the archive. */
export async function archiveMonths(): Promise<ArchiveMonth<ArticleEntry>[]> {
  return (await getArchive()).years.flatMap((y) => y.months);
}
