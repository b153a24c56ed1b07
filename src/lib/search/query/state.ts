/**
 * The search page's state in its URL: `?q=…&programme=…&topic=…&sort=newest` (a filter's
 * parameter repeats for several values; relevance, the default order, is not written). The
 * filters are data: FILTER_NAMES lists them, and each is a URL parameter, the name of its
 * checkboxes and the name of a facet in the index. Pure; reads and writes query strings, never
 * touches location or history.
 */

/** The filters, in the order the page shows them. */
export const FILTER_NAMES = ["programme", "topic", "place"] as const;

/** What the reader asked for. */
export interface SearchState {
  readonly q: string;
  /** Selected values (slugs) per filter name. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  /** Results by relevance (the default), or newest first. */
  readonly sort: SortOrder;
}

/** How results are ordered. */
export type SortOrder = "relevance" | "newest";

/** The longest query kept from a URL. */
const MAX_QUERY_LENGTH = 200;

/** The state in a query string ("?q=…" or "q=…"); unknown slugs are kept for the caller to drop. */
export function parseState(search: string, names: readonly string[] = FILTER_NAMES): SearchState {
  const params = new URLSearchParams(search);
  const unique = (values: string[]): string[] => [...new Set(values.filter((v) => v !== ""))];
  const filters: Record<string, string[]> = {};
  for (const name of names) filters[name] = unique(params.getAll(name));
  return {
    q: (params.get("q") ?? "").slice(0, MAX_QUERY_LENGTH),
    filters,
    sort: params.get("sort") === "newest" ? "newest" : "relevance",
  };
}

/** The query string of a state ("" when empty, else "?…"). */
export function formatState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== "") params.set("q", state.q);
  for (const [name, values] of Object.entries(state.filters)) for (const v of values) params.append(name, v);
  if (state.sort === "newest") params.set("sort", "newest");
  const s = params.toString();
  return s === "" ? "" : `?${s}`;
}

/** Number of selected filter values. */
export function selectedCount(state: SearchState): number {
  return Object.values(state.filters).reduce((n, v) => n + v.length, 0);
}

/** Whether the state asks for anything (then the index loads at once). */
export function isActive(state: SearchState): boolean {
  return state.q.trim() !== "" || selectedCount(state) > 0;
}
