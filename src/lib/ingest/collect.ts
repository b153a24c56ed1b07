/**
 * The first step of the ingest: the seed files parsed, their repeated articles merged, and every
 * unique article given its URL slug and its place in seed order. Nothing is tagged yet.
 */
import { createHash } from "node:crypto";
import { earliestAdded, type AddedDate } from "./addedDates.ts";
import { WARNINGS } from "../seed/messages.ts";
import {
  parseSeed,
  type LineRole,
  type ParsedSeed,
  type SeedArticle,
  type SeedProblem,
} from "../seed/parseSeed.ts";
import { slugify } from "../seed/slugify.ts";

/** A seed file as read from disk. */
export interface SeedInput {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** When the file entered the repository; undated when not given. */
  readonly added?: AddedDate;
}

/** A unique article as the seed files give it, with its URL slug and seed-order position. */
export interface CollectedArticle {
  readonly article: SeedArticle;
  /** Seed files it appears in. */
  readonly sources: readonly string[];
  readonly slug: string;
  /** Position in seed order (file name, then line), for undated articles. */
  readonly order: number;
  /** The earliest added date of its sources. */
  readonly added: AddedDate;
}

/** Counts of one ingest, for its summary line. */
export type IngestStats = Readonly<Record<"files" | "occurrences" | "unique" | "merged", number>>;

/** The seed files read, merged and named, before any article is tagged. */
export interface CollectedSeeds {
  readonly entries: readonly CollectedArticle[];
  readonly problems: readonly SeedProblem[];
  readonly warnings: readonly string[];
  /** Per seed file, the role of each non-blank line. */
  readonly roles: ReadonlyMap<string, ReadonlyMap<number, LineRole>>;
  readonly stats: IngestStats;
}

/** What collecting needs beyond the files. */
export interface CollectOptions {
  /** Today (YYYY-MM-DD), to warn about dates more than a year ahead; no check without it. */
  readonly today?: string;
}

/**
 * Parses and merges the articles of all seed files, in file-name order, and gives each its slug.
 * `parsed` has the files already parsed (by name), as parseSeed parses them, and `keys` the
 * `articleKeys` of any of their articles, computed where they were parsed.
 */
export function collectSeeds(
  files: readonly SeedInput[],
  options: CollectOptions = {},
  parsed: ReadonlyMap<string, ParsedSeed> = new Map(),
  keys: ReadonlyMap<SeedArticle, ArticleKeys> = new Map(),
): CollectedSeeds {
  const latest = options.today === undefined ? undefined : aYearAfter(options.today);
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const problems: SeedProblem[] = [];
  const warnings: string[] = [];
  const roles = new Map<string, Map<number, LineRole>>();
  /** Articles by mergeHash; the articles of a bucket have different mergeKeys. */
  const byKey = new Map<string, { article: SeedArticle; sources: string[] }[]>();
  /** The merged articles, in the order first seen. */
  const merged: { article: SeedArticle; sources: string[] }[] = [];
  let occurrences = 0;
  for (const file of sorted) {
    const seed = parsed.get(file.name) ?? parseSeed(file.name, file.bytes);
    const fileRoles = seed.roles;
    roles.set(file.name, fileRoles);
    problems.push(...seed.problems);
    warnings.push(...seed.warnings);
    for (const article of seed.articles) {
      occurrences++;
      if (latest !== undefined && article.date !== undefined && article.date > latest) {
        const line = dateLine(fileRoles, article);
        warnings.push(`${file.name}:${line}: ${WARNINGS.farFuture(article.date)}`);
      }
      const hash = keys.get(article)?.hash ?? mergeHash(article);
      const bucket = byKey.get(hash);
      const key = bucket === undefined ? "" : mergeKey(article);
      const seen = bucket?.find((other) => mergeKey(other.article) === key);
      if (!seen) {
        const entry = { article, sources: [file.name] };
        if (bucket) bucket.push(entry);
        else byKey.set(hash, [entry]);
        merged.push(entry);
        continue;
      }
      if (contentKey(article) !== contentKey(seen.article)) {
        const other = `${seen.article.file}:${seen.article.line}`;
        warnings.push(`${file.name}:${article.line}: ${WARNINGS.nearDuplicate(other)}`);
      }
      if (!seen.sources.includes(file.name)) seen.sources.push(file.name);
      for (let line = article.line; line <= article.lastLine; line++) {
        if (fileRoles.has(line)) fileRoles.set(line, "duplicate");
      }
      if (
        article.date !== undefined &&
        seen.article.date !== undefined &&
        article.date !== seen.article.date
      ) {
        const other = `${seen.article.file}:${seen.article.line}`;
        warnings.push(
          `${file.name}:${article.line}: ${WARNINGS.datesDiffer(other, article.date, seen.article.date)}`,
        );
      } else if (seen.article.date === undefined && article.date !== undefined) {
        seen.article = { ...seen.article, date: article.date };
      }
    }
  }
  const named = assignSlugs(merged, keys);
  const addedOf = new Map(files.map((f) => [f.name, f.added ?? UNDATED]));
  const entries = named.entries.map((entry, order) => ({
    ...entry,
    order,
    added: earliestAdded(entry.sources.map((name) => addedOf.get(name) ?? UNDATED)),
  }));
  const stats = {
    files: sorted.length,
    occurrences,
    unique: entries.length,
    merged: occurrences - entries.length,
  };
  return { entries, problems, warnings: [...warnings, ...named.warnings], roles, stats };
}

const UNDATED: AddedDate = { status: "undated" };

/** The day a year after `day` (YYYY-MM-DD); 29 February goes to 1 March. */
function aYearAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

/** The line of an article's date, else its title's. */
function dateLine(roles: ReadonlyMap<number, LineRole>, article: SeedArticle): number {
  for (let line = article.line; line <= article.lastLine; line++) if (roles.get(line) === "date") return line;
  return article.line;
}

/** An article's exact text: the title and the blocks (white space already folded by the parser). */
function contentKey(article: SeedArticle): string {
  return [article.sourceTitle, ...article.blocks.map((b) => b.text)].join("\n");
}

/** Punctuation, symbols and white space within a block, which copies of one article may write differently. */
const LOOSE = /[\p{P}\p{S}\p{Z}\t]+/gu;
const LOOSE_ONE = /^[\p{P}\p{S}\p{Z}\t]$/u;

/**
 * What makes two articles the same article: the title and each block, equal after folding case
 * and dropping punctuation and white space ("U.S.-led" = "US led"), so a copy that differs only
 * in those is a duplicate. Blocks stay apart: a paragraph break still counts.
 */
function mergeKey(article: SeedArticle): string {
  return contentKey(article).toLowerCase().replace(LOOSE, "");
}

/** Per non-ASCII code point: what it adds to the loose text (its lower case), "" when it is dropped. */
const looseChar = new Map<number, string>();

function looseOf(cp: number): string {
  let out = looseChar.get(cp);
  if (out === undefined) {
    const ch = String.fromCodePoint(cp);
    // Σ lower-cases to ς or σ by its place in the word, and mergeKey lower-cases whole texts:
    // one letter for both keeps equal mergeKeys at equal hashes.
    out = LOOSE_ONE.test(ch) ? "" : ch.toLowerCase().replaceAll("ς", "σ");
    looseChar.set(cp, out);
  }
  return out;
}

/** ASCII code → what it adds to the loose text: -1 dropped, else the (lower-case) code. */
const LOOSE_ASCII = Int16Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return LOOSE_ONE.test(ch) ? -1 : ch.toLowerCase().charCodeAt(0);
});

/**
 * A 64-bit hash of an article's text after mergeKey's folding (with ς read as σ), computed in
 * one pass without building the folded text (which cost a third of a second at 10,000 articles).
 * Equal mergeKeys have equal hashes; articles whose hashes are equal are compared by mergeKey.
 */
export function mergeHash(article: SeedArticle): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let n = 0;
  const add = (c: number): void => {
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    n++;
  };
  const texts = [article.sourceTitle, ...article.blocks.map((b) => b.text)];
  texts.forEach((text, t) => {
    if (t > 0) add(10);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const o = LOOSE_ASCII[c] ?? -1;
        if (o >= 0) add(o);
        continue;
      }
      const cp = text.codePointAt(i) ?? c;
      if (cp > 0xffff) i++;
      const folded = looseOf(cp);
      for (let j = 0; j < folded.length; j++) add(folded.charCodeAt(j));
    }
  });
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${n}`;
}

/**
 * What collect needs of an article that depends on nothing else, so that it can be computed where
 * the article is parsed, on any thread: its merge hash and the slug its title gives (before any
 * suffix that tells it from another article's).
 */
export interface ArticleKeys {
  readonly hash: string;
  readonly slugBase: string;
}

/** An article's keys. */
export function articleKeys(article: SeedArticle): ArticleKeys {
  return { hash: mergeHash(article), slugBase: slugBase(article) };
}

function slugBase(article: SeedArticle): string {
  return slugify(article.sourceTitle) || "article";
}

/** Slugs from the source titles; a slug already taken gets a suffix from the article's text. */
function assignSlugs<T extends { readonly article: SeedArticle }>(
  entries: readonly T[],
  keys: ReadonlyMap<SeedArticle, ArticleKeys>,
): { entries: Array<T & { slug: string }>; warnings: string[] } {
  const taken = new Map<string, SeedArticle>();
  const warnings: string[] = [];
  const named = entries.map((entry) => {
    const { article } = entry;
    const base = keys.get(article)?.slugBase ?? slugBase(article);
    const holder = taken.get(base);
    let slug = base;
    if (holder) {
      const hash = createHash("sha256").update(contentKey(article)).digest("hex");
      slug = `${base}-${hash.slice(0, 6)}`;
      // Another article's plain slug may already be this one: lengthen the suffix until free.
      for (let n = 7; taken.has(slug) && n <= hash.length; n++) slug = `${base}-${hash.slice(0, n)}`;
      const other = `${holder.file}:${holder.line}`;
      const message =
        holder.sourceTitle === article.sourceTitle
          ? WARNINGS.titleTaken(article.sourceTitle, other, slug)
          : WARNINGS.urlTaken(article.sourceTitle, holder.sourceTitle, other, slug);
      warnings.push(`${article.file}:${article.line}: ${message}`);
    }
    taken.set(slug, article);
    if (!taken.has(base)) taken.set(base, article);
    return { ...entry, slug };
  });
  return { entries: named, warnings };
}
