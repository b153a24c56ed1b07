/**
 * The search client: loads the index core, downloads and caches the shards a query needs, decides
 * when (the typing model), and answers `search(state)` from what is loaded. It never touches the
 * DOM: the page (app.ts) renders what it returns. Never evaluates what it downloads.
 */
import { parseQuery, type ParsedQuery } from "../../lib/search/query/parse.ts";
import { SearchIndex, type MissingShards, type Outcome } from "../../lib/search/query/engine.ts";
import { positionsFile, postingsFile, unpackCore } from "../../lib/search/shared/format.ts";
import { SEARCH_ERRORS, SEARCH_OPTIONS } from "../../lib/search/shared/options.ts";
import type { SearchState } from "../../lib/search/query/state.ts";
import { fetchGzip, fetchGzipText, gunzipResponse } from "./fetchIndex.ts";

/** What a search returns to the page. */
export interface Answer {
  readonly index: SearchIndex;
  readonly parsed: ParsedQuery;
  readonly outcome: Outcome;
  /** "Did you mean" when nothing matched (only for a complete answer). */
  readonly suggestion: string | undefined;
}

/** What the client tells the page. */
export interface ClientEvents {
  /** Shards a shown answer lacked have arrived: search again for the complete answer. */
  readonly changed: () => void;
  /** A download failed (the answer stays incomplete). */
  readonly failed: (error: unknown) => void;
}

/** The search client of one page. */
export class SearchClient {
  private index: SearchIndex | undefined;
  /** Whether a complete answer has been given: until then nothing waits for a pause in typing. */
  private answered = false;
  private readonly inflight = new Map<string, Promise<void>>();
  private readonly texts = new Map<number, string>();
  private fetchTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly rhythm = new TypingRhythm();
  private readonly indexUrl: string;
  private readonly textUrl: string;
  private readonly events: ClientEvents;

  constructor(urls: { readonly index: string; readonly text: string }, events: ClientEvents) {
    this.indexUrl = urls.index;
    this.textUrl = urls.text;
    this.events = events;
  }

  /** The loaded index, once `load` is done. */
  get loaded(): SearchIndex | undefined {
    return this.index;
  }

  /** Loads the core from the download already under way (with the shards it carries). */
  async load(core: Promise<Response>): Promise<void> {
    const pack = unpackCore(await gunzipResponse(await core));
    await yieldToPage(); // keep each main-thread task short while the page is loading
    const facetRows = pack.core.facets.map(
      (_, k) => pack.shards.find((s) => s.kind === "facet" && s.k === k)?.bytes ?? new Uint8Array(0),
    );
    const index = new SearchIndex(pack.core, facetRows);
    for (const shard of pack.shards) {
      if (shard.kind === "facet") continue;
      if (shard.kind === "postings") index.addPostings(shard.k, shard.bytes);
      else index.addPositions(shard.k, shard.bytes);
      this.inflight.set(`${shard.kind}${shard.k}`, Promise.resolve());
    }
    this.index = index;
    this.prefetchIfSmall(index);
  }

  /** A key was typed at `time` (ms, the event's timeStamp). */
  keyTyped(time: number): void {
    this.rhythm.key(time);
  }

  /**
   * Answers `state` at once from what is loaded (undefined before the core is in). Shards the
   * answer lacks are downloaded at once, or, while the reader is `typing`, once typing pauses: a
   * word still being typed ("stra" on the way to "strategic") would otherwise download the
   * postings of every word it begins, which the next key mostly makes useless. When they arrive,
   * `changed` fires.
   */
  search(state: SearchState, limit: number, typing: boolean): Answer | undefined {
    const index = this.index;
    if (!index) return undefined;
    const parsed = parseQuery(state.q, index.synonyms);
    const filters = index.facets.facets.map((facet) => {
      const slugs = state.filters[facet.name] ?? [];
      return slugs.map((s) => facet.values.findIndex((v) => v.slug === s)).filter((i) => i >= 0);
    });
    const outcome = index.search(parsed, filters, limit, state.sort);
    clearTimeout(this.fetchTimer);
    if (!outcome.complete) {
      // Waiting is worth it only while the reader already sees results (a preview, or the last
      // complete answer); a reader looking at nothing gets at once what finds the documents.
      // What ranks them (word positions) comes with the answer to their arrival: that search
      // runs with `typing` false, so it fetches them at once, even while the reader types on.
      const wait = typing && this.answered && outcome.total > 0;
      const missing = index.missing(parsed, wait || !typing);
      const fetchMissing = (): void => {
        this.loadShards(missing).then(
          () => this.events.changed(),
          (error: unknown) => this.events.failed(error),
        );
      };
      if (wait) {
        const kb = index.downloadBytes(missing) / 1024;
        this.fetchTimer = setTimeout(
          fetchMissing,
          this.rhythm.pauseMs() + kb * SEARCH_OPTIONS.typingPauseMsPerKB,
        );
      } else fetchMissing();
    } else this.answered = true;
    const suggestion =
      outcome.complete && outcome.total === 0 && outcome.searched
        ? index.suggest(parsed, state.q)
        : undefined;
    return { index, parsed, outcome, suggestion };
  }

  /** The body text of document `id`, if downloaded. */
  text(id: number): string | undefined {
    return this.texts.get(id);
  }

  /** Downloads the body text of document `id` (with its group). */
  loadText(id: number): Promise<void> {
    const size = SEARCH_OPTIONS.textGroupSize;
    const group = Math.floor(id / size);
    return this.once(`text${group}`, async () => {
      const bodies: unknown = JSON.parse(await fetchGzipText(`${this.textUrl}${group}.bin`));
      if (!Array.isArray(bodies)) throw new Error(SEARCH_ERRORS.fetchFailed);
      bodies.forEach((body, i) => {
        if (typeof body === "string") this.texts.set(group * size + i, body);
      });
    });
  }

  /** A small index is fetched whole in the background, so no keystroke waits for the network. */
  private prefetchIfSmall(index: SearchIndex): void {
    const { postingsSizes, positionsSizes } = index.core;
    const total = [...postingsSizes, ...positionsSizes].reduce((a, b) => a + b, 0);
    if (total > SEARCH_OPTIONS.prefetchBudgetBytes) return;
    void this.loadShards({
      postings: postingsSizes.map((_, k) => k),
      positions: positionsSizes.map((_, k) => k),
    }).catch(() => undefined);
  }

  private loadShards(missing: MissingShards): Promise<void> {
    const index = this.index;
    if (!index) return Promise.resolve();
    return Promise.all([
      ...missing.postings.map((k) =>
        this.once(`postings${k}`, async () =>
          index.addPostings(k, await fetchGzip(`${this.indexUrl}${postingsFile(k)}.bin`)),
        ),
      ),
      ...missing.positions.map((k) =>
        this.once(`positions${k}`, async () =>
          index.addPositions(k, await fetchGzip(`${this.indexUrl}${positionsFile(k)}.bin`)),
        ),
      ),
    ]).then(() => undefined);
  }

  /** Runs `task` once per key; concurrent callers share it, and a failure lets a later call retry. */
  private once(key: string, task: () => Promise<void>): Promise<void> {
    let p = this.inflight.get(key);
    if (!p) {
      p = task().catch((error: unknown) => {
        this.inflight.delete(key);
        throw error;
      });
      this.inflight.set(key, p);
    }
    return p;
  }
}

/** The reader's typing rhythm: how long a gap between keys means they paused. */
class TypingRhythm {
  private last = -Infinity;
  private readonly gaps: number[] = [];

  /** Records a key typed at `time` (ms). */
  key(time: number): void {
    const gap = time - this.last;
    this.last = time;
    // A gap past the longest pause is a new burst of typing, not part of the rhythm.
    if (gap > SEARCH_OPTIONS.typingPauseMaxMs) return;
    this.gaps.push(gap);
    if (this.gaps.length > 5) this.gaps.shift();
  }

  /** How long without a key counts as a pause, ms. */
  pauseMs(): number {
    const { typingPauseFactor, typingPauseMinMs, typingPauseMaxMs } = SEARCH_OPTIONS;
    if (this.gaps.length < 2) return typingPauseMaxMs;
    const sorted = [...this.gaps].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1] ?? typingPauseMaxMs;
    return Math.min(typingPauseMaxMs, Math.max(typingPauseMinMs, typingPauseFactor * median));
  }
}

/** Lets the browser paint and handle input before the next piece of work. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
