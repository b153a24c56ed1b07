/**
 * Checked indexing for the search engine: a bad id or shard number fails loudly, where `?? 0`
 * would quietly have read document 0. Both helpers are small enough for V8 to inline into the
 * hot loops. There are two because an inlined helper shares one set of type feedback across all
 * its callers: used with every kind of array, `at` alone made the keystroke path 1.7 times
 * slower; `atNumber` sees only the engine's three kinds of typed array.
 */
import { SEARCH_ERRORS } from "./options.ts";

function outOfRange(): never {
  throw new RangeError(SEARCH_ERRORS.outOfRange);
}

/** `items[i]`; throws a RangeError (SEARCH_ERRORS.outOfRange) when `i` is not an index of `items`. */
export function at<T>(items: ArrayLike<T>, i: number): T {
  const item = items[i];
  return item === undefined ? outOfRange() : item;
}

/** `at` for the typed arrays of the hot loops. */
export function atNumber(items: Float64Array | Int32Array | Uint32Array, i: number): number {
  const item = items[i];
  return item === undefined ? outOfRange() : item;
}
