/**
 * The vocabulary side of a query: which indexed terms a query word matches, found by running
 * Fuse.js over the few terms that can possibly match (a bigram count filter that never drops a
 * match: a string within k edits of a word keeps at least (length − 1) − 2k of its bigrams).
 */
import Fuse from "fuse.js";
import { maxErrors } from "./format.ts";
import { FUSE_BASE_OPTIONS } from "./options.ts";

/** Terms a word matches, with Fuse.js's Bitap score in a field (0.001 for an exact match). */
export interface Expansion {
  readonly ids: Int32Array;
  readonly scores: Float64Array;
}

/** The sorted term list with a bigram index for candidate filtering. */
export class Vocabulary {
  /** Term strings by id. */
  readonly terms: readonly string[];
  /** Term ids per bigram (key: the two UTF-16 code units, see bigramKey). */
  private readonly byBigram = new Map<number, Int32Array>();
  private readonly counts: Uint8Array;
  private readonly row = new Int32Array(256);

  constructor(terms: readonly string[]) {
    this.terms = terms;
    this.counts = new Uint8Array(terms.length);
    // Numeric keys: no substring per bigram, so the index builds in a few milliseconds at 10,000 articles.
    const lists = new Map<number, number[]>();
    terms.forEach((term, id) => {
      for (let i = 0; i + 2 <= term.length; i++) {
        const g = bigramKey(term, i);
        let repeated = false;
        for (let j = 0; j < i && !repeated; j++) repeated = bigramKey(term, j) === g;
        if (repeated) continue;
        const list = lists.get(g);
        if (list) list.push(id);
        else lists.set(g, [id]);
      }
    });
    for (const [g, ids] of lists) this.byBigram.set(g, Int32Array.from(ids));
  }

  /** Ids of the terms that may match `word` within the threshold (a superset of Fuse.js's matches). */
  candidates(word: string, threshold: number): number[] {
    const m = word.length;
    const need = Math.max(1, m - 1 - 2 * maxErrors(m, threshold));
    const touched: number[] = [];
    const counts = this.counts;
    for (let i = 0; i + 2 <= m; i++) {
      const list = this.byBigram.get(bigramKey(word, i));
      if (!list) continue;
      for (let j = 0; j < list.length; j++) {
        const t = list[j] ?? 0;
        if (counts[t] === 0) touched.push(t);
        if ((counts[t] ?? 0) < 255) counts[t] = (counts[t] ?? 0) + 1;
      }
    }
    const out: number[] = [];
    for (const t of touched) {
      if ((counts[t] ?? 0) >= need) out.push(t);
      counts[t] = 0;
    }
    return out.sort((a, b) => a - b);
  }

  /** The terms Fuse.js matches for `word` at `threshold`, in term order. */
  expand(word: string, threshold: number): Expansion {
    const k = maxErrors(word.length, threshold);
    const ids = this.candidates(word, threshold).filter((id) =>
      withinEdits(word, this.terms[id] ?? "", k, this.row),
    );
    if (ids.length === 0) return { ids: new Int32Array(0), scores: new Float64Array(0) };
    const fuse = new Fuse(
      ids.map((id) => this.terms[id] ?? ""),
      { ...FUSE_BASE_OPTIONS, threshold, shouldSort: false },
    );
    const hits = fuse.search(word).sort((a, b) => a.refIndex - b.refIndex);
    const outIds = new Int32Array(hits.length);
    const scores = new Float64Array(hits.length);
    hits.forEach((hit, i) => {
      outIds[i] = ids[hit.refIndex] ?? 0;
      // Score 0 means the term is the whole text searched; inside a field Fuse.js scores it 0.001.
      scores[i] = Math.max(0.001, hit.score ?? 0);
    });
    return { ids: outIds, scores };
  }

  /** Ids of the terms containing `word` verbatim. */
  containing(word: string): number[] {
    return this.candidates(word, 0).filter((id) => (this.terms[id] ?? "").includes(word));
  }
}

/** The bigram of `text` at `i` as one number (two UTF-16 code units). */
function bigramKey(text: string, i: number): number {
  return text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
}

/**
 * Whether `word` matches some part of `text` with at most `k` edits (insertions, deletions,
 * substitutions; the word may hang over either end of the text): the error model of Bitap, so a
 * cheap exact test run before Fuse.js, which still decides and scores every match.
 */
export function withinEdits(word: string, text: string, k: number, scratch?: Int32Array): boolean {
  const n = text.length;
  const row = scratch && scratch.length > n ? scratch : new Int32Array(n + 1);
  // row[j]: fewest edits aligning the word's first i characters to text ending at j (any start).
  for (let j = 0; j <= n; j++) row[j] = 0;
  for (let i = 1; i <= word.length; i++) {
    const c = word.charCodeAt(i - 1);
    let diagonal = row[0] ?? 0;
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const above = row[j] ?? 0;
      const cost = Math.min(
        diagonal + (text.charCodeAt(j - 1) === c ? 0 : 1),
        above + 1,
        (row[j - 1] ?? 0) + 1,
      );
      row[j] = cost;
      diagonal = above;
      if (cost < best) best = cost;
    }
    if (best > k) return false;
  }
  for (let j = 0; j <= n; j++) if ((row[j] ?? 0) <= k) return true;
  return false;
}
