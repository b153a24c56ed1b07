/**
 * The k best results of a query: (score, id) pairs kept in a max-heap of typed arrays, so offering
 * a document allocates nothing. Lower scores rank first; equal scores rank by lower id.
 */
import { atF64, atI32 } from "./at.ts";

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
        if (!BestScores.worse(score, id, atF64(s, parent), atI32(ids, parent))) break;
        s[i] = atF64(s, parent);
        ids[i] = atI32(ids, parent);
        i = parent;
      }
      s[i] = score;
      ids[i] = id;
      return;
    }
    if (!BestScores.worse(atF64(s, 0), atI32(ids, 0), score, id)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c =
        r < this.size && BestScores.worse(atF64(s, r), atI32(ids, r), atF64(s, l), atI32(ids, l)) ? r : l;
      if (!BestScores.worse(atF64(s, c), atI32(ids, c), score, id)) break;
      s[i] = atF64(s, c);
      ids[i] = atI32(ids, c);
      i = c;
    }
    s[i] = score;
    ids[i] = id;
  }

  /** The kept entries, best first. */
  sorted(): { ids: Int32Array; scores: Float64Array } {
    const order = Array.from({ length: this.size }, (_, i) => i).sort((a, b) => {
      const sa = atF64(this.scores, a);
      const sb = atF64(this.scores, b);
      return sa === sb ? atI32(this.ids, a) - atI32(this.ids, b) : sa - sb;
    });
    return {
      ids: Int32Array.from(order, (i) => atI32(this.ids, i)),
      scores: Float64Array.from(order, (i) => atF64(this.scores, i)),
    };
  }
}
