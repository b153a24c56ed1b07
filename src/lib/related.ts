/**
 * Related articles: for each article, the few others that share the most programmes,
 * topics, regions and significant terms (TF-IDF), found through an inverted index.
 * It must never compare every pair of articles: each article walks at most
 * POSTINGS_WINDOW postings per feature, so the cost grows linearly with the corpus.
 * Deterministic for a given input: ties are broken by slug. The features are built in
 * related/features.ts, the words in related/terms.ts.
 */
import { buildFeatures, insertTop, invertRows } from "./related/features.ts";
import { POSTINGS_WINDOW, type RelatedInput, type RelatedOptions } from "./related/options.ts";

export {
  POSTINGS_WINDOW,
  TERMS_PER_ARTICLE,
  WEIGHTS,
  type RelatedInput,
  type RelatedOptions,
} from "./related/options.ts";
export { terms } from "./related/terms.ts";

function validate(articles: ReadonlyArray<RelatedInput>, min: number, max: number): void {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) {
    throw new RangeError(`computeRelated: need integers 0 <= min <= max, got min=${min}, max=${max}`);
  }
  const seen = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.slug)) throw new Error(`computeRelated: duplicate slug "${a.slug}"`);
    seen.add(a.slug);
  }
}

/** Computes 3–5 (min–max) related article slugs per article, best first, ties broken by slug. */
export function computeRelated(
  articles: ReadonlyArray<RelatedInput>,
  options: RelatedOptions = {},
): Map<string, string[]> {
  const { min = 3, max = 5 } = options;
  validate(articles, min, max);
  const n = articles.length;
  const { docs, featureCount } = buildFeatures(articles);
  const { postings, positions } = invertRows(docs, featureCount);
  const score = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  const slugOf = (i: number) => articles[i]?.slug ?? "";
  const result = new Map<string, string[]>();
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let x = docs.offsets[i] ?? 0; x < (docs.offsets[i + 1] ?? 0); x++) {
      const f = docs.ids[x] ?? 0;
      const w = docs.weights[x] ?? 0;
      const lo = postings.offsets[f] ?? 0;
      const len = (postings.offsets[f + 1] ?? 0) - lo;
      const start =
        lo + Math.max(0, Math.min((positions[x] ?? 0) - POSTINGS_WINDOW / 2, len - POSTINGS_WINDOW));
      const end = Math.min(lo + len, start + POSTINGS_WINDOW);
      for (let p = start; p < end; p++) {
        const j = postings.ids[p] ?? i;
        if (j === i) continue;
        if (seen[j] === 0) {
          seen[j] = 1;
          touched[count++] = j;
        }
        score[j] = (score[j] ?? 0) + w * (postings.weights[p] ?? 0);
      }
    }
    const best = topByScore(touched.subarray(0, count), score, max, slugOf);
    for (const j of touched.subarray(0, count)) {
      score[j] = 0;
      seen[j] = 0;
    }
    result.set(slugOf(i), fillByOrder(i, best, Math.min(min, n - 1), n, slugOf));
  }
  return result;
}

/** The `k` best candidates by score, then by slug. */
function topByScore(
  candidates: Int32Array,
  score: Float64Array,
  k: number,
  slugOf: (i: number) => string,
): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) =>
    (score[a] ?? 0) > (score[b] ?? 0) || (score[a] === score[b] && slugOf(a) < slugOf(b));
  for (const j of candidates) insertTop(top, j, k, better);
  return top;
}

/** Pads `chosen` to `min` with the articles nearest in input order (equal distance: smaller slug first). */
function fillByOrder(
  i: number,
  chosen: number[],
  min: number,
  n: number,
  slugOf: (i: number) => string,
): string[] {
  const out = chosen.map(slugOf);
  const taken = new Set(chosen);
  for (let d = 1; out.length < min && d < n; d++) {
    const pair = [i - d, i + d].filter((j) => j >= 0 && j < n && !taken.has(j));
    if (pair.length === 2 && slugOf(pair[1] ?? 0) < slugOf(pair[0] ?? 0)) pair.reverse();
    for (const j of pair.slice(0, min - out.length)) {
      out.push(slugOf(j));
      taken.add(j);
    }
  }
  return out;
}
