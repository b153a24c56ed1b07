/**
 * Bare-baseline content collection: the same Markdown the site's ingest
 * produced (copied into src/content/articles by tests/bench/run.ts), loaded
 * with Astro's glob loader and a lenient schema.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** The single collection of the baseline: every generated article. */
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: "**/*.md", base: "./src/content/articles" }),
    schema: z.looseObject({ title: z.string() }),
  }),
};
