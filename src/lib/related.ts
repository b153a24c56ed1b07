/**
 * Related articles: for each article, the few others that share the most programmes,
 * topics, regions and significant terms (TF-IDF), found through an inverted index.
 * It must never compare every pair of articles: each article walks at most
 * POSTINGS_WINDOW postings per feature, so the cost grows linearly with the corpus.
 * Deterministic for a given input: ties are broken by slug. The features are built in
 * related/features.ts, the words in related/terms.ts.
 */
import { buildFeatures, insertTop, invertRows, type FeatureInput, type Rows } from "./related/features.ts";
import { POSTINGS_WINDOW, type RelatedInput, type RelatedOptions } from "./related/options.ts";
import { termCounts } from "./related/terms.ts";

export {
  POSTINGS_WINDOW,
  TERMS_PER_ARTICLE,
  WEIGHTS,
  type RelatedInput,
  type RelatedOptions,
} from "./related/options.ts";
export { termCounts, termId, terms, type TermCounts } from "./related/terms.ts";
export type { FeatureInput } from "./related/features.ts";

function validate(articles: ReadonlyArray<{ slug: string }>, min: number, max: number): void {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) {
    throw new RangeError(`computeRelated: need integers 0 <= min <= max, got min=${min}, max=${max}`);
  }
  const seen = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.slug)) throw new Error(`computeRelated: duplicate slug "${a.slug}"`);
    seen.add(a.slug);
  }
}

/**
 * Everything needed to find any article's related articles: the feature rows, their posting lists
 * and each article's rank in slug order (for ties). Numbers only, in shared memory, so that
 * `relatedInRange` can run on several threads over one index.
 */
export interface RelatedIndex {
  readonly docs: Rows;
  readonly postings: Rows;
  readonly positions: Int32Array;
  /** `rank[i] < rank[j]` when article i's slug sorts before article j's. */
  readonly rank: Int32Array;
  readonly min: number;
  readonly max: number;
}

/** The index of `articles` (their counted words given, as `termCounts` makes them). */
export function relatedIndex(
  articles: ReadonlyArray<FeatureInput & { slug: string }>,
  options: RelatedOptions = {},
): RelatedIndex {
  const { min = 3, max = 5 } = options;
  validate(articles, min, max);
  const { docs, featureCount } = buildFeatures(articles);
  const { postings, positions } = invertRows(docs, featureCount);
  const order = articles.map((_, i) => i).sort((a, b) => compareSlugs(articles[a]?.slug, articles[b]?.slug));
  const rank = new Int32Array(new SharedArrayBuffer(articles.length * Int32Array.BYTES_PER_ELEMENT));
  order.forEach((i, r) => (rank[i] = r));
  return { docs, postings, positions, rank, min, max };
}

function compareSlugs(a = "", b = ""): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The related articles (indices, best first) of articles `from` to `to` − 1. */
export function relatedInRange(index: RelatedIndex, from: number, to: number): number[][] {
  const { docs, postings, positions, rank } = index;
  const n = rank.length;
  const score = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  const out: number[][] = [];
  for (let i = from; i < to; i++) {
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
    const best = topByScore(touched.subarray(0, count), score, index.max, rank);
    for (const j of touched.subarray(0, count)) {
      score[j] = 0;
      seen[j] = 0;
    }
    out.push(fillByOrder(i, best, Math.min(index.min, n - 1), n, rank));
  }
  return out;
}

/** Computes 3–5 (min–max) related article slugs per article, best first, ties broken by slug. */
export function computeRelated(
  articles: ReadonlyArray<RelatedInput>,
  options: RelatedOptions = {},
): Map<string, string[]> {
  const index = relatedIndex(
    articles.map((a) => ({ ...a, termCounts: termCounts(a.text) })),
    options,
  );
  const lists = relatedInRange(index, 0, articles.length);
  const slugOf = (i: number) => articles[i]?.slug ?? "";
  return new Map(articles.map((a, i) => [a.slug, (lists[i] ?? []).map(slugOf)]));
}

/** The `k` best candidates by score, then by slug. */
function topByScore(candidates: Int32Array, score: Float64Array, k: number, rank: Int32Array): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) =>
    (score[a] ?? 0) > (score[b] ?? 0) || (score[a] === score[b] && (rank[a] ?? 0) < (rank[b] ?? 0));
  for (const j of candidates) insertTop(top, j, k, better);
  return top;
}

/** Pads `chosen` to `min` with the articles nearest in input order (equal distance: smaller slug first). */
function fillByOrder(i: number, chosen: number[], min: number, n: number, rank: Int32Array): number[] {
  const out = [...chosen];
  const taken = new Set(chosen);
  for (let d = 1; out.length < min && d < n; d++) {
    const pair = [i - d, i + d].filter((j) => j >= 0 && j < n && !taken.has(j));
    if (pair.length === 2 && (rank[pair[1] ?? 0] ?? 0) < (rank[pair[0] ?? 0] ?? 0)) pair.reverse();
    for (const j of pair.slice(0, min - out.length)) {
      out.push(j);
      taken.add(j);
    }
  }
  return out;
}
