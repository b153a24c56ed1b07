/** The article collection: the Markdown that `npm run ingest` writes from the seed files. */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { articleSchema } from "./articleSchema.ts";

const articles = defineCollection({
  loader: glob({
    pattern: "*.md",
    base: "./src/content/articles",
    // The pages render each entry's HTML and never read its Markdown source in `astro build` (the
    // build-data child reads the files), so the build's data store leaves the source out: at
    // 10,000 articles that is a third of the store (34 to 23 MB), which Astro serializes, bundles
    // and loads again. The dev server keeps it for the open data it makes itself (utils/openData.ts).
    retainBody: import.meta.env.DEV,
  }),
  schema: articleSchema,
});

export const collections = { articles };
