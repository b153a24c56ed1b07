/**
 * Checked indexing for the search engine: a bad id or shard number fails loudly, where `?? 0`
 * would quietly have read document 0. Each helper is small enough for V8 to inline into the hot
 * loops. The typed ones exist because an inlined helper shares one set of type feedback across
 * all its callers: used with every kind of array, `at` alone made the keystroke path 1.7 times
 * slower; each typed helper sees a single array type.
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

/** `at` for a Float64Array. */
export function atF64(items: Float64Array, i: number): number {
  const item = items[i];
  return item === undefined ? outOfRange() : item;
}

/** `at` for an Int32Array. */
export function atI32(items: Int32Array, i: number): number {
  const item = items[i];
  return item === undefined ? outOfRange() : item;
}

/** `at` for a Uint32Array. */
export function atU32(items: Uint32Array, i: number): number {
  const item = items[i];
  return item === undefined ? outOfRange() : item;
}

/** `at` for a Uint8Array. */
export function atU8(items: Uint8Array, i: number): number {
  const item = items[i];
  return item === undefined ? outOfRange() : item;
}
