/**
 * Ranks the kept documents exactly as Fuse.js token search with `tokenMatch: 'all'` scores them:
 * per field, the idf-weighted Bitap scores of the query words, raised to the field's weight times
 * its norm, multiplied over the matched fields. Lower is better.
 */
import { atNumber } from "./at.ts";
import { BestScores } from "./bestScores.ts";

/** What ranking reads besides the documents. */
export interface RankInputs {
  /** Per query word: its best Bitap score per document and field (docCount × fields; 1 = no match). */
  readonly bests: readonly Float64Array[];
  /** Per query word: its inverse document frequency. */
  readonly idf: Float64Array;
  /** Field weights, normalised to sum to 1, in key order. */
  readonly weights: Float64Array;
  /** Field-length norms, docCount × fields. */
  readonly norms: Float64Array;
}

/** Fuse.js's idf of a term found in `df` of `fieldCount` non-empty fields. */
export function inverseFrequency(df: number, fieldCount: number): number {
  return Math.log(1 + (fieldCount - df + 0.5) / (df + 0.5));
}

/** The best `limit` of `docs` with their scores, best first (ties: lower id first). */
export function rank(
  docs: readonly number[],
  inputs: RankInputs,
  limit: number,
): { ids: Int32Array; scores: Float64Array } {
  const { bests, idf, weights, norms } = inputs;
  let max = 0;
  for (const w of idf) max += w;
  const F = weights.length;
  const best = new BestScores(Math.min(limit, docs.length));
  // Plain loops with no closure per document: the first query runs them before they are optimised.
  for (const d of docs) {
    let total = 1;
    for (let f = 0; f < F; f++) {
      let weighted = 0;
      let matched = false;
      let i = 0;
      for (const row of bests) {
        const s = atNumber(row, d * F + f);
        if (s < 1) {
          matched = true;
          weighted += atNumber(idf, i) * (1 - s);
        }
        i++;
      }
      if (!matched) continue;
      const normalized = max > 0 ? 1 - weighted / max : 0;
      const fieldScore = Math.max(0.001, normalized);
      total *= Math.pow(fieldScore, atNumber(weights, f) * atNumber(norms, d * F + f));
    }
    best.offer(total, d);
  }
  return best.sorted();
}
