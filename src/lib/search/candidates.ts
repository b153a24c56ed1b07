/**
 * The documents a query keeps: those matching every word (an intersection of ascending id lists)
 * and the selected programmes and topics (bit masks, one bit per facet value), with the facet
 * counts the filters show. Plain loops with no closure per document: the first query runs them
 * before they are optimised.
 */
import { at, atNumber } from "./at.ts";
import { undelta, type CoreData } from "./format.ts";
import { SEARCH_ERRORS } from "./options.ts";

/** The documents kept, and the facet counts of the candidates. */
export interface Kept {
  /** Candidates matching both filters, ascending. */
  readonly docs: number[];
  /** Candidates matching the topic filter, per programme. */
  readonly programmeCounts: number[];
  /** Candidates matching the programme filter, per topic. */
  readonly topicCounts: number[];
}

/** Per document, the bit set of its facet values (bit i: `facets[i]`). */
export function tagMasks(facets: CoreData["facets"]["programmes"], docCount: number): Uint32Array {
  if (facets.length > 32) throw new Error(SEARCH_ERRORS.tooManyFacets);
  const masks = new Uint32Array(docCount);
  facets.forEach((facet, i) => {
    for (const d of undelta(facet.docs)) masks[d] = at(masks, d) | (1 << i);
  });
  return masks;
}

/** The bit set of the selected facet indices (indices outside 0–31 select nothing). */
export function maskOf(indices: readonly number[]): number {
  let mask = 0;
  for (const i of indices) if (i >= 0 && i < 32) mask |= 1 << i;
  return mask >>> 0;
}

function addBits(counts: Int32Array, mask: number): void {
  for (let m = mask >>> 0, i = 0; m !== 0; m >>>= 1, i++) if (m & 1) counts[i] = atNumber(counts, i) + 1;
}

/**
 * Applies the filters (`programmes`, `topics`: selected bits, 0 for no filter) to `candidates`
 * and counts each facet value over the candidates matching the other filter.
 */
export function keep(
  candidates: Int32Array,
  masks: { readonly programmes: Uint32Array; readonly topics: Uint32Array },
  selected: { readonly programmes: number; readonly topics: number },
  facetCounts: { readonly programmes: number; readonly topics: number },
): Kept {
  const programmeCounts = new Int32Array(facetCounts.programmes);
  const topicCounts = new Int32Array(facetCounts.topics);
  const docs: number[] = [];
  const programmeMask = masks.programmes;
  const topicMask = masks.topics;
  const progSel = selected.programmes;
  const topicSel = selected.topics;
  for (const d of candidates) {
    const pm = atNumber(programmeMask, d);
    const tm = atNumber(topicMask, d);
    const p = progSel === 0 || (pm & progSel) !== 0;
    const t = topicSel === 0 || (tm & topicSel) !== 0;
    if (t) addBits(programmeCounts, pm);
    if (p) addBits(topicCounts, tm);
    if (p && t) docs.push(d);
  }
  return { docs, programmeCounts: Array.from(programmeCounts), topicCounts: Array.from(topicCounts) };
}

/** The ids 0 … n − 1. */
export function allDocs(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** Intersection of ascending id lists (at least one). */
export function intersect(lists: readonly Int32Array[]): Int32Array {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let acc = at(sorted, 0);
  for (let l = 1; l < sorted.length && acc.length > 0; l++) {
    const other = at(sorted, l);
    const out: number[] = [];
    let j = 0;
    for (const v of acc) {
      while (j < other.length && atNumber(other, j) < v) j++;
      if (j < other.length && other[j] === v) out.push(v);
    }
    acc = Int32Array.from(out);
  }
  return acc;
}
