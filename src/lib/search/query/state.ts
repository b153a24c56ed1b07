/**
 * The search page's state in its URL: `?q=…&programme=…&topic=…&sort=newest` (parameters repeat
 * for several values; relevance, the default order, is not written). Pure; reads and writes query strings, never touches location or history.
 */

/** What the reader asked for. */
export interface SearchState {
  readonly q: string;
  readonly programmes: readonly string[];
  readonly topics: readonly string[];
  /** Results by relevance (the default), or newest first (listing order). */
  readonly sort: SortOrder;
}

/** How results are ordered. */
export type SortOrder = "relevance" | "newest";

/** The longest query kept from a URL. */
const MAX_QUERY_LENGTH = 200;

/** The state in a query string ("?q=…" or "q=…"); unknown slugs are kept for the caller to drop. */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const unique = (values: string[]): string[] => [...new Set(values.filter((v) => v !== ""))];
  return {
    q: (params.get("q") ?? "").slice(0, MAX_QUERY_LENGTH),
    programmes: unique(params.getAll("programme")),
    topics: unique(params.getAll("topic")),
    sort: params.get("sort") === "newest" ? "newest" : "relevance",
  };
}

/** The query string of a state ("" when empty, else "?…"). */
export function formatState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== "") params.set("q", state.q);
  for (const p of state.programmes) params.append("programme", p);
  for (const t of state.topics) params.append("topic", t);
  if (state.sort === "newest") params.set("sort", "newest");
  const s = params.toString();
  return s === "" ? "" : `?${s}`;
}

/** Whether the state asks for anything (then the index loads at once). */
export function isActive(state: SearchState): boolean {
  return state.q.trim() !== "" || state.programmes.length > 0 || state.topics.length > 0;
}
