/**
 * Builds the search results' DOM from data: elements made with createElement and filled with
 * textContent only. Never parses HTML, never sets inline styles, never uses innerHTML.
 */
import type { Segment } from "../../lib/search/query/highlight.ts";

/** What a result shows. */
export interface ResultView {
  readonly id: number;
  readonly href: string;
  readonly title: Segment[];
  readonly date: string;
  readonly dateLabel: string;
  readonly programmes: readonly string[];
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends `segments` to `parent`, matched words inside <mark>. */
export function appendSegments(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const s of segments) {
    if (s.mark) parent.append(el("mark", "", s.text));
    else parent.append(document.createTextNode(s.text));
  }
}

/** One result: title link, date, programme chips and an excerpt paragraph (returned to fill later). */
export function resultItem(view: ResultView): { item: HTMLLIElement; excerpt: HTMLParagraphElement } {
  const item = el("li", "py-4");
  const heading = el("h2", "font-serif text-xl font-semibold leading-snug");
  const link = el("a", "text-brand-700 underline-offset-2 hover:underline dark:text-brand-200");
  link.href = view.href;
  appendSegments(link, view.title);
  heading.append(link);
  item.append(heading);
  const meta = el("div", "mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400");
  if (view.date !== "") {
    const time = el("time", "", view.dateLabel);
    time.dateTime = view.date;
    meta.append(time);
  }
  if (view.programmes.length > 0) {
    const chips = el("span", "flex flex-wrap gap-1.5");
    chips.append(el("span", "sr-only", view.programmes.length === 1 ? "Programme:" : "Programmes:"));
    for (const p of view.programmes) {
      chips.append(
        el(
          "span",
          "rounded-full border border-brand-600 bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800 dark:border-brand-300 dark:bg-brand-900 dark:text-brand-100",
          p,
        ),
      );
    }
    meta.append(chips);
  }
  if (meta.childElementCount > 0) item.append(meta);
  // Three lines reserved and never more: the text arrives later and must not move the results below.
  const excerpt = el("p", "mt-2 line-clamp-3 min-h-[4.5rem] text-slate-700 dark:text-slate-300");
  item.append(excerpt);
  return { item, excerpt };
}

/** The results list element. */
export function resultList(): HTMLOListElement {
  const list = el("ol", "divide-y divide-slate-200 dark:divide-slate-800");
  list.setAttribute("aria-label", "Search results");
  return list;
}

/** A message block shown in place of results (no results, or how to start). */
export function messageBlock(lines: readonly string[]): HTMLDivElement {
  const box = el(
    "div",
    "rounded-lg border border-slate-300 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900",
  );
  lines.forEach((line, i) => box.append(el("p", i === 0 ? "font-semibold" : "mt-1 text-sm", line)));
  return box;
}

/** "Did you mean …?" with the suggestion as a button that searches for it. */
export function suggestionBlock(suggestion: string, use: () => void): HTMLParagraphElement {
  const p = el("p", "text-base", "Did you mean ");
  const button = el(
    "button",
    "font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-brand-200",
    suggestion,
  );
  button.type = "button";
  button.addEventListener("click", use);
  p.append(button, document.createTextNode("?"));
  return p;
}

/** One line of help under a count of no results. */
export function hintBlock(text: string): HTMLParagraphElement {
  return el("p", "text-base text-slate-700 dark:text-slate-300", text);
}
