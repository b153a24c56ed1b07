/**
 * The site's search files, from the ingested articles: the core (vocabulary, documents, facets,
 * synonyms, and the shards it carries), the postings and positions shards, and the excerpt
 * texts, each gzip-compressed (the browser decompresses them, so they stay small whatever the
 * server does). The caller passes the compressor: this never touches the file system.
 */
import { synonymTable } from "../../taxonomy/synonyms.ts";
import { buildSearchIndex, searchOrder, type FacetSpec } from "./buildIndex.ts";
import { toSearchDocument, type SearchDocument, type SearchSource } from "./documents.ts";
import { tagNames, searchTags, type TaxonomyNames } from "./tagNames.ts";
import { CORE_FILE, packCore, positionsFile, postingsFile, type EmbeddedShard } from "../shared/format.ts";
import { SEARCH_OPTIONS } from "../shared/options.ts";

/** Folder (below the site's /search/) of the core and the shards. */
export const DATA_DIR = "data";
/** Folder (below the site's /search/) of the excerpt texts. */
export const TEXT_DIR = "text";

/** A place filter value: a region or country page slug and the name its chip shows. */
export interface PlaceName {
  readonly slug: string;
  readonly name: string;
}

/**
 * The search's filters, named as the URL names them: programme, topic and place (a region or a
 * country). Of the world's places only those some document names are values: the facet would
 * otherwise carry hundreds.
 */
export function searchFacets(
  taxonomy: TaxonomyNames,
  places: readonly PlaceName[],
  docs: readonly SearchDocument[],
): FacetSpec[] {
  const tags = searchTags(taxonomy);
  const named = new Set(docs.flatMap((d) => d.places));
  const placeValues = places.filter((p) => named.has(p.slug)).map((p) => ({ slug: p.slug, label: p.name }));
  return [
    { name: "programme", values: tags.programmes, of: (d) => d.programmes },
    { name: "topic", values: tags.topics, of: (d) => d.topics },
    { name: "place", values: placeValues, of: (d) => d.places },
  ];
}

/** Compresses bytes to a gzip file; must give the same output for the same input. */
export type Gzip = (bytes: Uint8Array) => Promise<Uint8Array>;

/** Every search file, path below /search/ → gzip bytes. */
export async function buildSearchFiles(
  articles: readonly SearchSource[],
  taxonomy: TaxonomyNames,
  places: readonly PlaceName[],
  slugOf: (title: string) => string,
  gzip: Gzip,
): Promise<Map<string, Uint8Array>> {
  const names = tagNames(taxonomy);
  const docs = searchOrder(articles.map((a) => toSearchDocument(a, names)));
  const index = buildSearchIndex(docs, {
    facets: searchFacets(taxonomy, places, docs),
    synonyms: synonymTable(taxonomy.programmes),
    slugOf,
  });
  const encoder = new TextEncoder();
  const textGroups: Uint8Array[] = [];
  for (let first = 0; first < docs.length; first += SEARCH_OPTIONS.textGroupSize) {
    const bodies = docs.slice(first, first + SEARCH_OPTIONS.textGroupSize).map((d) => d.body);
    textGroups.push(encoder.encode(JSON.stringify(bodies)));
  }
  // Compress everything at once: a threaded compressor works through them in parallel.
  const [postings, positions, texts] = await Promise.all([
    Promise.all(index.postings.map(gzip)),
    Promise.all(index.positions.map(gzip)),
    Promise.all(textGroups.map(gzip)),
  ]);
  const core = {
    ...index.core,
    postingsSizes: postings.map((b) => b.length),
    positionsSizes: positions.map((b) => b.length),
  };
  // A small index rides whole with the core: one download answers every query.
  const total = [...postings, ...positions].reduce((n, b) => n + b.length, 0);
  const embedded: EmbeddedShard[] = index.facetRows.map((bytes, k) => ({ kind: "facet", k, bytes }));
  if (total <= SEARCH_OPTIONS.embedAllBudgetBytes) {
    index.postings.forEach((bytes, k) => embedded.push({ kind: "postings", k, bytes }));
    index.positions.forEach((bytes, k) => embedded.push({ kind: "positions", k, bytes }));
  }
  const files = new Map<string, Uint8Array>();
  files.set(`${DATA_DIR}/${CORE_FILE}.bin`, await gzip(packCore(core, embedded)));
  postings.forEach((bytes, k) => files.set(`${DATA_DIR}/${postingsFile(k)}.bin`, bytes));
  positions.forEach((bytes, k) => files.set(`${DATA_DIR}/${positionsFile(k)}.bin`, bytes));
  texts.forEach((bytes, k) => files.set(`${TEXT_DIR}/${k}.bin`, bytes));
  return files;
}
