/**
 * Orders articles for listings and cuts listings into pages.
 *
 * Never invents an order from a missing date: undated articles follow the dated ones, in seed order.
 */

/** What ordering needs to know of an article. */
export interface Orderable {
  readonly date?: string | undefined;
  readonly order: number;
}

/** Dated articles newest first, then undated ones in seed order. */
export function byDigestOrder<T extends Orderable>(a: T, b: T): number {
  if (a.date !== undefined && b.date !== undefined && a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.date !== undefined && b.date === undefined) return -1;
  if (a.date === undefined && b.date !== undefined) return 1;
  return a.order - b.order;
}

/** One page of a listing. */
export interface Page<T> {
  readonly items: readonly T[];
  /** 1-based page number. */
  readonly number: number;
  readonly total: number;
}

/** Splits `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    total,
  }));
}
