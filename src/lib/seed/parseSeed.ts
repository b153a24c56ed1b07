/**
 * Parses one seed file (digest or article page) into articles, and accounts for every line.
 *
 * Never guesses: input it cannot read without guessing becomes a problem with a line number,
 * and every non-blank line ends up with a role (published, banner or duplicate).
 */
import { withoutLeadingBanner } from "./banner.ts";
import { parseDateLine } from "./dates.ts";
import { codePoint, decodeSeed, type SeedLine } from "./decode.ts";
import { MESSAGES } from "./messages.ts";

/** What became of a non-blank seed line. */
export type LineRole = "banner" | "title" | "duplicate" | "date" | "heading" | "paragraph";

/** A piece of an article body. */
export interface Block {
  readonly type: "paragraph" | "heading";
  readonly text: string;
}

/** One article as it stands in one seed file. */
export interface SeedArticle {
  readonly file: string;
  readonly line: number;
  /** The last line of its body. */
  readonly lastLine: number;
  readonly sourceTitle: string;
  readonly date?: string;
  readonly blocks: readonly Block[];
}

/** Something wrong with a seed file, at a line. */
export interface SeedProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** The articles of one file, the role of each of its non-blank lines, and its problems. */
export interface ParsedSeed {
  readonly articles: SeedArticle[];
  readonly roles: Map<number, LineRole>;
  readonly problems: SeedProblem[];
  /** Things removed or doubtful, as `file:line: text`. */
  readonly warnings: string[];
}

/** Lines between blank lines, joined with spaces. */
interface Para {
  readonly line: number;
  readonly lines: readonly SeedLine[];
  readonly text: string;
  /** The text with white space folded, for comparisons (computed once). */
  readonly key: string;
}

/** Bidi embedding, override and isolate controls: they make a title display as other text. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/gu;
/** Characters that show nothing: white space and format characters (zero-width, bidi, joiners). */
const INVISIBLE = /[\s\p{Cf}]/gu;

/** Parses the bytes of one seed file named `file`. */
export function parseSeed(file: string, bytes: Uint8Array): ParsedSeed {
  const roles = new Map<number, LineRole>();
  const problems: SeedProblem[] = [];
  const warnings: string[] = [];
  const decoded = decodeSeed(bytes);
  if (!decoded.ok) {
    for (const e of decoded.errors) problems.push({ file, line: e.line, message: e.message });
    return { articles: [], roles, problems, warnings };
  }
  for (const w of decoded.warnings) warnings.push(`${file}:${w.line}: ${w.message}`);
  const content: Para[] = [];
  const paras = paragraphs(decoded.lines);
  // The banner stands only at the start of a file's first paragraph, and never in a title pair.
  paras.forEach((para, index) => {
    const text = index === 0 && !isTitlePair(paras, 0) ? withoutLeadingBanner(para.text) : para.text;
    if (text === "") {
      for (const line of para.lines) roles.set(line.line, "banner");
    } else content.push(text === para.text ? para : { ...para, text, key: normalise(text) });
  });
  const context = { file, roles, problems, warnings };
  if (content.length === 0) {
    problems.push({ file, line: 1, message: MESSAGES.noArticle });
    return { articles: [], roles, problems, warnings };
  }
  const articles = content.some((_, i) => isTitlePair(content, i))
    ? parseDigest(content, context)
    : parseArticlePage(content, context);
  return { articles, roles, problems, warnings };
}

interface Context {
  readonly file: string;
  readonly roles: Map<number, LineRole>;
  readonly problems: SeedProblem[];
  readonly warnings: string[];
}

function paragraphs(lines: readonly SeedLine[]): Para[] {
  const result: Para[] = [];
  let run: SeedLine[] = [];
  const flush = () => {
    const first = run[0];
    if (first) {
      const text = run.map((l) => l.text.trim()).join(" ");
      result.push({ line: first.line, lines: run, text, key: normalise(text) });
    }
    run = [];
  };
  for (const line of lines) {
    if (line.text.trim() === "") flush();
    else run.push(line);
  }
  flush();
  return result;
}

/** White space other than single spaces. */
const SPACING = /[^\S ]| {2}/;

/** Collapses white space so copies that differ only in spacing compare equal. */
export function normalise(text: string): string {
  // ASCII text is already in NFC; skipping normalize() saves a copy of most paragraphs, and text
  // whose only white space is single spaces needs no replacing. (`\s` is the same set with or
  // without the u flag; without it the search is faster.)
  const nfc = /[\u0080-\uffff]/.test(text) ? text.normalize("NFC") : text;
  return (SPACING.test(nfc) ? nfc.replace(/\s+/g, " ") : nfc).trim();
}

function isTitlePair(content: readonly Para[], i: number): boolean {
  const a = content[i];
  const b = content[i + 1];
  return a !== undefined && b !== undefined && a.lines.length === 1 && a.key === b.key;
}

function parseDigest(content: readonly Para[], context: Context): SeedArticle[] {
  const articles: SeedArticle[] = [];
  const first = content.findIndex((_, i) => isTitlePair(content, i));
  const orphan = content[0];
  if (first > 0 && orphan) {
    context.problems.push({ file: context.file, line: orphan.line, message: MESSAGES.bodyWithoutTitle });
  }
  let i = first;
  while (i < content.length) {
    const title = content[i] as Para;
    markLines(context, title, "title");
    let j = i + 1;
    while (content[j] !== undefined && content[j]!.key === title.key) {
      markLines(context, content[j]!, "duplicate");
      j++;
    }
    let end = j;
    while (end < content.length && !isTitlePair(content, end)) end++;
    const article = buildArticle(title, content.slice(j, end), context);
    if (article) articles.push(article);
    i = end;
  }
  return articles;
}

function parseArticlePage(content: readonly Para[], context: Context): SeedArticle[] {
  const title = content[0] as Para;
  if (parseDateLine(title.text).status !== "none") {
    context.problems.push({ file: context.file, line: title.line, message: MESSAGES.dateBeforeTitle });
    return [];
  }
  if (!isTitleLike(title)) {
    context.problems.push({ file: context.file, line: title.line, message: MESSAGES.pageWithoutTitle });
    return [];
  }
  markLines(context, title, "title");
  const article = buildArticle(title, content.slice(1), context);
  return article ? [article] : [];
}

function buildArticle(title: Para, body: readonly Para[], context: Context): SeedArticle | undefined {
  if (title.key.replace(INVISIBLE, "") === "") {
    context.problems.push({ file: context.file, line: title.line, message: MESSAGES.invisibleTitle });
    return undefined;
  }
  const bidi = title.key.match(BIDI);
  if (bidi) {
    context.warnings.push(
      `${context.file}:${title.line}: removed ${bidi.length} bidi control character(s) (${codePoint(bidi[0] ?? "")}) from the title: they make it display as other text`,
    );
  }
  const sourceTitle = bidi ? title.key.replace(BIDI, "").replace(/\s+/gu, " ").trim() : title.key;
  let rest = body;
  let date: string | undefined;
  const head = body[0];
  if (head && head.lines.length === 1) {
    const parsed = parseDateLine(head.text);
    if (parsed.status === "invalid") {
      context.problems.push({
        file: context.file,
        line: head.line,
        message: MESSAGES.invalidDate(parsed.reason),
      });
      return undefined;
    }
    if (parsed.status === "date") {
      date = parsed.iso;
      context.roles.set(head.line, "date");
      rest = body.slice(1);
    }
  }
  if (rest.length === 0) {
    context.problems.push({
      file: context.file,
      line: title.line,
      message: MESSAGES.titleWithoutBody(title.text),
    });
    return undefined;
  }
  const blocks: Block[] = [];
  let previous = "";
  rest.forEach((para, index) => {
    if (para.key === previous) {
      markLines(context, para, "duplicate"); // a paragraph pasted twice in a row
      return;
    }
    previous = para.key;
    const type = index < rest.length - 1 && isHeadingLike(para) ? "heading" : "paragraph";
    markLines(context, para, type);
    blocks.push({ type, text: para.key });
  });
  const lastLine = rest.at(-1)?.lines.at(-1)?.line ?? title.line;
  const base = { file: context.file, line: title.line, lastLine, sourceTitle, blocks };
  return date === undefined ? base : { ...base, date };
}

function markLines(context: Context, para: Para, role: LineRole): void {
  for (const line of para.lines) context.roles.set(line.line, role);
}

// The cheap tests come first: most paragraphs are long and fail them before their words are counted.
function isTitleLike(para: Para): boolean {
  return para.lines.length === 1 && !/[.,;:]$/u.test(para.text) && wordCount(para.text) <= 30;
}

/** The number of parts `text` splits into at runs of white space. */
function wordCount(text: string): number {
  return text.split(/\s+/u).length;
}

function isHeadingLike(para: Para): boolean {
  return (
    para.lines.length === 1 &&
    para.text.length <= 100 &&
    wordCount(para.text) <= 12 &&
    /^[\p{Lu}\p{N}]/u.test(para.text) &&
    !/[.,;:!?)"”’]$/u.test(para.text) &&
    parseDateLine(para.text).status === "none"
  );
}
