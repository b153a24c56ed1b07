/**
 * The k best results of a query: (score, id) pairs kept in a max-heap of typed arrays, so offering
 * a document allocates nothing. Lower scores rank first; equal scores rank by lower id.
 */
import { atNumber } from "./at.ts";

/** The k best (lowest score, then lowest id) of a stream of (score, id). */
export class BestScores {
  private readonly scores: Float64Array;
  private readonly ids: Int32Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.scores = new Float64Array(k);
    this.ids = new Int32Array(k);
  }

  /** Whether (a, ia) ranks after (b, ib). */
  private static worse(a: number, ia: number, b: number, ib: number): boolean {
    return a === b ? ia > ib : a > b;
  }

  /** Offers document `id` with `score`; it is kept while among the k best. */
  offer(score: number, id: number): void {
    if (this.k === 0) return;
    const s = this.scores;
    const ids = this.ids;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!BestScores.worse(score, id, atNumber(s, parent), atNumber(ids, parent))) break;
        s[i] = atNumber(s, parent);
        ids[i] = atNumber(ids, parent);
        i = parent;
      }
      s[i] = score;
      ids[i] = id;
      return;
    }
    if (!BestScores.worse(atNumber(s, 0), atNumber(ids, 0), score, id)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c =
        r < this.size && BestScores.worse(atNumber(s, r), atNumber(ids, r), atNumber(s, l), atNumber(ids, l))
          ? r
          : l;
      if (!BestScores.worse(atNumber(s, c), atNumber(ids, c), score, id)) break;
      s[i] = atNumber(s, c);
      ids[i] = atNumber(ids, c);
      i = c;
    }
    s[i] = score;
    ids[i] = id;
  }

  /** The kept entries, best first. */
  sorted(): { ids: Int32Array; scores: Float64Array } {
    const order = Array.from({ length: this.size }, (_, i) => i).sort((a, b) => {
      const sa = atNumber(this.scores, a);
      const sb = atNumber(this.scores, b);
      return sa === sb ? atNumber(this.ids, a) - atNumber(this.ids, b) : sa - sb;
    });
    return {
      ids: Int32Array.from(order, (i) => atNumber(this.ids, i)),
      scores: Float64Array.from(order, (i) => atNumber(this.scores, i)),
    };
  }
}
