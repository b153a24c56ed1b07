/**
 * The filters of a search as data: any number of facets (programme, topic, region …), each a list
 * of values and each document's set of them. A document passes a facet when no value of it is selected or it
 * has one of the selected values; it is kept when it passes every facet. Each value's count is the
 * number of candidates that have it and pass every other facet, so a count says what checking the
 * value would give. Pure; ships to the browser.
 */
import { decodeFacetRows, type Facet } from "../shared/format.ts";
import { SEARCH_ERRORS } from "../shared/options.ts";

/** The documents kept and the counts the filters show. */
export interface Kept {
  /** Candidates passing every facet, ascending (the candidates themselves when nothing is selected). */
  readonly docs: Int32Array;
  /** Per facet, per value. */
  readonly counts: number[][];
}

/** Per facet, each document's set of values (see Facet). */
export class FacetTables {
  readonly facets: readonly Facet[];
  /** Per facet, per document: the index of its set. */
  private readonly rows: Int32Array[];
  private readonly docCount: number;
  /** Answers over every document, by the filters selected (see keep). */
  private readonly unsearched = new Map<string, Kept>();

  /** `rows`: per facet, its encoded rows (encodeFacet). */
  constructor(facets: readonly Facet[], rows: readonly Uint8Array[], docCount: number) {
    this.facets = facets;
    this.docCount = docCount;
    if (rows.length !== facets.length) throw new Error(SEARCH_ERRORS.badShard);
    this.rows = facets.map((facet, f) => {
      for (const set of facet.sets)
        if (set.some((v) => !(v >= 0 && v < facet.values.length))) throw new Error(SEARCH_ERRORS.outOfRange);
      return decodeFacetRows(rows[f] as Uint8Array, docCount, facet.sets.length);
    });
  }

  /** The values (indices) facet `f` gives document `d`, in facet order. */
  valuesOf(f: number, d: number): number[] {
    const set = this.facets[f]?.sets[this.rows[f]?.[d] ?? -1];
    return set ? [...set] : [];
  }

  /** Index of facet `name`, or -1. */
  indexOf(name: string): number {
    return this.facets.findIndex((f) => f.name === name);
  }

  /**
   * Applies `selected` (per facet, value indices; none selected: no filter) to `candidates`
   * (ascending; null: every document) and counts each value.
   */
  keep(candidates: Int32Array | null, selected: readonly (readonly number[])[]): Kept {
    if (candidates) return this.compute(candidates, selected);
    // Every document (no query): the same answer for the same filters, whatever was typed.
    const key = JSON.stringify(selected);
    let kept = this.unsearched.get(key);
    if (!kept) {
      if (this.unsearched.size >= 8) this.unsearched.clear();
      kept = this.compute(null, selected);
      this.unsearched.set(key, kept);
    }
    return kept;
  }

  private compute(candidates: Int32Array | null, selected: readonly (readonly number[])[]): Kept {
    const F = this.facets.length;
    // Per facet, whether each set passes (null: nothing selected, every set passes).
    const passes = this.facets.map((facet, f) => {
      const flags = new Uint8Array(facet.values.length);
      let any = false;
      for (const v of selected[f] ?? [])
        if (v >= 0 && v < flags.length) {
          flags[v] = 1;
          any = true;
        }
      return any ? Uint8Array.from(facet.sets, (set) => (set.some((v) => flags[v]) ? 1 : 0)) : null;
    });
    // Documents counted per facet and set, turned into counts per value at the end.
    const perSet = this.facets.map((facet) => new Int32Array(facet.sets.length));
    const n = candidates ? candidates.length : this.docCount;
    let docs: Int32Array;
    if (passes.every((flags) => flags === null)) {
      // Nothing selected: every candidate is kept and counted in every facet.
      docs = candidates ?? everyDocument(n);
      for (let f = 0; f < F; f++) {
        const row = perSet[f] as Int32Array;
        const rows = this.rows[f] as Int32Array;
        for (let i = 0; i < n; i++) {
          const s = rows[docs[i] ?? 0] ?? 0;
          row[s] = (row[s] ?? 0) + 1;
        }
      }
    } else {
      const out = new Int32Array(n);
      let kept = 0;
      const pass = new Uint8Array(F);
      for (let i = 0; i < n; i++) {
        const d = candidates ? (candidates[i] ?? 0) : i;
        let failed = 0;
        for (let f = 0; f < F; f++) {
          const flags = passes[f];
          const ok = flags ? (flags[(this.rows[f] as Int32Array)[d] ?? 0] ?? 0) : 1;
          pass[f] = ok;
          if (!ok) failed++;
        }
        if (failed === 0) out[kept++] = d;
        if (failed > 1) continue;
        for (let f = 0; f < F; f++) {
          // Counted when every other facet passes.
          if (failed === 1 && pass[f]) continue;
          const row = perSet[f] as Int32Array;
          const s = (this.rows[f] as Int32Array)[d] ?? 0;
          row[s] = (row[s] ?? 0) + 1;
        }
      }
      docs = out.subarray(0, kept);
    }
    const counts = this.facets.map((facet, f) => {
      const out = new Array<number>(facet.values.length).fill(0);
      const row = perSet[f] as Int32Array;
      facet.sets.forEach((set, s) => {
        for (const v of set) out[v] = (out[v] ?? 0) + (row[s] ?? 0);
      });
      return out;
    });
    return { docs, counts };
  }
}

/** The ids 0 … n − 1. */
function everyDocument(n: number): Int32Array {
  const docs = new Int32Array(n);
  for (let i = 0; i < n; i++) docs[i] = i;
  return docs;
}
