/** What the related-articles computation reads, and the constants that tune it. */

/** What computeRelated needs to know about one article. */
export interface RelatedInput {
  slug: string;
  programmes: readonly string[];
  topics: readonly string[];
  regions: readonly string[];
  /** Plain text (title and body) used for term similarity. */
  text: string;
}

/** How many related slugs to give each article. */
export interface RelatedOptions {
  /** At least this many (default 3), unless the corpus has fewer other articles. */
  min?: number;
  /** At most this many (default 5). */
  max?: number;
}

/** Most postings walked per feature per article: the window of the posting list around the article. */
export const POSTINGS_WINDOW = 64;
/** Significant terms kept per article. */
export const TERMS_PER_ARTICLE = 24;
/** Score weight of a shared programme, topic and region (before rarity weighting), and of text cosine. */
export const WEIGHTS = { programme: 1, topic: 0.5, region: 0.25, text: 1 } as const;
