/**
 * A worker thread of `npm run ingest`: tags seed entries into articles, relates articles, or
 * writes articles as Markdown files, for the main thread (scripts/ingest.ts). It runs the very functions a
 * single-threaded ingest runs, so the output does not depend on which thread did the work.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { digestArticle, relateArticles } from "../src/lib/ingestDigest.ts";
import { articleToMarkdownFile } from "../src/lib/seed/frontmatter.ts";
import type { Article, SeedEntry } from "../src/lib/seed/ingestSeeds.ts";
import { errorText } from "../src/lib/errorText.ts";

/** A job for the worker. */
export type WorkerJob =
  | { readonly kind: "articles"; readonly entries: readonly SeedEntry[] }
  | { readonly kind: "related"; readonly articles: readonly Article[] }
  | {
      readonly kind: "markdown";
      readonly articles: readonly Article[];
      /** Each article's body as Markdown, made earlier. */
      readonly bodies: readonly string[];
      readonly dir: string;
    };

/** The worker's answer: articles, related slugs, the number of files written, or what went wrong. */
export type WorkerReply =
  | {
      readonly ok: true;
      readonly articles?: Article[];
      readonly related?: Map<string, string[]>;
      readonly written?: number;
    }
  | { readonly ok: false; readonly error: string };

/** Writes each article as `<slug>.md` in `dir` (with its body from `bodies`, same order, when given); returns how many. */
export function writeMarkdown(articles: readonly Article[], dir: string, bodies?: readonly string[]): number {
  articles.forEach((a, i) => {
    writeFileSync(path.join(dir, `${a.slug}.md`), articleToMarkdownFile(a, bodies?.[i]));
  });
  return articles.length;
}

function run(job: WorkerJob): WorkerReply {
  if (job.kind === "articles") return { ok: true, articles: job.entries.map(digestArticle) };
  if (job.kind === "related") return { ok: true, related: relateArticles(job.articles) };
  return { ok: true, written: writeMarkdown(job.articles, job.dir, job.bodies) };
}

parentPort?.on("message", (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    reply = run(job);
  } catch (error) {
    reply = { ok: false, error: errorText(error) };
  }
  parentPort?.postMessage(reply);
});
