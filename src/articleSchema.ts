/**
 * The article collection's front-matter schema: what `npm run ingest` writes at the top of each
 * Markdown file. The collection (content.config.ts) validates every entry with it, and the build's
 * data process (src/integrations/buildData.ts) reads the same files through it, so both see the
 * same data, defaults included.
 */
import { z } from "astro/zod";

export const articleSchema = z.object({
  /** Display title, with apostrophes and hyphens restored from the body. */
  title: z.string().min(1),
  /** The title exactly as the seed file wrote it. */
  sourceTitle: z.string().min(1),
  /** Publication date, only when the article's text states one (YYYY-MM-DD). */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** The day the article's first seed file was committed (YYYY-MM-DD), when the history tells. */
  added: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** True when none of its seed files is committed yet: shown first, marked "Preview", never in feeds. */
  preview: z.boolean().default(false),
  /** The language (BCP 47) when the text is written in a script other than the site's English. */
  lang: z.string().optional(),
  /** Plain-text summary of at most 200 characters, for listings and the meta description. */
  summary: z.string().max(200),
  /** Every seed file the article appears in. */
  sources: z.array(z.string()).min(1),
  /** Position in seed order, used to list undated articles. */
  order: z.number().int().nonnegative(),
  /** Programme slugs named in the text. */
  programmes: z.array(z.string()).default([]),
  /** Topic slugs. */
  topics: z.array(z.string()).default([]),
  /** Region and country slugs named in the text. */
  regions: z.array(z.string()).default([]),
  /** Partner organisation slugs named in the text (shown on the article, no page of their own). */
  partners: z.array(z.string()).default([]),
  /** ISO 3166-1 alpha-2 codes of the countries the text names (Kosovo: XK), in order of first mention. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
  /** Slugs of 3–5 related articles, computed at ingest. */
  related: z.array(z.string()).default([]),
});

/** An article's front matter, as the collection and the data process see it. */
export type ArticleData = z.output<typeof articleSchema>;
