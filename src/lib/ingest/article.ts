/**
 * The per-article steps of the ingest: a collected article tagged, the articles related
 * to each other, and an article written as its Markdown file. Each is a plain function of its
 * input, so any thread can run it and the output does not depend on which did.
 */
import { relatedIndex, relatedInRange, termCounts, type RelatedIndex, type TermCounts } from "../related.ts";
import { articleToMarkdownFile } from "../seed/frontmatter.ts";
import type { Block, SeedArticle } from "../seed/parseSeed.ts";
import { recognisePlaces } from "../places/recognise.ts";
import { regionSlugs } from "../places/rollup.ts";
import { repairTitle } from "../seed/repairTitle.ts";
import { scriptLanguage } from "../seed/language.ts";
import { summarize } from "../seed/summarize.ts";
import { classify } from "../taxonomy/classify.ts";
import type { CollectedArticle } from "./collect.ts";

/** One unique article, ready to be written as Markdown. */
export interface Article {
  readonly slug: string;
  readonly title: string;
  readonly sourceTitle: string;
  /** The date the text states (YYYY-MM-DD), never invented. */
  readonly date?: string;
  /** The day its first seed file was committed (YYYY-MM-DD), when history tells. */
  readonly added?: string;
  /** True when none of its seed files is committed yet: an editor's preview, kept out of feeds. */
  readonly preview?: true;
  /** The language (BCP 47) when the text is in a script other than the site's English. */
  readonly lang?: string;
  readonly summary: string;
  readonly sources: readonly string[];
  readonly blocks: readonly Block[];
  /** Position in seed order (file name, then line), for undated articles. */
  readonly order: number;
  /** Tag slugs the text names, by facet (src/lib/taxonomy), and the partners it names. */
  readonly programmes: readonly string[];
  readonly topics: readonly string[];
  readonly regions: readonly string[];
  readonly partners: readonly string[];
  /** ISO 3166-1 alpha-2 codes of the countries the text names, in order of first mention (places/recognise.ts). */
  readonly countries: readonly string[];
  /** Slugs of the related articles, most related first. */
  readonly related: readonly string[];
}

/** Slug → the slugs of its related articles. */
export type Related = ReadonlyMap<string, readonly string[]>;

/** A Markdown file to write into the articles folder. */
export interface ArticleFile {
  readonly name: string;
  readonly text: string;
}

/**
 * What an article's own text tells: its repaired title, language, summary, tags and countries,
 * and its counted words for related articles.
 */
export type Analysis = Pick<
  Article,
  "title" | "lang" | "summary" | "programmes" | "topics" | "regions" | "partners" | "countries"
> & { readonly termCounts: TermCounts };

/** The analysis of one article's text: it depends on nothing else, so it can run before merging. */
export function analyseArticle(seed: SeedArticle): Analysis {
  const paragraphs = seed.blocks.filter((b) => b.type === "paragraph").map((b) => b.text);
  const body = seed.blocks.map((b) => b.text).join("\n\n");
  const title = repairTitle(seed.sourceTitle, body);
  const lang = scriptLanguage(`${title}\n${body}`);
  const places = recognisePlaces(`${title}\n${body}`);
  return {
    title,
    ...(lang === undefined ? {} : { lang }),
    summary: summarize(paragraphs),
    ...classify({ title, body }),
    // Regions roll up from places: the regions it names and the M49 regions of its countries.
    regions: regionSlugs(places.countries, places.regions),
    countries: places.countries,
    // The words related articles compare: the title and every block, as the article is published.
    termCounts: termCounts([title, ...seed.blocks.map((b) => b.text)].join("\n\n")),
  };
}

/** The publishable article of a collected article and the analysis of its text; related articles come later. */
export function tagArticle(
  entry: CollectedArticle,
  analysis: Analysis = analyseArticle(entry.article),
): Article {
  const { article: seed, sources, slug, order, added } = entry;
  const { title, lang, summary, programmes, topics, regions, partners, countries } = analysis;
  const article: Article = {
    slug,
    title,
    sourceTitle: seed.sourceTitle,
    summary,
    sources,
    blocks: seed.blocks,
    order,
    programmes,
    topics,
    regions,
    partners,
    countries,
    related: [],
  };
  return {
    ...article,
    ...(seed.date === undefined ? {} : { date: seed.date }),
    ...(lang === undefined ? {} : { lang }),
    ...(added.status === "added" ? { added: added.date } : {}),
    ...(added.status === "not yet added" ? { preview: true } : {}),
  };
}

/** The related-articles index of `articles`, given the analysis of each (same order). */
export function relationIndex(articles: readonly Article[], analyses: readonly Analysis[]): RelatedIndex {
  return relatedIndex(
    articles.map((a, i) => ({
      slug: a.slug,
      programmes: a.programmes,
      topics: a.topics,
      regions: a.regions,
      termCounts: analysisAt(analyses, i).termCounts,
    })),
  );
}

function analysisAt(analyses: readonly Analysis[], i: number): Analysis {
  const analysis = analyses[i];
  if (analysis === undefined) throw new Error(`relationIndex: no analysis for article ${i}`);
  return analysis;
}

/** A run of articles of a related-articles index, for one thread to relate. */
export interface RelateJob {
  readonly index: RelatedIndex;
  readonly from: number;
  readonly to: number;
}

/** The related articles (indices into the index, best first) of each article of the job. */
export function relateRange(job: RelateJob): number[][] {
  return relatedInRange(job.index, job.from, job.to);
}

/** An article as the Markdown file of the content collection. */
export function markdownFile(article: Article): ArticleFile {
  return { name: `${article.slug}.md`, text: articleToMarkdownFile(article) };
}
