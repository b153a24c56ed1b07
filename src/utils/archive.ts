/** The archive of the built articles (src/lib/archive.ts), computed once per build. */
import { buildArchive, type Archive, type ArchiveMonth } from "../lib/archive.ts";
import { getArticles, type ArticleEntry } from "./articles.ts";

let cache: Promise<Archive<ArticleEntry>> | undefined;

/** Years and months of the archive, newest first, the articles with no date at all, and the previews. */
export function getArchive(): Promise<Archive<ArticleEntry>> {
  if (import.meta.env.DEV) cache = undefined;
  cache ??= getArticles().then((articles) => buildArchive(articles, (a) => a.data));
  return cache;
}

/** Every month of the archive. */
export async function archiveMonths(): Promise<ArchiveMonth<ArticleEntry>[]> {
  return (await getArchive()).years.flatMap((y) => y.months);
}
