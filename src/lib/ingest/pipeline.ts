/**
 * The whole ingest as one function: seed files in; articles, their Markdown files and the search
 * documents out, with every problem, warning and line role on the way. It returns new values and
 * writes nothing: `npm run ingest` (scripts/ingest.ts) writes the files, and only when there are
 * no problems.
 *
 *   collect (parse, merge, slug) → tag → relate → search documents → Markdown
 *
 * Parallelism is passed in: `npm run ingest` gives a worker pool, tests give `SAME_THREAD`. The
 * steps are the same functions wherever they run, so the output does not depend on it.
 */
import { byListingOrder } from "../articleDates.ts";
import { documentsJson } from "../search/documentsFile.ts";
import {
  markdownFile,
  relateArticles,
  tagArticle,
  type Article,
  type ArticleFile,
  type Related,
} from "./article.ts";
import { collectSeeds, type CollectedSeeds, type CollectOptions, type SeedInput } from "./collect.ts";

/** The steps a thread runs over a list, by name: a worker thread is sent the name, never a function. */
export const STEPS = { tag: tagArticle, markdown: markdownFile } as const;

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
  /** `relateArticles(articles)`, perhaps on another thread while this one makes the search documents. */
  relate(articles: readonly Article[]): Promise<Related>;
}

/** A step over a list, on this thread. */
export function runStep<S extends StepName>(step: S, items: readonly StepInput<S>[]): StepOutput<S>[] {
  const fn = STEPS[step] as (item: StepInput<S>) => StepOutput<S>;
  return items.map((item) => fn(item));
}

/** Everything on this thread, in order. */
export const SAME_THREAD: Parallel = {
  map: (step, items) => Promise.resolve(runStep(step, items)),
  relate: (articles) => Promise.resolve(relateArticles(articles)),
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

/** Runs the ingest over `seeds`. */
export async function ingest(
  seeds: readonly SeedInput[],
  parallel: Parallel = SAME_THREAD,
  options: CollectOptions = {},
): Promise<Ingested> {
  const collected = collectSeeds(seeds, options);
  if (collected.problems.length > 0) return { ...collected, articles: [], files: [], documents: "" };
  const tagged = await parallel.map("tag", collected.entries);
  const relating = parallel.relate(tagged);
  const documents = searchDocuments(tagged);
  const related = await relating;
  const articles = tagged.map((article) => ({ ...article, related: related.get(article.slug) ?? [] }));
  const files = await parallel.map("markdown", articles);
  return { ...collected, articles, files, documents };
}

/** Every article's searchable fields, in listing order. */
function searchDocuments(articles: readonly Article[]): string {
  return documentsJson(
    [...articles].sort(byListingOrder).map((a) => ({
      slug: a.slug,
      title: a.title,
      ...(a.date === undefined ? {} : { date: a.date }),
      programmes: a.programmes,
      topics: a.topics,
      blocks: a.blocks.map((b) => b.text),
    })),
  );
}
