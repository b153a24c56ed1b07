/**
 * The features related articles compare: each article's rarity-weighted tags and its top TF-IDF
 * terms, as compressed rows, and their inversion into posting lists.
 */
import { TERMS_PER_ARTICLE, WEIGHTS } from "./options.ts";
import type { TermCounts } from "./terms.ts";

/** What the features are made of, for one article: its tags and its counted words. */
export interface FeatureInput {
  readonly programmes: readonly string[];
  readonly topics: readonly string[];
  readonly regions: readonly string[];
  readonly termCounts: TermCounts;
}

/** Compressed rows: the items of row r are at [offsets[r], offsets[r + 1]). */
export interface Rows {
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
      offsets: sharedInts(this.offsets),
      ids: sharedInts(this.ids),
      weights: sharedFloats(this.weights),
    };
  }
}

/**
 * Word hash → feature id, an open-addressing table: a Map keyed by 53-bit numbers boxes each
 * key and cost most of building the features. A hash's first slot is its low bits (`>>> 0` keeps
 * the low 32 of a whole number, and the table has at most 2^32 slots).
 */
class HashIds {
  private keys = new Float64Array(1 << 16);
  private values = new Int32Array(1 << 16).fill(-1);
  private size = 0;

  /** The id of `hash`, or -1. */
  get(hash: number): number {
    const mask = this.keys.length - 1;
    for (let slot = (hash >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const value = this.values[slot] ?? -1;
      if (value < 0 || this.keys[slot] === hash) return value;
    }
  }

  /** Sets the id of `hash`, which must not be in the table yet. */
  set(hash: number, id: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    this.place(hash, id);
    this.size++;
  }

  private place(hash: number, id: number): void {
    const mask = this.keys.length - 1;
    let slot = (hash >>> 0) & mask;
    while ((this.values[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
    this.keys[slot] = hash;
    this.values[slot] = id;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.values = new Int32Array(values.length * 2).fill(-1);
    values.forEach((id, slot) => {
      if (id >= 0) this.place(keys[slot] ?? 0, id);
    });
  }
}

/**
 * Typed arrays over shared memory: the rows and postings go to worker threads without being
 * copied (structured cloning shares a SharedArrayBuffer).
 */
function sharedInts(values: ArrayLike<number> | number): Int32Array {
  const length = typeof values === "number" ? values : values.length;
  const out = new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT));
  if (typeof values !== "number") out.set(values);
  return out;
}
function sharedFloats(values: ArrayLike<number> | number): Float64Array {
  const length = typeof values === "number" ? values : values.length;
  const out = new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
  if (typeof values !== "number") out.set(values);
  return out;
}

/** Each article's weighted features: rarity-weighted tags plus its top TF-IDF terms (L2-normalised). */
export function buildFeatures(articles: ReadonlyArray<FeatureInput>): {
  docs: Rows;
  featureCount: number;
} {
  // Words and tags share one numbering, in order of first use.
  const words = new HashIds();
  const tags = new Map<string, number>();
  const df: number[] = [];
  // Weight = term count in the article. Sized once: every article's counted words, in order.
  let termTotal = 0;
  for (const a of articles) termTotal += a.termCounts.ids.length;
  const termOffsets = sharedInts(articles.length + 1);
  const termIds = sharedInts(termTotal);
  const termWeights = sharedFloats(termTotal);
  let termAt = 0;
  let row = 0;
  const tagRows = new RowBuilder(); // weight = WEIGHTS entry of the tag's facet
  for (const a of articles) {
    const { ids, counts } = a.termCounts;
    for (let k = 0; k < ids.length; k++) {
      const hash = ids[k] ?? 0;
      let id = words.get(hash);
      if (id < 0) words.set(hash, (id = df.push(0) - 1));
      termIds[termAt] = id;
      termWeights[termAt++] = counts[k] ?? 1;
      df[id] = (df[id] ?? 0) + 1;
    }
    termOffsets[++row] = termAt;
    const groups = [
      ["p", a.programmes, WEIGHTS.programme],
      ["t", a.topics, WEIGHTS.topic],
      ["r", a.regions, WEIGHTS.region],
    ] as const;
    const tagIds = new Set<number>();
    for (const [prefix, list, w] of groups) {
      for (const s of list) {
        const key = `${prefix}:${s}`;
        let id = tags.get(key);
        if (id === undefined) tags.set(key, (id = df.push(0) - 1));
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
  const tr: Rows = { offsets: termOffsets, ids: termIds, weights: termWeights };
  const tg = tagRows.build();
  // The rows made below hold at most TERMS_PER_ARTICLE terms and every tag of each article.
  let bound = 0;
  for (let i = 0; i < n; i++) {
    const terms = (tr.offsets[i + 1] ?? 0) - (tr.offsets[i] ?? 0);
    bound += Math.min(TERMS_PER_ARTICLE, terms) + (tg.offsets[i + 1] ?? 0) - (tg.offsets[i] ?? 0);
  }
  const outOffsets = sharedInts(n + 1);
  const outIds = new Int32Array(bound);
  const outWeights = new Float64Array(bound);
  let at = 0;
  // Each article's heaviest terms, heaviest first (equal weights: smaller id first), kept in
  // typed arrays: a pair per term cost a third of this loop.
  const topIds = new Int32Array(TERMS_PER_ARTICLE);
  const topWeights = new Float64Array(TERMS_PER_ARTICLE);
  for (let i = 0; i < n; i++) {
    let size = 0;
    for (let x = tr.offsets[i] ?? 0; x < (tr.offsets[i + 1] ?? 0); x++) {
      const id = tr.ids[x] ?? 0;
      const w = (1 + Math.log(tr.weights[x] ?? 1)) * (idf[id] ?? 0);
      if (w > 0) size = insertHeavier(topIds, topWeights, size, id, w);
    }
    let sum = 0;
    for (let t = 0; t < size; t++) sum += (topWeights[t] ?? 0) * (topWeights[t] ?? 0);
    const norm = Math.sqrt(sum) || 1;
    for (let t = 0; t < size; t++) {
      outIds[at] = topIds[t] ?? 0;
      outWeights[at++] = Math.sqrt(WEIGHTS.text) * ((topWeights[t] ?? 0) / norm);
    }
    for (let x = tg.offsets[i] ?? 0; x < (tg.offsets[i + 1] ?? 0); x++) {
      const id = tg.ids[x] ?? 0;
      const rarity = Math.log(1 + n / (df[id] ?? 1)) / Math.log(1 + n);
      outIds[at] = id;
      outWeights[at++] = Math.sqrt((tg.weights[x] ?? 0) * rarity);
    }
    outOffsets[i + 1] = at;
  }
  const docs = {
    offsets: outOffsets,
    ids: sharedInts(outIds.subarray(0, at)),
    weights: sharedFloats(outWeights.subarray(0, at)),
  };
  return { docs, featureCount: df.length };
}

/**
 * Inserts term `id` of weight `w` into the `size` terms of `ids`/`weights`, which stay sorted
 * heaviest first (equal weights: smaller id first) and at most as long as the arrays (the
 * lightest falls off); returns the new size. The same order as `insertTop` keeps.
 */
export function insertHeavier(
  ids: Int32Array,
  weights: Float64Array,
  size: number,
  id: number,
  w: number,
): number {
  const before = (t: number): boolean => w > (weights[t] ?? 0) || (w === weights[t] && id < (ids[t] ?? 0));
  const k = ids.length;
  if (size >= k && !before(size - 1)) return size;
  let at = Math.min(size, k - 1);
  for (; at > 0 && before(at - 1); at--) {
    ids[at] = ids[at - 1] ?? 0;
    weights[at] = weights[at - 1] ?? 0;
  }
  ids[at] = id;
  weights[at] = w;
  return Math.min(size + 1, k);
}

/** Inverts the article rows into posting lists; `positions[x]` is where row item x sits in its posting list. */
export function invertRows(docs: Rows, featureCount: number): { postings: Rows; positions: Int32Array } {
  const offsets = sharedInts(featureCount + 1);
  for (const id of docs.ids) offsets[id + 1] = (offsets[id + 1] ?? 0) + 1;
  for (let f = 0; f < featureCount; f++) offsets[f + 1] = (offsets[f + 1] ?? 0) + (offsets[f] ?? 0);
  const fill = offsets.slice(0, featureCount);
  const ids = sharedInts(docs.ids.length);
  const weights = sharedFloats(docs.ids.length);
  const positions = sharedInts(docs.ids.length);
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

/** Inserts `item` into `top`, which stays sorted by `before` and at most `k` long. */
export function insertTop<T>(top: T[], item: T, k: number, before: (a: T, b: T) => boolean): void {
  const last = top[top.length - 1];
  if (top.length >= k && (last === undefined || !before(item, last))) return;
  let at = top.length;
  while (at > 0 && before(item, top[at - 1] as T)) at--;
  top.splice(at, 0, item);
  if (top.length > k) top.pop();
}
