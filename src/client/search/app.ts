/**
 * The search page controller: loads the index on first use, answers every keystroke at once (no
 * debounce) from the loaded shards, keeps the state in the URL with replaceState, renders results,
 * counts and the live status, and fills excerpts once the reader pauses. Query text only ever goes
 * into textContent and input values.
 */
import { formatDate } from "../../lib/dates.ts";
import { queryWords } from "../../lib/search/analyze.ts";
import { SearchEngine, type MissingShards, type Outcome } from "../../lib/search/engine.ts";
import { gramShardFile, termShardFile, unpackCore, type CoreData } from "../../lib/search/format.ts";
import { excerptSegments, markSegments } from "../../lib/search/highlight.ts";
import { SEARCH_ERRORS, SEARCH_OPTIONS } from "../../lib/search/options.ts";
import { formatState, type SearchState } from "../../lib/search/state.ts";
import { slugify } from "../../lib/seed/slugify.ts";
import { fetchGzip, fetchGzipText, gunzipResponse } from "./fetchIndex.ts";
import { appendSegments, messageBlock, resultItem, resultList } from "./render.ts";

class SearchApp {
  private engine: SearchEngine | undefined;
  private failed = false;
  /** Whether a complete answer has been shown: until then the reader is waiting for the index, and nothing waits for a pause. */
  private answered = false;
  private run = 0;
  private shown: number = SEARCH_OPTIONS.pageSize;
  private outcome: Outcome | undefined;
  private readonly texts = new Map<number, string>();
  private readonly inflight = new Map<string, Promise<void>>();
  private excerpts = new Map<number, HTMLParagraphElement>();
  private excerptTimer: ReturnType<typeof setTimeout> | undefined;
  /** Download of the postings the query being typed lacks, started when typing pauses. */
  private fetchTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly typing = new TypingRhythm();
  private urlQuery = "";
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  /** The count node of each filter value, and the number it shows. */
  private readonly countNodes = new Map<string, { node: HTMLElement | null; shown: string }>();
  /** The complete answer whose excerpts are being filled (scrolling fills more of them). */
  private excerptOutcome: Outcome | undefined;
  private readonly results: HTMLElement;
  private readonly status: HTMLElement;
  private readonly more: HTMLButtonElement;
  private readonly indexUrl: string;
  private readonly textUrl: string;
  private readonly articlesUrl: string;

  constructor(
    private readonly root: HTMLElement,
    private readonly input: HTMLInputElement,
  ) {
    this.results = required(root.querySelector<HTMLElement>("#results"));
    this.status = required(root.querySelector<HTMLElement>("#search-status"));
    this.more = required(root.querySelector<HTMLButtonElement>("#search-more"));
    this.indexUrl = root.dataset["indexUrl"] ?? "";
    this.textUrl = root.dataset["textUrl"] ?? "";
    this.articlesUrl = root.dataset["articlesUrl"] ?? "";
  }

  /** Wires events and loads the core of the index (from the `core` download already under way); the form already holds the URL's state (main.ts). */
  async start(core: Promise<Response>): Promise<void> {
    this.input.addEventListener("input", (event) => {
      this.typing.key(event.timeStamp);
      this.update(true, true);
    });
    this.root.querySelector("form")?.addEventListener("change", (e) => {
      if (e.target !== this.input) this.update(true);
    });
    this.more.addEventListener("click", () => this.showMore());
    // Results scrolled into view get their excerpts once scrolling pauses.
    window.addEventListener("scroll", () => this.onScroll(), { passive: true });
    this.update(true);
    try {
      const pack = unpackCore(await gunzipResponse(await core));
      await yieldToPage(); // keep each main-thread task short while the page is loading
      const engine = new SearchEngine(pack.core);
      // The core file carries the rare-term shard (or, for a small index, every shard).
      for (const shard of pack.shards) {
        if (shard.kind === "term") engine.addTermShard(shard.k, shard.bytes);
        else engine.addGramShard(shard.k, shard.bytes);
        this.inflight.set(`${shard.kind === "term" ? "t" : "g"}${shard.k}`, Promise.resolve());
      }
      this.engine = engine;
      this.prefetchIfSmall(engine);
      // The postings the query typed so far lacks start downloading before the page gets its turn.
      const missing = engine.missing(queryWords(this.input.value));
      if (missing.terms.length > 0 || missing.grams.length > 0)
        void this.loadShards(missing).catch(() => undefined);
      await yieldToPage();
    } catch (error) {
      this.failed = true;
      this.status.textContent =
        "Search is unavailable: the index could not be loaded. Browse by programme or topic below.";
      console.error(error);
      return;
    }
    this.update(true);
  }

  /** A small index (a few hundred articles) is fetched whole in the background, so no keystroke waits for the network. */
  private prefetchIfSmall(engine: SearchEngine): void {
    const { termShardSizes, gramShardSizes } = engine.core;
    const total = [...termShardSizes, ...gramShardSizes].reduce((a, b) => a + b, 0);
    if (total > SEARCH_OPTIONS.prefetchBudgetBytes) return;
    void this.loadShards({
      terms: termShardSizes.map((_, k) => k),
      grams: gramShardSizes.map((_, k) => k),
    }).catch(() => undefined);
  }

  private boxes(name: "programme" | "topic"): HTMLInputElement[] {
    return [...this.root.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=${name}]`)];
  }

  private state(): SearchState {
    const checked = (name: "programme" | "topic"): string[] =>
      this.boxes(name)
        .filter((b) => b.checked)
        .map((b) => b.value);
    const sort =
      this.root.querySelector<HTMLSelectElement>("select[name=sort]")?.value === "newest"
        ? "newest"
        : "relevance";
    return { q: this.input.value, programmes: checked("programme"), topics: checked("topic"), sort };
  }

  /**
   * Answers the current state at once from the loaded postings; `reset` starts again from the first
   * page of results. Postings it lacks are downloaded at once, or, while the reader is `typing`, once
   * typing pauses (see TypingRhythm): a word still being typed ("stra" on the way to "strategic")
   * would otherwise download the postings of every term it fuzzily matches, which the next key
   * mostly makes useless.
   */
  private update(reset: boolean, typing = false): void {
    const state = this.state();
    this.saveInUrl(formatState(state));
    if (reset) this.shown = SEARCH_OPTIONS.pageSize;
    const run = ++this.run;
    const engine = this.engine;
    if (!engine) {
      if (!this.failed) this.status.textContent = "Loading search…";
      return;
    }
    const words = queryWords(state.q);
    const missing = engine.missing(words);
    // Some postings still downloading: show at once the exact answer over what is loaded, marked
    // busy, and the complete answer as soon as the shards are in.
    const partial = missing.terms.length > 0 || missing.grams.length > 0;
    clearTimeout(this.fetchTimer);
    if (partial) {
      const fetchMissing = (): void => {
        void this.loadShards(missing).then(
          () => {
            if (run === this.run) this.update(reset);
          },
          (error: unknown) => {
            this.status.textContent = "Search is unavailable: part of the index could not be loaded.";
            this.results.setAttribute("aria-busy", "false");
            console.error(error);
          },
        );
      };
      if (typing && this.answered) {
        const kb = engine.downloadBytes(missing) / 1024;
        this.fetchTimer = setTimeout(
          fetchMissing,
          this.typing.pauseMs() + kb * SEARCH_OPTIONS.typingPauseMsPerKB,
        );
      } else fetchMissing();
    }
    const index = (slugs: readonly string[], facets: CoreData["facets"]["programmes"]): number[] =>
      slugs.map((s) => facets.findIndex((f) => f.slug === s)).filter((i) => i >= 0);
    const outcome = engine.search(
      words,
      {
        programmes: index(state.programmes, engine.core.facets.programmes),
        topics: index(state.topics, engine.core.facets.topics),
      },
      this.shown,
      partial,
      state.sort,
    );
    this.outcome = outcome;
    if (!partial) this.answered = true;
    this.results.setAttribute("aria-busy", partial ? "true" : "false");
    this.render(engine, outcome, state, words, partial);
  }

  /**
   * Puts the state in the URL right after this answer is on screen: replaceState takes milliseconds
   * in Chromium, and typing quickly would otherwise pay them before every answer (and get throttled).
   */
  private saveInUrl(query: string): void {
    this.urlQuery = query;
    if (this.urlTimer !== undefined) return;
    this.urlTimer = setTimeout(() => {
      this.urlTimer = undefined;
      if (this.urlQuery !== location.search)
        history.replaceState(history.state, "", `${location.pathname}${this.urlQuery}${location.hash}`);
    }, 0);
  }

  private showMore(): void {
    const before = this.shown;
    this.shown += SEARCH_OPTIONS.pageSize;
    this.update(false);
    // Keyboard readers continue at the first new result.
    this.results.querySelectorAll<HTMLAnchorElement>("ol > li h2 a")[before]?.focus();
  }

  private render(
    engine: SearchEngine,
    outcome: Outcome,
    state: SearchState,
    words: readonly string[],
    partial: boolean,
  ): void {
    const facets = engine.core.facets;
    this.setCounts("programme", facets.programmes, outcome.programmeCounts);
    this.setCounts("topic", facets.topics, outcome.topicCounts);
    const filtered = state.programmes.length > 0 || state.topics.length > 0;
    const total = outcome.total;
    this.excerpts = new Map();
    if (words.length === 0 && !filtered) {
      this.status.textContent = state.q.trim() === "" ? "" : "Type at least two letters.";
      this.results.replaceChildren(
        messageBlock(["Type a word or two, or choose a programme or topic.", "Results appear as you type."]),
      );
      this.more.hidden = true;
      return;
    }
    const about = `${words.length > 0 ? ` for “${words.join(" ")}”` : ""}${filtered ? " with the selected filters" : ""}`;
    if (partial) {
      // Counts of a preview would be announced and then corrected: announce the final ones only.
      this.status.textContent = "Searching…";
      if (total === 0) {
        this.results.replaceChildren(messageBlock([`Searching${about}…`]));
        this.more.hidden = true;
        return;
      }
    } else if (total === 0) {
      this.status.textContent = `No articles found${about}.`;
      const hints = [
        filtered ? "Try removing a programme or topic filter." : "",
        words.length > 0 ? "Check the spelling, or use fewer or different words." : "",
      ].filter((h) => h !== "");
      this.results.replaceChildren(messageBlock([`No articles match${about}.`, ...hints]));
      this.more.hidden = true;
      return;
    }
    if (!partial) this.status.textContent = `${total} ${total === 1 ? "article" : "articles"} found${about}.`;
    const list = resultList();
    const count = outcome.ids.length;
    const docs = engine.core.docs;
    for (let i = 0; i < count; i++) {
      const id = outcome.ids[i] ?? 0;
      const title = docs.titles[id] ?? "";
      const slug = docs.slugs[id] || slugify(title);
      const date = docs.dates[id] ?? "";
      const { item, excerpt } = resultItem({
        id,
        href: `${this.articlesUrl}${slug}/`,
        title: markSegments(title, outcome.matches),
        date,
        dateLabel: date === "" ? "" : formatDate(date),
        programmes: engine.programmesOf(id).map((p) => facets.programmes[p]?.label ?? ""),
      });
      const text = this.texts.get(id);
      if (text !== undefined) fillExcerpt(excerpt, text, outcome);
      else this.excerpts.set(id, excerpt);
      list.append(item);
    }
    this.results.replaceChildren(list);
    this.more.hidden = partial || count >= total;
    if (partial) {
      clearTimeout(this.excerptTimer);
      this.excerptOutcome = undefined;
    } else this.scheduleExcerpts(outcome);
  }

  private setCounts(name: string, facets: CoreData["facets"]["programmes"], counts: readonly number[]): void {
    facets.forEach((facet, i) => {
      const key = `${name}:${facet.slug}`;
      let entry = this.countNodes.get(key);
      if (!entry) {
        const node = this.root.querySelector<HTMLElement>(
          `[data-filter=${name}] [data-count="${CSS.escape(facet.slug)}"]`,
        );
        entry = { node, shown: node?.textContent ?? "" };
        this.countNodes.set(key, entry);
      }
      const text = String(counts[i] ?? 0);
      // Unchanged numbers are left alone: no text node replaced, no layout to redo.
      if (entry.node && entry.shown !== text) entry.node.textContent = entry.shown = text;
    });
  }

  private onScroll(): void {
    const outcome = this.excerptOutcome;
    if (outcome && outcome === this.outcome) this.scheduleExcerpts(outcome);
  }

  /** After a pause, fetches the body text of the results on screen (at most `excerptFetchCount`) and fills their excerpts. */
  private scheduleExcerpts(outcome: Outcome): void {
    clearTimeout(this.excerptTimer);
    this.excerptOutcome = outcome;
    if (this.excerpts.size === 0) return;
    this.excerptTimer = setTimeout(() => {
      const waiting = [...this.excerpts]
        .filter(([id, node]) => !this.texts.has(id) && onScreen(node))
        .slice(0, SEARCH_OPTIONS.excerptFetchCount)
        .map(([id]) => id);
      for (const id of waiting) {
        void this.loadText(id).then(() => {
          const node = this.excerpts.get(id);
          const text = this.texts.get(id);
          if (node && text !== undefined && this.outcome === outcome) fillExcerpt(node, text, outcome);
        });
      }
    }, SEARCH_OPTIONS.excerptDelayMs);
  }

  private loadText(id: number): Promise<void> {
    const size = SEARCH_OPTIONS.textGroupSize;
    const group = Math.floor(id / size);
    return this.once(`text:${group}`, async () => {
      const bodies: unknown = JSON.parse(await fetchGzipText(`${this.textUrl}${group}.bin`));
      if (!Array.isArray(bodies)) throw new Error(SEARCH_ERRORS.fetchFailed);
      bodies.forEach((body, i) => {
        if (typeof body === "string") this.texts.set(group * size + i, body);
      });
    });
  }

  private loadShards(missing: MissingShards): Promise<void> {
    const engine = this.engine;
    if (!engine) return Promise.resolve();
    return Promise.all([
      ...missing.terms.map((k) =>
        this.once(`t${k}`, async () =>
          engine.addTermShard(k, await fetchGzip(`${this.indexUrl}${termShardFile(k)}.bin`)),
        ),
      ),
      ...missing.grams.map((k) =>
        this.once(`g${k}`, async () =>
          engine.addGramShard(k, await fetchGzip(`${this.indexUrl}${gramShardFile(k)}.bin`)),
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

/** Whether any part of `node` is inside the viewport. */
function onScreen(node: HTMLElement): boolean {
  const box = node.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
}

function fillExcerpt(node: HTMLElement, text: string, outcome: Outcome): void {
  const segments = excerptSegments(text, outcome.matches, SEARCH_OPTIONS.excerptLength);
  node.replaceChildren();
  appendSegments(node, segments);
}

/** Lets the browser paint and handle input before the next piece of work. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function required<T>(value: T | null): T {
  if (value === null) throw new Error("search page: missing element");
  return value;
}

/** Starts the search on the page (called once, on first use). */
export async function startSearch(
  root: HTMLElement,
  input: HTMLInputElement,
  core: Promise<Response>,
): Promise<void> {
  await new SearchApp(root, input).start(core);
}
