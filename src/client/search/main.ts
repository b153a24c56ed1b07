/**
 * Search page bootstrap: loads the search module on the reader's first
 * focus or use of the search (or at once when the URL already asks for a search). Downloads
 * nothing before that; never writes HTML.
 */
import { CORE_FILE } from "../../lib/search/shared/format.ts";
import { isActive, parseState, type SearchState } from "../../lib/search/query/state.ts";

const root = document.querySelector<HTMLElement>("[data-search-root]");
const input = document.querySelector<HTMLInputElement>("#search-input");

if (root && input) {
  let loading: Promise<unknown> | undefined;
  const start = (): void => {
    if (loading) return;
    // The index core downloads while the code does: one round trip before the first answer.
    const core = fetch(`${root.dataset["indexUrl"] ?? ""}${CORE_FILE}.bin`);
    core.catch(() => undefined); // the app reports a failed download
    loading = import("./app.ts").then((m) => m.startSearch(root, input, core));
  };
  input.addEventListener("focus", start);
  input.addEventListener("input", start);
  root.querySelector("form")?.addEventListener("change", start);
  root.querySelector("form")?.addEventListener("submit", (event) => {
    event.preventDefault();
    start();
  });
  // Restore the URL's query and filters at once, before the search code has downloaded.
  const initial = parseState(location.search);
  restoreState(root, input, initial);
  if (isActive(initial)) start();
}

/**
 * Puts `state` into the search form: the query into an empty box, checks the boxes of its
 * filter values (never unchecks one), and selects its order. The only place the URL's state reaches the form:
 * it runs before any event can load the search code, which then reads the form.
 */
function restoreState(root: HTMLElement, input: HTMLInputElement, state: SearchState): void {
  if (input.value === "" && state.q !== "") input.value = state.q;
  for (const box of root.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
    if (state.filters[box.name]?.includes(box.value)) box.checked = true;
  }
  // A chosen value folded under "More …" is shown, so the reader sees what filters the results.
  for (const more of root.querySelectorAll<HTMLDetailsElement>("details[data-more]")) {
    if (more.querySelector("input:checked")) more.open = true;
  }
  const sort = root.querySelector<HTMLSelectElement>("select[name=sort]");
  if (sort && state.sort === "newest") sort.value = "newest";
}
