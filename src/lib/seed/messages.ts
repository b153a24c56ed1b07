/**
 * The ingest's error messages: each says what is wrong and how to fix it.
 * Tests import these, so wording changes in one place.
 */
export const MESSAGES = {
  invalidUtf8: (column: number) =>
    `invalid UTF-8 (first bad byte at byte ${column} of this line); save the file as UTF-8`,
  invisibleTitle:
    "title has no visible characters (only zero-width, format or bidi characters); write the title out",
  noArticle:
    "no article found: the file is empty or holds only the language banner; add articles or remove the file",
  bodyWithoutTitle:
    "body text with no title: every article starts with its title line, a blank line and the same title again; add the title pair above this text",
  dateBeforeTitle:
    "article page has no title: the date line comes first; put the article's title on its own line above the date",
  pageWithoutTitle:
    "article page has no title: the first line is body text; put the article's title on its own line above it",
  titleWithoutBody: (title: string) =>
    `title "${[...title].length > 60 ? `${[...title].slice(0, 60).join("")}…` : title}" has no body: add the article text after it, or remove the title`,
  invalidDate: (reason: string) => `${reason}; correct the date line or remove it`,
} as const;

/** Where a `where` is `file:line` of an article (the one the warning is about, or the other one). */
export const WARNINGS = {
  datesDiffer: (other: string, date: string, kept: string) =>
    `same article as ${other} but dated ${date}, not ${kept}; kept the first date`,
  farFuture: (date: string) => `the date ${date} is more than a year ahead; check the year`,
  nearDuplicate: (other: string) =>
    `same article as ${other} but for case, punctuation or spacing; published once, as written there`,
  titleTaken: (title: string, other: string, slug: string) =>
    `the title "${title}" is also at ${other} with different text; published both, this one as /articles/${slug}/`,
  urlTaken: (title: string, otherTitle: string, other: string, slug: string) =>
    `the title "${title}" makes the same URL as "${otherTitle}" at ${other}; published both, this one as /articles/${slug}/`,
} as const;
