/**
 * The "/" shortcut on every page: focuses the search page's own field where there is one, else
 * the header's search field. Ignored while the reader types in a field or holds a modifier.
 */
const field = (): HTMLInputElement | null =>
  document.querySelector<HTMLInputElement>("#search-input") ??
  document.querySelector<HTMLInputElement>("#header-search");

document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target;
  if (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  ) {
    return;
  }
  const input = field();
  if (!input) return;
  event.preventDefault();
  input.focus();
});
