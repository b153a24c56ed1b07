/**
 * The whole ingest as a pure function: seed files in, articles (with slugs, summaries, tags and
 * related articles) out, plus every problem and warning and a line-by-line account.
 *
 * Never publishes half an ingest: callers write nothing when `problems` is non-empty.
 */
import { createHash } from "node:crypto";
import { parseSeed, type Block, type LineRole, type SeedArticle, type SeedProblem } from "./parseSeed.ts";
import { repairTitle } from "./repairTitle.ts";
import { slugify } from "./slugify.ts";
import { summarize } from "./summarize.ts";

/** A seed file as read from disk. */
export interface SeedInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Tags an article by its text. */
export type Classifier = (text: { title: string; body: string }) => {
  programmes: string[];
  topics: string[];
  regions: string[];
  partners: string[];
};

/** One unique article, ready to be written as Markdown. */
export interface Article {
  readonly slug: string;
  readonly title: string;
  readonly sourceTitle: string;
  readonly date?: string;
  readonly summary: string;
  readonly sources: string[];
  readonly blocks: readonly Block[];
  /** Position in seed order (file name, then line), for undated articles. */
  readonly order: number;
  readonly programmes: string[];
  readonly topics: string[];
  readonly regions: string[];
  readonly partners: string[];
  related: string[];
}

/** Everything one ingest found. */
export interface IngestReport {
  readonly articles: Article[];
  readonly problems: SeedProblem[];
  readonly warnings: string[];
  /** Per seed file, the role of each non-blank line. */
  readonly roles: Map<string, Map<number, LineRole>>;
  readonly stats: { files: number; occurrences: number; unique: number; merged: number };
}

/** Ingest options: how to tag articles and how to relate them. */
export interface IngestOptions {
  readonly classify?: Classifier;
  readonly relate?: (articles: readonly Article[]) => Map<string, string[]>;
}

const untagged: Classifier = () => ({ programmes: [], topics: [], regions: [], partners: [] });

/** A unique article as the seed files give it, with its URL slug and seed-order position. */
export interface SeedEntry {
  readonly article: SeedArticle;
  /** Seed files it appears in. */
  readonly sources: string[];
  readonly slug: string;
  readonly order: number;
}

/** The seed files read, merged and named, before any article is tagged. */
export interface CollectedSeeds {
  readonly entries: SeedEntry[];
  readonly problems: SeedProblem[];
  readonly warnings: string[];
  readonly roles: Map<string, Map<number, LineRole>>;
  readonly stats: IngestReport["stats"];
}

/** Parses and merges the articles of all seed files, in file-name order, and gives each its slug. */
export function collectSeeds(files: readonly SeedInput[]): CollectedSeeds {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const problems: SeedProblem[] = [];
  const warnings: string[] = [];
  const roles = new Map<string, Map<number, LineRole>>();
  const byKey = new Map<string, { article: SeedArticle; sources: string[] }>();
  let occurrences = 0;
  for (const file of sorted) {
    const parsed = parseSeed(file.name, file.bytes);
    roles.set(file.name, parsed.roles);
    problems.push(...parsed.problems);
    warnings.push(...parsed.warnings);
    for (const article of parsed.articles) {
      occurrences++;
      const key = contentKey(article);
      const seen = byKey.get(key);
      if (seen) {
        if (!seen.sources.includes(file.name)) seen.sources.push(file.name);
        markDuplicate(parsed.roles, article);
        if (
          article.date !== undefined &&
          seen.article.date !== undefined &&
          article.date !== seen.article.date
        ) {
          warnings.push(
            `${file.name}:${article.line}: same article as ${seen.article.file}:${seen.article.line} but dated ${article.date}, not ${seen.article.date}; kept the first date`,
          );
        } else if (seen.article.date === undefined && article.date !== undefined) {
          seen.article = { ...seen.article, date: article.date };
        }
      } else {
        byKey.set(key, { article, sources: [file.name] });
      }
    }
  }
  const entries = assignSlugs([...byKey.values()], warnings).map((entry, order) => ({ ...entry, order }));
  const stats = {
    files: sorted.length,
    occurrences,
    unique: entries.length,
    merged: occurrences - entries.length,
  };
  return { entries, problems, warnings, roles, stats };
}

/** Parses, merges, names and tags the articles of all seed files, in file-name order. */
export function ingestSeeds(files: readonly SeedInput[], options: IngestOptions = {}): IngestReport {
  const classify = options.classify ?? untagged;
  const { entries, problems, warnings, roles, stats } = collectSeeds(files);
  const articles = entries.map((entry) => toArticle(entry, classify));
  if (options.relate) {
    const related = options.relate(articles);
    for (const article of articles) article.related = related.get(article.slug) ?? [];
  }
  return { articles, problems, warnings, roles, stats };
}

function contentKey(article: SeedArticle): string {
  return [article.sourceTitle, ...article.blocks.map((b) => b.text)].join("\n"); // already folded by the parser
}

function markDuplicate(roles: Map<number, LineRole>, article: SeedArticle): void {
  for (let line = article.line; line <= article.lastLine; line++) {
    if (roles.has(line)) roles.set(line, "duplicate");
  }
}

function assignSlugs(
  entries: Array<{ article: SeedArticle; sources: string[] }>,
  warnings: string[],
): Array<{ article: SeedArticle; sources: string[]; slug: string }> {
  const taken = new Map<string, SeedArticle>();
  return entries.map((entry) => {
    const base = slugify(entry.article.sourceTitle) || "article";
    const holder = taken.get(base);
    let slug = base;
    if (holder) {
      const digest = hash(contentKey(entry.article));
      slug = `${base}-${digest.slice(0, 6)}`;
      // Another article's plain slug may already be this one: lengthen the suffix until free.
      for (let n = 7; taken.has(slug) && n <= digest.length; n++) slug = `${base}-${digest.slice(0, n)}`;
      warnings.push(
        holder.sourceTitle === entry.article.sourceTitle
          ? `${entry.article.file}:${entry.article.line}: the title "${entry.article.sourceTitle}" is also at ${holder.file}:${holder.line} with different text; published both, this one as /articles/${slug}/`
          : `${entry.article.file}:${entry.article.line}: the title "${entry.article.sourceTitle}" makes the same URL as "${holder.sourceTitle}" at ${holder.file}:${holder.line}; published both, this one as /articles/${slug}/`,
      );
    }
    taken.set(slug, entry.article);
    if (!taken.has(base)) taken.set(base, entry.article);
    return { ...entry, slug };
  });
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The publishable article of a seed entry: repaired title, summary and tags (related articles come later). */
export function toArticle(entry: SeedEntry, classify: Classifier): Article {
  const { article: seed, sources, slug, order } = entry;
  const paragraphs = seed.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);
  const body = seed.blocks.map((b) => b.text).join("\n\n");
  const title = repairTitle(seed.sourceTitle, body);
  const tags = classify({ title, body });
  const article: Article = {
    slug,
    title,
    sourceTitle: seed.sourceTitle,
    summary: summarize(paragraphs),
    sources,
    blocks: seed.blocks,
    order,
    ...tags,
    related: [],
  };
  return seed.date === undefined ? article : { ...article, date: seed.date };
}
