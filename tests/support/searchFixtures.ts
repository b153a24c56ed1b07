/**
 * Search test fixtures: the real articles as search documents, an index with every shard loaded,
 * and the reference search: the matching rule applied by brute force to every word of every
 * document, with no index at all.
 */
import { slugify } from "../../src/lib/seed/slugify.ts";
import { TAXONOMY } from "../../src/lib/taxonomy/data.ts";
import { synonymTable } from "../../src/lib/taxonomy/synonyms.ts";
import { buildSearchIndex, searchOrder, type BuiltIndex } from "../../src/lib/search/build/buildIndex.ts";
import { fieldText, toSearchDocument, type SearchDocument } from "../../src/lib/search/build/documents.ts";
import { searchFacets } from "../../src/lib/search/build/siteFiles.ts";
import { tagNames } from "../../src/lib/search/build/tagNames.ts";
import { PLACE_NAMES, placeSlugs } from "../../src/lib/places/rollup.ts";
import { SearchIndex } from "../../src/lib/search/query/engine.ts";
import { matchWord, words } from "../../src/lib/search/query/match.ts";
import type { ParsedQuery, QueryTerm } from "../../src/lib/search/query/parse.ts";
import { FIELDS } from "../../src/lib/search/shared/format.ts";
import { realArticles } from "./realSeeds.ts";

let docs: SearchDocument[] | undefined;

/** The real articles as search documents, in the index's order (the document ids). */
export function realSearchDocuments(): SearchDocument[] {
  docs ??= searchOrder(
    realArticles().map((a) =>
      toSearchDocument(
        { ...a, places: placeSlugs(a.regions, a.countries), blocks: a.blocks.map((b) => b.text) },
        tagNames(TAXONOMY),
      ),
    ),
  );
  return docs;
}

/** The index of `documents` (already in index order), built as the site builds it. */
export function buildIndexOf(documents: readonly SearchDocument[]): BuiltIndex {
  return buildSearchIndex(documents, {
    facets: searchFacets(TAXONOMY, PLACE_NAMES, documents),
    synonyms: synonymTable(TAXONOMY.programmes),
    slugOf: slugify,
  });
}

/** An index over `documents` with every shard loaded. */
export function loadedIndex(documents: readonly SearchDocument[]): SearchIndex {
  const built = buildIndexOf(documents);
  const index = new SearchIndex(built.core, built.facetRows);
  built.postings.forEach((bytes, k) => index.addPostings(k, bytes));
  built.positions.forEach((bytes, k) => index.addPositions(k, bytes));
  return index;
}

/** Whether `term` matches `word` by the rule (a term that is not fuzzy: equal, or begun when typed). */
function termMatches(term: QueryTerm, word: string): boolean {
  const m = matchWord(term.text, word, term.typing);
  return m !== null && (term.fuzzy || m.typos === 0);
}

/**
 * The reference answer: ids of the documents holding every unit of `query`, by brute force: a
 * unit holds when one of its alternatives does: each of its terms matching some word of the title,
 * tags or body, or, for adjacent terms, consecutive words of one field matching them in order.
 */
export function referenceSearch(documents: readonly SearchDocument[], query: ParsedQuery): number[] {
  const out: number[] = [];
  documents.forEach((doc, id) => {
    const fields = FIELDS.map((f) => words(fieldText(doc, f)));
    const holds = query.units.every((unit) =>
      unit.alternatives.some((alt) =>
        alt.adjacent && alt.terms.length > 1
          ? fields.some((ws) =>
              ws.some((_, i) =>
                alt.terms.every((t, j) => i + j < ws.length && termMatches(t, ws[i + j] ?? "")),
              ),
            )
          : alt.terms.every((t) => fields.some((ws) => ws.some((w) => termMatches(t, w)))),
      ),
    );
    if (holds && query.units.length > 0) out.push(id);
  });
  return out;
}

/** Ids of the documents holding every typed word exactly (equal after folding), as a reader checks by eye. */
export function exactHolders(documents: readonly SearchDocument[], typed: readonly string[]): number[] {
  const out: number[] = [];
  documents.forEach((doc, id) => {
    const all = new Set(FIELDS.flatMap((f) => words(fieldText(doc, f))));
    if (typed.length > 0 && typed.every((w) => all.has(w))) out.push(id);
  });
  return out;
}
