/**
 * The whole ingest as one function: seed files in; articles, their Markdown files and the search
 * documents out, with every problem, warning and line role on the way. It returns new values and
 * writes nothing: `npm run ingest` (scripts/ingest.ts) writes the files, and only when there are
 * no problems.
 *
 *   read (parse, analyse each article's text, count its words) → collect (merge, slug) → tag
 *     → relate (index here, score in runs of articles) → publish (each article's Markdown file and
 *     search document)
 *
 * Reading is per file and analysing per article, on any thread, before merging: the text of a
 * repeated article is analysed twice, but it travels to a worker thread once, as the file.
 *
 * Parallelism is passed in: `npm run ingest` gives a worker pool, tests give `SAME_THREAD`. The
 * steps are the same functions wherever they run, so the output does not depend on it.
 */
import { byListingOrder, listingDate } from "../articleDates.ts";
import { placeSlugs } from "../places/rollup.ts";
import type { SearchSource } from "../search/build/documents.ts";
import { documentJson, documentsJson } from "../search/build/documentsFile.ts";
import { parseSeed, type ParsedSeed, type SeedArticle } from "../seed/parseSeed.ts";
import {
  analyseArticle,
  markdownFile,
  relateRange,
  relationIndex,
  tagArticle,
  type Analysis,
  type Article,
  type ArticleFile,
  type RelateJob,
} from "./article.ts";
import {
  articleKeys,
  collectSeeds,
  type ArticleKeys,
  type CollectedSeeds,
  type CollectOptions,
  type SeedInput,
} from "./collect.ts";

/** A seed file parsed, with the analysis and the keys (merge hash, slug base) of each of its articles (same order). */
export interface ReadSeed {
  readonly parsed: ParsedSeed;
  readonly analyses: readonly Analysis[];
  readonly keys: readonly ArticleKeys[];
}

/** Parses one seed file and analyses each of its articles. */
export function readSeed(file: Pick<SeedInput, "name" | "bytes">): ReadSeed {
  const parsed = parseSeed(file.name, file.bytes);
  return {
    parsed,
    analyses: parsed.articles.map(analyseArticle),
    keys: parsed.articles.map(articleKeys),
  };
}

/** The steps a thread runs over a list, by name: a worker thread is sent the name, never a function. */
/** What is published of one article: its Markdown file, and its search document as JSON. */
export interface Published {
  readonly file: ArticleFile;
  readonly document: string;
}

/** Publishes one article. */
export function publish(article: Article): Published {
  return { file: markdownFile(article), document: documentJson(searchSource(article)) };
}

export const STEPS = { read: readSeed, relate: relateRange, publish } as const;

/** Runs of articles for the relate step: enough for every thread to get several. */
const RELATE_RUNS = 32;

/** The name of a list step. */
export type StepName = keyof typeof STEPS;
/** What a step takes, one item. */
export type StepInput<S extends StepName> = Parameters<(typeof STEPS)[S]>[0];
/** What a step gives, one item. */
export type StepOutput<S extends StepName> = ReturnType<(typeof STEPS)[S]>;

/** How the pipeline runs its heavy steps. */
export interface Parallel {
  /** `runStep(step, items)`: the outputs in the items' order, computed on any threads. */
  map<S extends StepName>(step: S, items: readonly StepInput<S>[]): Promise<StepOutput<S>[]>;
}

/** A step over a list, on this thread. */
export function runStep<S extends StepName>(step: S, items: readonly StepInput<S>[]): StepOutput<S>[] {
  const fn = STEPS[step] as (item: StepInput<S>) => StepOutput<S>;
  return items.map((item) => fn(item));
}

/** Everything on this thread, in order. */
export const SAME_THREAD: Parallel = {
  map: (step, items) => Promise.resolve(runStep(step, items)),
};

/** What one ingest made; `articles`, `files` and `documents` are empty when there are problems. */
export interface Ingested extends CollectedSeeds {
  /** In seed order, related articles included. */
  readonly articles: readonly Article[];
  /** One Markdown file per article, same order. */
  readonly files: readonly ArticleFile[];
  /** The search documents (`DOCUMENTS_FILE`), from which the build makes the search index. */
  readonly documents: string;
}

/**
 * What earlier ingests read, kept between them: `readSeed`'s result for a file, found by the
 * file's name and bytes. The caller decides where it lives; a file not found is read again.
 */
export interface ReadCache {
  get(file: Pick<SeedInput, "name" | "bytes">): ReadSeed | undefined;
  set(file: Pick<SeedInput, "name" | "bytes">, read: ReadSeed): void;
}

/** How to run the ingest. */
export interface IngestOptions extends CollectOptions {
  /** Files read by an earlier ingest are taken from here, and new ones are put in. */
  readonly cache?: ReadCache;
  /** Told as each step begins ("read", "collect", "relate", "publish"): for timing, never for output. */
  readonly onStep?: (step: string) => void;
}

/** Runs the ingest over `seeds`. */
export async function ingest(
  seeds: readonly SeedInput[],
  parallel: Parallel = SAME_THREAD,
  options: IngestOptions = {},
): Promise<Ingested> {
  const { cache, onStep } = options;
  onStep?.("read");
  const cached = seeds.map((file) => cache?.get(file));
  const missing = seeds.filter((_, i) => cached[i] === undefined).map(({ name, bytes }) => ({ name, bytes }));
  const fresh = await parallel.map("read", missing);
  missing.forEach((file, i) => cache?.set(file, at(fresh, i)));
  let next = 0;
  const read = cached.map((hit) => hit ?? at(fresh, next++));
  onStep?.("collect");
  const keys = new Map<SeedArticle, ArticleKeys>();
  for (const { parsed, keys: list } of read) parsed.articles.forEach((a, k) => keys.set(a, at(list, k)));
  const collected = collectSeeds(
    seeds,
    options,
    new Map(seeds.map((s, i) => [s.name, at(read, i).parsed])),
    keys,
  );
  if (collected.problems.length > 0) return { ...collected, articles: [], files: [], documents: "" };
  const analyses = new Map<string, Analysis>();
  for (const { parsed, analyses: list } of read) {
    parsed.articles.forEach((article, k) => analyses.set(occurrence(article), at(list, k)));
  }
  const analysed = collected.entries.map(
    (entry) => analyses.get(occurrence(entry.article)) ?? analyseArticle(entry.article),
  );
  const tagged = collected.entries.map((entry, i) => tagArticle(entry, at(analysed, i)));
  // The index is built here from the words each read counted; it is numbers in shared memory,
  // so every thread scores its runs of articles over the same index without copying it.
  onStep?.("relate");
  const index = relationIndex(tagged, analysed);
  const jobs: RelateJob[] = Array.from({ length: RELATE_RUNS }, (_, k) => ({
    index,
    from: Math.floor((k * tagged.length) / RELATE_RUNS),
    to: Math.floor(((k + 1) * tagged.length) / RELATE_RUNS),
  }));
  const related = (await parallel.map("relate", jobs)).flat();
  const articles = tagged.map((article, i) => ({
    ...article,
    related: (related[i] ?? []).map((j) => at(tagged, j).slug),
  }));
  onStep?.("publish");
  const published = await parallel.map("publish", articles);
  const listing = articles.map((_, i) => i).sort((i, j) => byListingOrder(at(articles, i), at(articles, j)));
  const documents = documentsJson(listing.map((i) => at(published, i).document));
  return { ...collected, articles, files: published.map((p) => p.file), documents };
}

/** Where an article occurs: its file and line. */
function occurrence(article: SeedArticle): string {
  return `${article.file}:${article.line}`;
}

/** `list[i]`, which must exist. */
function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`ingest: no item ${i}`);
  return item;
}

/** An article's searchable fields. */
function searchSource(a: Article): SearchSource {
  return {
    slug: a.slug,
    title: a.title,
    ...(a.date === undefined ? {} : { date: a.date }),
    ...(listingDate(a) === undefined ? {} : { listed: listingDate(a) }),
    programmes: a.programmes,
    topics: a.topics,
    places: placeSlugs(a.regions, a.countries),
    blocks: a.blocks.map((b) => b.text),
  };
}
