/**
 * The ranking rules of the search, in order, each breaking the ties of the one before (after
 * Meilisearch's): 1. query words matched exactly, not by typo (then by a synonym, just below);
 * 2. fewest typos; 3. proximity of the query words; 4. field (title, then tags, then body);
 * 5. how often the words occur relative to the article's length; 6. newest, then title.
 * Pure; ships to the browser.
 */

/** What a document's match looks like to the ranking rules. */
export interface RankKey {
  /** Units matched exactly as typed (whole word, no typo, no prefix). */
  exact: number;
  /** Units matched through a synonym. */
  synonyms: number;
  /** Total typos over the units. */
  typos: number;
  /** Sum over consecutive units of the distance between them, in words (capped; 0 for one unit). */
  proximity: number;
  /** Sum over units of the best field they occur in (0 title, 1 tags, 2 body). */
  field: number;
  /** Occurrences of the units per word of the article. */
  frequency: number;
  /** "YYYY-MM-DD" or "". */
  date: string;
  /** Folded title. */
  title: string;
  /** Document id (listing order): the last tie-break, so the order is total. */
  id: number;
}

/** Distance counted for two query units not found near each other (Meilisearch also caps at 8). */
export const MAX_PROXIMITY = 8;

/** Negative when `a` ranks before `b`. */
export function compareRank(a: RankKey, b: RankKey): number {
  return (
    b.exact - a.exact ||
    b.synonyms - a.synonyms ||
    a.typos - b.typos ||
    a.proximity - b.proximity ||
    a.field - b.field ||
    b.frequency - a.frequency ||
    (a.date === b.date ? 0 : a.date > b.date ? -1 : 1) ||
    (a.title === b.title ? 0 : a.title < b.title ? -1 : 1) ||
    a.id - b.id
  );
}

/** The smallest distance between a position in `a` and one in `b` (both ascending), capped. */
export function minDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return minDistanceIn(a, 0, a.length, b, 0, b.length);
}

/** minDistance over a[aFrom … aTo) and b[bFrom … bTo): ranges of longer lists, without copying them. */
export function minDistanceIn(
  a: ArrayLike<number>,
  aFrom: number,
  aTo: number,
  b: ArrayLike<number>,
  bFrom: number,
  bTo: number,
): number {
  let i = aFrom;
  let j = bFrom;
  let best = MAX_PROXIMITY;
  while (i < aTo && j < bTo && best > 1) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    // A word after the one before it costs its distance; the wrong order costs one more.
    const d = y >= x ? y - x : x - y + 1;
    if (d < best) best = d;
    if (x < y) i++;
    else j++;
  }
  return Math.max(1, best);
}
