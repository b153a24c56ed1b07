/**
 * The archive: articles by year and month of the date a reader can trust (the source date when
 * the text states one, else the day the article was added), newest first.
 */
import { listingDate, type Dated } from "./articleDates.ts";
import { MONTHS } from "./dates.ts";

/** One month of the archive. */
export interface ArchiveMonth<T> {
  /** "2026", "11": the month's URL segments. */
  readonly year: string;
  readonly month: string;
  /** "November 2026". */
  readonly name: string;
  /** Its articles, in the order given (listing order). */
  readonly articles: readonly T[];
}

/** One year of the archive, its months newest first. */
export interface ArchiveYear<T> {
  readonly year: string;
  readonly months: readonly ArchiveMonth<T>[];
  readonly count: number;
}

/** The archive of `articles` (in listing order; `dated` gives their dates), and those it cannot place (no date at all). */
export function buildArchive<T>(
  articles: readonly T[],
  dated: (article: T) => Dated,
): { years: ArchiveYear<T>[]; undated: T[] } {
  const byMonth = new Map<string, T[]>();
  const undated: T[] = [];
  for (const article of articles) {
    const date = listingDate(dated(article));
    if (date === undefined) {
      undated.push(article);
      continue;
    }
    const key = date.slice(0, 7);
    const list = byMonth.get(key);
    if (list) list.push(article);
    else byMonth.set(key, [article]);
  }
  const years = new Map<string, ArchiveMonth<T>[]>();
  for (const key of [...byMonth.keys()].sort().reverse()) {
    const [year = "", month = ""] = key.split("-");
    const months = years.get(year) ?? [];
    months.push({
      year,
      month,
      name: `${MONTHS[Number(month) - 1] ?? month} ${year}`,
      articles: byMonth.get(key) ?? [],
    });
    years.set(year, months);
  }
  return {
    years: [...years].map(([year, months]) => ({
      year,
      months,
      count: months.reduce((n, m) => n + m.articles.length, 0),
    })),
    undated,
  };
}
