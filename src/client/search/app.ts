/**
 * The search page: reads the form, asks the search client (client.ts) for an answer on every
 * keystroke (no debounce), keeps the state in the URL with replaceState, and renders the answer:
 * the count under the box, the filters' counts, the results, their excerpts once the reader
 * pauses. Query text only ever goes into textContent and input values.
 */
import { formatDate } from "../../lib/dates.ts";
import { excerptSegments, markSegments } from "../../lib/search/query/highlight.ts";
import { SEARCH_OPTIONS } from "../../lib/search/shared/options.ts";
import type { Outcome } from "../../lib/search/query/engine.ts";
import { FILTER_NAMES, formatState, selectedCount, type SearchState } from "../../lib/search/query/state.ts";
import { slugify } from "../../lib/seed/slugify.ts";
import { SearchClient, yieldToPage, type Answer } from "./client.ts";
import {
  appendSegments,
  hintBlock,
  messageBlock,
  resultItem,
  resultList,
  suggestionBlock,
} from "./render.ts";

class SearchApp {
  private readonly client: SearchClient;
  private failed = false;
  private shown: number = SEARCH_OPTIONS.pageSize;
  private outcome: Outcome | undefined;
  private excerpts = new Map<number, HTMLParagraphElement>();
  private excerptTimer: ReturnType<typeof setTimeout> | undefined;
  private urlQuery = "";
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  /** The count node of each filter value, its chip, and the number it shows. */
  private readonly countNodes = new Map<
    string,
    { node: HTMLElement | null; chip: HTMLElement | null; shown: string }
  >();
  /** The complete answer whose excerpts are being filled (scrolling fills more of them). */
  private excerptOutcome: Outcome | undefined;
  private readonly results: HTMLElement;
  private readonly status: HTMLElement;
  private readonly more: HTMLButtonElement;
  private readonly articlesUrl: string;

  constructor(
    private readonly root: HTMLElement,
    private readonly input: HTMLInputElement,
  ) {
    this.results = required(root.querySelector<HTMLElement>("#results"));
    this.status = required(root.querySelector<HTMLElement>("#search-status"));
    this.more = required(root.querySelector<HTMLButtonElement>("#search-more"));
    this.articlesUrl = root.dataset["articlesUrl"] ?? "";
    this.client = new SearchClient(
      { index: root.dataset["indexUrl"] ?? "", text: root.dataset["textUrl"] ?? "" },
      {
        changed: () => this.update(false),
        failed: (error) => {
          this.status.textContent = "Search is unavailable: part of the index could not be loaded.";
          this.results.setAttribute("aria-busy", "false");
          console.error(error);
        },
      },
    );
  }

  /** Wires events and loads the core of the index (from the `core` download already under way); the form already holds the URL's state (main.ts). */
  async start(core: Promise<Response>): Promise<void> {
    this.input.addEventListener("input", (event) => {
      this.client.keyTyped(event.timeStamp);
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
      await this.client.load(core);
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

  private state(): SearchState {
    const filters: Record<string, string[]> = {};
    for (const name of FILTER_NAMES) {
      filters[name] = [
        ...this.root.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=${name}]:checked`),
      ].map((b) => b.value);
    }
    const sort =
      this.root.querySelector<HTMLSelectElement>("select[name=sort]")?.value === "newest"
        ? "newest"
        : "relevance";
    return { q: this.input.value, filters, sort };
  }

  /** Answers the current state at once from what is loaded; `reset` starts again from the first page of results. */
  private update(reset: boolean, typing = false): void {
    const state = this.state();
    this.saveInUrl(formatState(state));
    if (reset) this.shown = SEARCH_OPTIONS.pageSize;
    const answer = this.client.search(state, this.shown, typing);
    if (!answer) {
      if (!this.failed) this.status.textContent = "Loading search…";
      return;
    }
    this.outcome = answer.outcome;
    this.results.setAttribute("aria-busy", answer.outcome.complete ? "false" : "true");
    this.render(answer, state);
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

  private render(answer: Answer, state: SearchState): void {
    const { index, outcome, suggestion } = answer;
    this.setCounts(answer);
    const filtered = selectedCount(state) > 0;
    const typed = state.q.trim();
    this.excerpts = new Map();
    if (!outcome.searched && !filtered) {
      this.status.textContent = typed === "" ? "" : "Type at least two letters.";
      this.results.replaceChildren(
        messageBlock(["Type a word or two, or choose a programme or topic.", "Results appear as you type."]),
      );
      this.more.hidden = true;
      return;
    }
    const about = `${outcome.searched ? ` for “${typed}”` : ""}${filtered ? ` with the selected filters` : ""}`;
    const total = outcome.total;
    if (!outcome.complete) {
      // Counts of a preview would be announced and then corrected: announce the final ones only.
      this.status.textContent = `Searching${about}…`;
      if (total === 0) {
        this.results.replaceChildren();
        this.more.hidden = true;
        return;
      }
    } else if (total === 0) {
      // One message: the count says nothing matched; below it, the one thing most likely to help.
      this.status.textContent = `No articles found${about}.`;
      const hint =
        suggestion !== undefined
          ? suggestionBlock(suggestion, () => this.useSuggestion(suggestion))
          : hintBlock(
              filtered
                ? "Try removing a filter, or use fewer or different words."
                : "Check the spelling, or use fewer or different words.",
            );
      this.results.replaceChildren(hint);
      this.more.hidden = true;
      return;
    } else this.status.textContent = `${total} ${total === 1 ? "article" : "articles"} found${about}`;
    const list = resultList();
    const docs = index.core.docs;
    const programmes = index.facets.indexOf("programme");
    const labels = index.facets.facets[programmes]?.values ?? [];
    for (const id of outcome.ids) {
      const title = docs.titles[id] ?? "";
      const slug = docs.slugs[id] || slugify(title);
      const date = docs.dates[id] ?? "";
      const { item, excerpt } = resultItem({
        id,
        href: `${this.articlesUrl}${slug}/`,
        title: markSegments(title, outcome.matches),
        date,
        dateLabel: date === "" ? "" : formatDate(date),
        programmes:
          programmes < 0 ? [] : index.facets.valuesOf(programmes, id).map((v) => labels[v]?.label ?? ""),
      });
      const text = this.client.text(id);
      if (text !== undefined) fillExcerpt(excerpt, text, outcome);
      else this.excerpts.set(id, excerpt);
      list.append(item);
    }
    this.results.replaceChildren(list);
    this.more.hidden = !outcome.complete || outcome.ids.length >= total;
    if (!outcome.complete) {
      clearTimeout(this.excerptTimer);
      this.excerptOutcome = undefined;
    } else this.scheduleExcerpts(outcome);
  }

  /** Searches for the suggested query instead. */
  private useSuggestion(query: string): void {
    this.input.value = query;
    this.input.focus();
    this.update(true);
  }

  /** Each filter value's live count; a chip with none is marked (data-zero) to look unavailable. */
  private setCounts(answer: Answer): void {
    answer.index.facets.facets.forEach((facet, f) => {
      facet.values.forEach((value, v) => {
        const key = `${facet.name}:${value.slug}`;
        let entry = this.countNodes.get(key);
        if (!entry) {
          const node = this.root.querySelector<HTMLElement>(
            `[data-filter=${CSS.escape(facet.name)}] [data-count="${CSS.escape(value.slug)}"]`,
          );
          entry = { node, chip: node?.closest("label") ?? null, shown: node?.textContent ?? "" };
          this.countNodes.set(key, entry);
        }
        const count = answer.outcome.counts[f]?.[v] ?? 0;
        const text = String(count);
        // Unchanged numbers are left alone: no text node replaced, no layout to redo.
        if (entry.node && entry.shown !== text) entry.node.textContent = entry.shown = text;
        if (entry.chip && answer.outcome.complete) entry.chip.toggleAttribute("data-zero", count === 0);
      });
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
        .filter(([id, node]) => this.client.text(id) === undefined && onScreen(node))
        .slice(0, SEARCH_OPTIONS.excerptFetchCount)
        .map(([id]) => id);
      for (const id of waiting) {
        void this.client.loadText(id).then(() => {
          const node = this.excerpts.get(id);
          const text = this.client.text(id);
          if (node && text !== undefined && this.outcome === outcome) fillExcerpt(node, text, outcome);
        });
      }
    }, SEARCH_OPTIONS.excerptDelayMs);
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
