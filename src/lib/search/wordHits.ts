/**
 * One query word's matches: per document and field, the best Bitap score of the terms (or the
 * n-gram) it matches, gathered from decoded postings blocks; and the engine's per-word caches.
 */
import { atNumber } from "./at.ts";
import type { DecodedBlock } from "./postings.ts";

/** The documents a query word matches, and how well. */
export interface WordHits {
  /** Matching documents, ascending. */
  readonly docs: Int32Array;
  /** Best Bitap score per document and field (docCount × fields; 1 = no match). */
  readonly best: Float64Array;
  /** Whether a token (lower-cased) matches the word, for highlighting. */
  readonly matches: (term: string) => boolean;
}

/** Word hits being gathered: scores start at 1 (no match); `docs` lists each document once, in the order found. */
export class HitsBuilder {
  readonly best: Float64Array;
  private readonly seen: Uint8Array;
  private readonly docs: number[] = [];

  constructor(
    docCount: number,
    private readonly fields: number,
  ) {
    this.best = new Float64Array(docCount * fields).fill(1);
    this.seen = new Uint8Array(docCount);
  }

  /** Adds the postings of key `slot` in `block`, every one scored `score` (kept where it is better). */
  add(block: DecodedBlock, slot: number, score: number): void {
    const F = this.fields;
    const best = this.best;
    const seen = this.seen;
    const { ids, offsets } = block;
    for (let f = 0; f < F; f++) {
      const to = atNumber(offsets, slot * F + f + 1);
      for (let j = atNumber(offsets, slot * F + f); j < to; j++) {
        const d = atNumber(ids, j);
        const k = d * F + f;
        if (score < atNumber(best, k)) best[k] = score;
        if (seen[d] === 0) {
          seen[d] = 1;
          this.docs.push(d);
        }
      }
    }
  }

  /** The gathered hits. */
  done(matches: (term: string) => boolean): WordHits {
    return { docs: Int32Array.from(this.docs).sort(), best: this.best, matches };
  }
}

/** Sets `key` in a per-word cache of at most `limit` entries (the oldest is dropped). */
export function remember<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
  map.set(key, value);
  if (map.size > limit) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}
