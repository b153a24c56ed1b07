/** Loads the article collection once per build, in digest order. */
import { getCollection, type CollectionEntry } from "astro:content";
import { byDigestOrder } from "../lib/listing.ts";

export type ArticleEntry = CollectionEntry<"articles">;

let cache: Promise<ArticleEntry[]> | undefined;

/** All articles, dated newest first, then undated in seed order. */
export function getArticles(): Promise<ArticleEntry[]> {
  if (import.meta.env.DEV) cache = undefined; // the dev server must see edited seeds
  cache ??= getCollection("articles").then((entries) =>
    entries.sort((a, b) => byDigestOrder(a.data, b.data)),
  );
  return cache;
}

/** Articles by slug. */
export async function getArticleMap(): Promise<Map<string, ArticleEntry>> {
  return new Map((await getArticles()).map((a) => [a.id, a]));
}
