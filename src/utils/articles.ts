/** Loads the article collection once per build, in listing order. */
import { getCollection, type CollectionEntry } from "astro:content";
import { byListingOrder } from "../lib/articleDates.ts";

export type ArticleEntry = CollectionEntry<"articles">;

let cache: Promise<ArticleEntry[]> | undefined;

/** All articles in listing order: previews, then newest first by source date, else added date, then undated. */
export function getArticles(): Promise<ArticleEntry[]> {
  if (import.meta.env.DEV) cache = undefined; // the dev server must see edited seeds
  cache ??= getCollection("articles").then((entries) =>
    entries.sort((a, b) => byListingOrder(a.data, b.data)),
  );
  return cache;
}

let mapCache: Promise<Map<string, ArticleEntry>> | undefined;

/** Articles by slug (built once per build; every article page looks up its related articles here). */
export function getArticleMap(): Promise<Map<string, ArticleEntry>> {
  if (import.meta.env.DEV) mapCache = undefined;
  mapCache ??= getArticles().then((articles) => new Map(articles.map((a) => [a.id, a])));
  return mapCache;
}
