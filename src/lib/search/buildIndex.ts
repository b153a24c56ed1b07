/**
 * Builds the search index at build time: a sorted vocabulary with Fuse.js's document frequencies,
 * per-field postings of terms (rare terms in one shard loaded with the core, the others in small
 * shards, see buildShards.ts), per-field postings of the n-grams that short query words match
 * exactly, and a compact document store. No file system here; compression is
 * left to the caller.
 */
import { textNormPerMille, tokenize, wordRuns } from "./analyze.ts";
import { fieldText, type SearchDocument } from "./documents.ts";
import {
  NORMS_FROM_FACETS,
  delta,
  encodeNorms,
  maxErrors,
  normTable,
  type CoreData,
  type IndexedTag,
  type NormColumn,
} from "./format.ts";
import { INDEX_FORMAT, SEARCH_ERRORS, SEARCH_OPTIONS } from "./options.ts";
import { encodeGramShards, encodeTermShards, gramLists } from "./buildShards.ts";

/** A tag as the index builder is given it. */
export interface SearchTag {
  readonly slug: string;
  readonly label: string;
  /** What it adds to the "tags" field of its documents (see tagsText). */
  readonly tags: string;
}

/** Build inputs besides the documents. */
export interface BuildOptions {
  readonly programmes: readonly SearchTag[];
  readonly topics: readonly SearchTag[];
  /** The slug a title gets by default; slugs equal to it are not stored. */
  readonly slugOf: (title: string) => string;
}

/** The built index: core data (sizes are raw until the caller compresses) and shard bytes. */
export interface BuiltIndex {
  readonly core: CoreData;
  readonly termShards: readonly Uint8Array[];
  readonly gramShards: readonly Uint8Array[];
}

/** Builds the index of `docs` (their order is the result tie-break order). */
export function buildSearchIndex(docs: readonly SearchDocument[], options: BuildOptions): BuiltIndex {
  const fields = SEARCH_OPTIONS.fields;
  if (fields.length > 30) throw new Error(SEARCH_ERRORS.tooManyFields);
  const postings = new Map<string, number[][]>();
  const df = new Map<string, number>();
  const norms: number[][] = fields.map(() => []);
  let fieldCount = 0;
  docs.forEach((doc, id) => {
    for (let f = 0; f < fields.length; f++) {
      const spec = fields[f];
      const text = spec ? fieldText(doc, spec.name) : "";
      norms[f]?.push(textNormPerMille(text));
      const distinct = new Set(tokenize(text));
      if (distinct.size === 0) continue;
      fieldCount++;
      for (const term of distinct) {
        df.set(term, (df.get(term) ?? 0) + 1);
        let lists = postings.get(term);
        if (!lists) postings.set(term, (lists = fields.map(() => [])));
        lists[f]?.push(id);
      }
    }
  });
  const terms = [...postings.keys()].sort();
  const termLists = terms.map((t) => postings.get(t) ?? []);
  const termPart = encodeTermShards(termLists, docs.length);
  const gramLengths = exactLengths();
  const gramPart = encodeGramShards(gramLists(terms, termLists, gramLengths, docs.length), docs.length);
  const facets = {
    programmes: indexedTags(options.programmes, docs, (d) => d.programmes),
    topics: indexedTags(options.topics, docs, (d) => d.topics),
  };
  const titles = docs.map((d) => d.title);
  const core: CoreData = {
    format: INDEX_FORMAT,
    docCount: docs.length,
    fieldCount,
    fields: fields.map((f) => ({ name: f.name, weight: f.weight })),
    terms: terms.join("\n"),
    df: terms.map((t) => df.get(t) ?? 0),
    termShard: termPart.shardOf,
    termShardSizes: termPart.shards.map((s) => s.length),
    gramLengths,
    gramShardStarts: gramPart.starts,
    gramShardSizes: gramPart.shards.map((s) => s.length),
    docs: {
      titles,
      slugs: docs.map((d) => (options.slugOf(d.title) === d.slug ? "" : d.slug)),
      dates: docs.map((d) => d.date ?? ""),
      norms: compactNorms(norms, fields, docs.length, facets),
    },
    facets,
  };
  return { core, termShards: termPart.shards, gramShards: gramPart.shards };
}

/**
 * The norm columns as stored: the tags column is computed from the facets when that gives exactly
 * the same numbers (the tags text is the names of the document's programmes and topics); any other
 * column is listed.
 */
function compactNorms(
  norms: readonly number[][],
  fields: readonly { readonly name: string }[],
  docCount: number,
  facets: CoreData["facets"],
): NormColumn[] {
  const listed = norms.map((column) => encodeNorms(column));
  const derived = fields.map((f, i) => (f.name === "tags" ? NORMS_FROM_FACETS : (listed[i] ?? "")));
  const stub = { docCount, fields, facets, docs: { norms: derived } } as unknown as CoreData;
  const table = normTable(stub);
  return derived.map((column, f) => {
    if (column !== NORMS_FROM_FACETS) return column;
    const exact = (norms[f] ?? []).every((v, d) => table[d * fields.length + f] === v);
    return exact ? column : (listed[f] ?? "");
  });
}

/** Query-word lengths that Bitap matches only exactly at the configured threshold. */
export function exactLengths(): number[] {
  const out: number[] = [];
  for (let n = SEARCH_OPTIONS.minWordLength; maxErrors(n, SEARCH_OPTIONS.threshold) === 0; n++) out.push(n);
  return out;
}

function indexedTags(
  values: readonly SearchTag[],
  docs: readonly SearchDocument[],
  of: (d: SearchDocument) => readonly string[],
): IndexedTag[] {
  return values.map((v) => {
    const ids: number[] = [];
    docs.forEach((d, id) => {
      if (of(d).includes(v.slug)) ids.push(id);
    });
    return { slug: v.slug, label: v.label, docs: delta(ids), words: wordRuns(v.tags) };
  });
}
