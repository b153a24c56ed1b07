/**
 * Cuts listings into pages (the order is articleDates.ts's byListingOrder).
 */

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
