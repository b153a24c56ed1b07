/**
 * What the search indexes of an article: its title, the names of its programmes and topics
 * ("tags"), and its body as plain text; plus what a result shows (slug, date) and what it is
 * filtered by (programmes, topics, places).
 */

/** The article fields the search needs, however they were obtained (ingest or content collection). */
export interface SearchSource {
  readonly slug: string;
  readonly title: string;
  /** The source's date, shown in results. */
  readonly date?: string | undefined;
  /** The date the listings order by (the source's, else the date added); see searchOrder. */
  readonly listed?: string | undefined;
  /** Programme slugs. */
  readonly programmes: readonly string[];
  /** Topic slugs. */
  readonly topics: readonly string[];
  /** Place page slugs: the article's regions (with the M49 regions its countries imply), then its countries. */
  readonly places: readonly string[];
  /** Plain-text blocks of the body. */
  readonly blocks: readonly string[];
}

/** An article as the search sees it: its source with the tag names and the body as one text. */
export interface SearchDocument extends Omit<SearchSource, "blocks"> {
  /** Names of the programmes (short and full) and topics, space-separated. */
  readonly tags: string;
  /** Body blocks joined by newlines. */
  readonly body: string;
}

/** Display names of the tags, from the taxonomy. */
export interface TagNames {
  readonly programmes: ReadonlyMap<string, { readonly shortName: string; readonly fullName: string }>;
  readonly topics: ReadonlyMap<string, string>;
}

/** The "tags" field text: every programme's short and full name, then every topic's name. */
export function tagsText(programmes: readonly string[], topics: readonly string[], names: TagNames): string {
  const parts: string[] = [];
  for (const slug of programmes) {
    const p = names.programmes.get(slug);
    if (p) parts.push(programmeTags(p));
  }
  for (const slug of topics) {
    const t = names.topics.get(slug);
    if (t !== undefined) parts.push(t);
  }
  return parts.join(" ");
}

/** What a programme adds to the "tags" field: its short name, and its full name when different. */
export function programmeTags(p: { readonly shortName: string; readonly fullName: string }): string {
  return p.shortName === p.fullName ? p.shortName : `${p.shortName} ${p.fullName}`;
}

/** The search document of an article. */
export function toSearchDocument(article: SearchSource, names: TagNames): SearchDocument {
  return {
    slug: article.slug,
    title: article.title,
    date: article.date,
    listed: article.listed,
    programmes: [...article.programmes],
    topics: [...article.topics],
    places: [...article.places],
    tags: tagsText(article.programmes, article.topics, names),
    body: article.blocks.join("\n"),
  };
}

/** The value of field `name` of a document (the keys Fuse.js is given). */
export function fieldText(doc: SearchDocument, name: "title" | "tags" | "body"): string {
  return name === "title" ? doc.title : name === "tags" ? doc.tags : doc.body;
}
