/**
 * The search's tunables and messages, in one place: query limits, the typing model, excerpts,
 * shard sizes.
 * Must never be mutated at run time.
 */

/** Defaults of the whole search; frozen. */
export const SEARCH_OPTIONS = Object.freeze({
  /** Query words shorter than this are ignored ("a", the "s" of "WCO's"). */
  minWordLength: 2,
  /** Longer words are not indexed and not searched (no reader types them; Bitap, which proposes typos, stops at 32). */
  maxWordLength: 32,
  /** At most this many distinct words of a query are used. */
  maxWords: 8,
  /** Results rendered at first and per "Show more". */
  pageSize: 20,
  /** At most this many results on screen fetch their excerpt text per pause. */
  excerptFetchCount: 10,
  /** Articles per excerpt-text file (in document order): fewer files to build, more text per download. */
  textGroupSize: 8,
  /**
   * Postings the query lacks while the reader types are downloaded once typing pauses; until then
   * every keystroke shows the exact answer over what is loaded, marked busy. A pause is a gap
   * `typingPauseFactor` times the reader's usual gap between keys (the median of the last few),
   * within [typingPauseMinMs, typingPauseMaxMs]; the max alone before there is a rhythm to go by.
   * Plus `typingPauseMsPerKB` per KB the download would cost: a short word on the way to a longer
   * one ("stra") can match terms worth tens of KB, which a slow typist's next key makes useless.
   */
  typingPauseFactor: 2,
  typingPauseMinMs: 30,
  typingPauseMaxMs: 300,
  typingPauseMsPerKB: 30,
  /** A pause in typing this long (ms) fetches the excerpt text of the results on screen; the result list itself is never delayed. */
  excerptDelayMs: 300,
  /** Characters of an excerpt. */
  excerptLength: 220,
  /**
   * Target size of one postings shard, estimated compressed bytes: small, because a fuzzy word
   * matches terms all over the alphabet and fetches the whole shard of each (at 10,000 articles,
   * typed queries fetch 14% fewer bytes than at 1,536; 512 saves little more for many more files).
   */
  shardTargetBytes: 768,
  /** All postings travel inside the core file if they total at most this (compressed bytes): a small site answers every query after one download. */
  embedAllBudgetBytes: 64 * 1024,
  /** All postings are prefetched in the background once the core is in, if they total at most this (compressed bytes). */
  prefetchBudgetBytes: 160 * 1024,
});

/** Error messages, exported so tests and the UI can match them. */
export const SEARCH_ERRORS = Object.freeze({
  badFormat: "search index: unsupported format version",
  badShard: "search index: a shard does not hold what the core says",
  fetchFailed: "search index: a file could not be downloaded",
  noDecompression: "search index: this browser cannot decompress the index (no DecompressionStream)",
  truncatedCore: "search index: truncated core file",
  outOfRange: "search index: an id is out of range",
});
