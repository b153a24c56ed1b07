/**
 * Related articles: for each article, the few others that share the most programmes,
 * topics, regions and significant terms (TF-IDF), found through an inverted index.
 * It must never compare every pair of articles: each article walks at most
 * POSTINGS_WINDOW postings per feature, so the cost grows linearly with the corpus.
 * Deterministic for a given input: ties are broken by slug. Must never import from Astro.
 */

/** What computeRelated needs to know about one article. */
export interface RelatableArticle {
  slug: string;
  programmes: readonly string[];
  topics: readonly string[];
  regions: readonly string[];
  /** Plain text (title and body) used for term similarity. */
  text: string;
}

/** How many related slugs to give each article. */
export interface RelatedOptions {
  /** At least this many (default 3), unless the corpus has fewer other articles. */
  min?: number;
  /** At most this many (default 5). */
  max?: number;
}

/** Most postings walked per feature per article: the window of the posting list around the article. */
export const POSTINGS_WINDOW = 64;
/** Significant terms kept per article. */
export const TERMS_PER_ARTICLE = 24;
/** Score weight of a shared programme, topic and region (before rarity weighting), and of text cosine. */
export const WEIGHTS = { programme: 1, topic: 0.5, region: 0.25, text: 1 } as const;

const STOPWORDS = new Set(
  (
    "the and for with that this from are was were has have had its their they them his her will would can could " +
    "into about also such other than more most which while where when who whom what been being both each over " +
    "under between through during after before these those there then thus very well our your not but all any " +
    "new one two three said says including include includes aims aimed"
  ).split(" "),
);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  return c > 127 && LETTER_OR_DIGIT.test(text.charAt(i));
}

function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return c > 127 && /^\p{N}+$/u.test(word);
  }
  return true;
}

function stem(word: string): string {
  const n = word.length;
  if (n > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
    return word.slice(0, -1);
  }
  return word;
}

/** Splits text into lower-case, lightly stemmed significant words (no stopwords, numbers or short words). */
export function terms(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (let i = 0; i < lower.length;) {
    if (!isWordChar(lower, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lower.length && isWordChar(lower, j)) j++;
    const word = lower.slice(i, j);
    if (j - i >= 3 && !STOPWORDS.has(word) && !isNumber(word)) out.push(stem(word));
    i = j;
  }
  return out;
}

/** Compressed rows: the items of row r are at [offsets[r], offsets[r + 1]). */
interface Rows {
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
}

/** Growable compressed rows, filled one row at a time. */
class RowBuilder {
  readonly offsets: number[] = [0];
  readonly ids: number[] = [];
  readonly weights: number[] = [];
  push(id: number, weight: number): void {
    this.ids.push(id);
    this.weights.push(weight);
  }
  endRow(): void {
    this.offsets.push(this.ids.length);
  }
  build(): Rows {
    return {
      offsets: Int32Array.from(this.offsets),
      ids: Int32Array.from(this.ids),
      weights: Float64Array.from(this.weights),
    };
  }
}

/** Each article's weighted features: rarity-weighted tags plus its top TF-IDF terms (L2-normalised). */
function buildFeatures(articles: ReadonlyArray<RelatableArticle>): { docs: Rows; featureCount: number } {
  const dict = new Map<string, number>();
  const df: number[] = [];
  const idOf = (key: string): number => {
    let id = dict.get(key);
    if (id === undefined) dict.set(key, (id = df.push(0) - 1));
    return id;
  };
  const termRows = new RowBuilder(); // weight = term count in the article
  const tagRows = new RowBuilder(); // weight = WEIGHTS entry of the tag's kind
  const count: number[] = [];
  for (const a of articles) {
    const seen: number[] = [];
    for (const t of terms(a.text)) {
      const id = idOf(t);
      if (count[id] === undefined || count[id] === 0) {
        seen.push(id);
        count[id] = 0;
      }
      count[id] = (count[id] ?? 0) + 1;
    }
    for (const id of seen) {
      termRows.push(id, count[id] ?? 1);
      count[id] = 0;
      df[id] = (df[id] ?? 0) + 1;
    }
    termRows.endRow();
    const groups = [
      ["p", a.programmes, WEIGHTS.programme],
      ["t", a.topics, WEIGHTS.topic],
      ["r", a.regions, WEIGHTS.region],
    ] as const;
    const tagIds = new Set<number>();
    for (const [prefix, list, w] of groups) {
      for (const s of list) {
        const id = idOf(`${prefix}:${s}`); // "p:x" can never be a term: terms have no colon
        if (tagIds.has(id)) continue;
        tagIds.add(id);
        tagRows.push(id, w);
        df[id] = (df[id] ?? 0) + 1;
      }
    }
    tagRows.endRow();
  }
  const n = articles.length;
  const maxTermDf = Math.max(2, Math.floor(n / 2));
  const idf = df.map((d) => (d >= 2 && d <= maxTermDf ? Math.log(1 + n / d) : 0));
  const heavier = (a: [number, number], b: [number, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  const out = new RowBuilder();
  const tr = termRows.build();
  const tg = tagRows.build();
  for (let i = 0; i < n; i++) {
    const top: Array<[number, number]> = [];
    for (let x = tr.offsets[i] ?? 0; x < (tr.offsets[i + 1] ?? 0); x++) {
      const id = tr.ids[x] ?? 0;
      const w = (1 + Math.log(tr.weights[x] ?? 1)) * (idf[id] ?? 0);
      if (w > 0) insertTop(top, [id, w], TERMS_PER_ARTICLE, heavier);
    }
    const norm = Math.sqrt(top.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    for (const [id, w] of top) out.push(id, Math.sqrt(WEIGHTS.text) * (w / norm));
    for (let x = tg.offsets[i] ?? 0; x < (tg.offsets[i + 1] ?? 0); x++) {
      const id = tg.ids[x] ?? 0;
      const rarity = Math.log(1 + n / (df[id] ?? 1)) / Math.log(1 + n);
      out.push(id, Math.sqrt((tg.weights[x] ?? 0) * rarity));
    }
    out.endRow();
  }
  return { docs: out.build(), featureCount: df.length };
}

/** Inverts the article rows into posting lists; `positions[x]` is where row item x sits in its posting list. */
function invert(docs: Rows, featureCount: number): { postings: Rows; positions: Int32Array } {
  const offsets = new Int32Array(featureCount + 1);
  for (const id of docs.ids) offsets[id + 1] = (offsets[id + 1] ?? 0) + 1;
  for (let f = 0; f < featureCount; f++) offsets[f + 1] = (offsets[f + 1] ?? 0) + (offsets[f] ?? 0);
  const fill = offsets.slice(0, featureCount);
  const ids = new Int32Array(docs.ids.length);
  const weights = new Float64Array(docs.ids.length);
  const positions = new Int32Array(docs.ids.length);
  for (let i = 0; i + 1 < docs.offsets.length; i++) {
    for (let x = docs.offsets[i] ?? 0; x < (docs.offsets[i + 1] ?? 0); x++) {
      const f = docs.ids[x] ?? 0;
      const at = fill[f] ?? 0;
      fill[f] = at + 1;
      ids[at] = i;
      weights[at] = docs.weights[x] ?? 0;
      positions[x] = at - (offsets[f] ?? 0);
    }
  }
  return { postings: { offsets, ids, weights }, positions };
}

function validate(articles: ReadonlyArray<RelatableArticle>, min: number, max: number): void {
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
  articles: ReadonlyArray<RelatableArticle>,
  options: RelatedOptions = {},
): Map<string, string[]> {
  const { min = 3, max = 5 } = options;
  validate(articles, min, max);
  const n = articles.length;
  const { docs, featureCount } = buildFeatures(articles);
  const { postings, positions } = invert(docs, featureCount);
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

/** Inserts `item` into `top`, which stays sorted by `before` and at most `k` long. */
function insertTop<T>(top: T[], item: T, k: number, before: (a: T, b: T) => boolean): void {
  const last = top[top.length - 1];
  if (top.length >= k && (last === undefined || !before(item, last))) return;
  let at = top.length;
  while (at > 0 && before(item, top[at - 1] as T)) at--;
  top.splice(at, 0, item);
  if (top.length > k) top.pop();
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
