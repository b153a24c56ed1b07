/** The article collection: the Markdown that `npm run ingest` writes from the seed files. */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { articleSchema } from "./articleSchema.ts";

const articles = defineCollection({
  loader: glob({ pattern: "*.md", base: "./src/content/articles" }),
  schema: articleSchema,
});

export const collections = { articles };
