/**
 * The search page's filter panel: on small screens a "Filters (n)" button shows and hides the
 * programme and topic chips, and a "Clear filters" button unchecks every chip. Pure DOM: text only,
 * never HTML. The search controller re-runs on the form's `change` event, which clearing dispatches.
 *
 * The CSS, not this script, collapses the panel and shows the button, under
 * `@media (scripting: enabled)` (the `scripting:` variant in global.css): so the page is already laid
 * out that way at its first paint, with no shift when this module runs, and a browser without
 * JavaScript keeps every filter on screen and no button.
 */

const form = document.querySelector<HTMLFormElement>("#search-form");
const panel = document.querySelector<HTMLElement>("[data-search-filters]");

if (form && panel) {
  const toggle = document.querySelector<HTMLButtonElement>("[data-filters-toggle]");
  const count = toggle?.querySelector<HTMLElement>("[data-filters-count]") ?? null;
  const clear = panel.querySelector<HTMLButtonElement>("[data-clear-filters]");
  const boxes = (): HTMLInputElement[] => [
    ...panel.querySelectorAll<HTMLInputElement>("[data-filter] input[type=checkbox]"),
  ];

  /** Writes the number of checked filters into the toggle and shows "Clear filters" only when it is not 0. */
  const sync = (): void => {
    const checked = boxes().filter((box) => box.checked).length;
    const text = checked === 0 ? "" : ` (${checked})`;
    if (count && count.textContent !== text) count.textContent = text;
    if (clear) clear.hidden = checked === 0;
  };

  if (toggle) {
    toggle.addEventListener("click", () => {
      const open = panel.dataset["open"] === undefined;
      if (open) panel.dataset["open"] = "";
      else delete panel.dataset["open"];
      toggle.setAttribute("aria-expanded", String(open));
    });
  }

  clear?.addEventListener("click", () => {
    for (const box of boxes()) box.checked = false;
    form.dispatchEvent(new Event("change", { bubbles: true }));
    // The button hides itself now: focus the toggle when the screen shows it, else the first chip.
    const target = toggle && toggle.getClientRects().length > 0 ? toggle : boxes()[0];
    target?.focus();
  });

  form.addEventListener("change", sync);
  // The URL's filters (main.ts) and a restored page's form state may check boxes without a change event.
  window.addEventListener("pageshow", sync);
  sync();
  setTimeout(sync, 0);
}
