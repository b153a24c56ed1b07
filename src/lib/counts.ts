/**
 * Counts and groups articles by tag, in one pass over the corpus.
 */

/** How many items carry each key. */
export function countBy<T>(items: Iterable<T>, keys: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The items carrying each key, in the input's order. */
export function groupBy<T>(items: Iterable<T>, keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** "1 article", "3 articles". */
export function articleCount(n: number): string {
  return `${n} ${n === 1 ? "article" : "articles"}`;
}
