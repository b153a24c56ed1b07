/**
 * The filters of a search as data: any number of facets (programme, topic, region …), each a list
 * of values with their documents. A document passes a facet when no value of it is selected or it
 * has one of the selected values; it is kept when it passes every facet. Each value's count is the
 * number of candidates that have it and pass every other facet, so a count says what checking the
 * value would give. Pure; ships to the browser.
 */
import { undelta, type Facet } from "../shared/format.ts";
import { SEARCH_ERRORS } from "../shared/options.ts";

/** The documents kept and the counts the filters show. */
export interface Kept {
  /** Candidates passing every facet, ascending. */
  readonly docs: number[];
  /** Per facet, per value. */
  readonly counts: number[][];
}

/** Per facet, each document's values (compressed rows). */
export class FacetTables {
  readonly facets: readonly Facet[];
  private readonly offsets: Int32Array[];
  private readonly values: Int32Array[];
  private readonly docCount: number;

  constructor(facets: readonly Facet[], docCount: number) {
    this.facets = facets;
    this.docCount = docCount;
    this.offsets = [];
    this.values = [];
    for (const facet of facets) {
      const lists = facet.values.map((v) => undelta(v.docs));
      for (const list of lists)
        if (list.some((d) => d < 0 || d >= docCount)) throw new Error(SEARCH_ERRORS.outOfRange);
      const offsets = new Int32Array(docCount + 1);
      for (const list of lists) for (const d of list) offsets[d + 1] = (offsets[d + 1] ?? 0) + 1;
      for (let d = 0; d < docCount; d++) offsets[d + 1] = (offsets[d + 1] ?? 0) + (offsets[d] ?? 0);
      const fill = offsets.slice(0, docCount);
      const values = new Int32Array(offsets[docCount] ?? 0);
      lists.forEach((list, v) => {
        for (const d of list) {
          const at = fill[d] ?? 0;
          values[at] = v;
          fill[d] = at + 1;
        }
      });
      this.offsets.push(offsets);
      this.values.push(values);
    }
  }

  /** The values (indices) facet `f` gives document `d`, in facet order. */
  valuesOf(f: number, d: number): number[] {
    const offsets = this.offsets[f];
    const values = this.values[f];
    if (!offsets || !values) return [];
    return Array.from(values.subarray(offsets[d] ?? 0, offsets[d + 1] ?? 0));
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
    const F = this.facets.length;
    const chosen = this.facets.map((facet, f) => {
      const flags = new Uint8Array(facet.values.length);
      for (const v of selected[f] ?? []) if (v >= 0 && v < flags.length) flags[v] = 1;
      return (selected[f] ?? []).some((v) => v >= 0 && v < flags.length) ? flags : null;
    });
    const counts = this.facets.map((facet) => new Array<number>(facet.values.length).fill(0));
    const docs: number[] = [];
    const pass = new Uint8Array(F);
    const n = candidates ? candidates.length : this.docCount;
    for (let i = 0; i < n; i++) {
      const d = candidates ? (candidates[i] ?? 0) : i;
      let failed = 0;
      for (let f = 0; f < F; f++) {
        const flags = chosen[f];
        let ok = 1;
        if (flags) {
          ok = 0;
          const values = this.values[f] as Int32Array;
          const offsets = this.offsets[f] as Int32Array;
          for (let j = offsets[d] ?? 0; j < (offsets[d + 1] ?? 0); j++) if (flags[values[j] ?? 0]) ok = 1;
        }
        pass[f] = ok;
        if (!ok) failed++;
      }
      if (failed === 0) docs.push(d);
      if (failed > 1) continue;
      for (let f = 0; f < F; f++) {
        // Counted when every other facet passes.
        if (failed === 1 && pass[f]) continue;
        const values = this.values[f] as Int32Array;
        const offsets = this.offsets[f] as Int32Array;
        const row = counts[f] as number[];
        for (let j = offsets[d] ?? 0; j < (offsets[d + 1] ?? 0); j++) {
          const v = values[j] ?? 0;
          row[v] = (row[v] ?? 0) + 1;
        }
      }
    }
    return { docs, counts };
  }
}
