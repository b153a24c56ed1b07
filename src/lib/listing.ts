/**
 * Orders articles for listings and cuts listings into pages.
 *
 * Never invents an order from a missing date: undated articles follow the dated ones, in seed order.
 */

import type { Dated } from "./articleDates.ts";

/** Articles with a source date newest first, then the others in seed order. */
export function bySourceDate<T extends Dated>(a: T, b: T): number {
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
