/**
 * Hands what an integration's child process made to the pages that use it. The integration and
 * the page renderer run in one Node process (`astro build` renders the pages in the process that
 * runs the hooks), so a promise left on the global object under a registered symbol reaches the
 * page code. Where no integration left one (the dev server, `astro check`), `take` answers
 * undefined and the page makes the value itself, with the same code.
 */

/** The name the citations (slug → CitationFormats) are handed over under. */
export const CITATIONS = "citations";
/** The name the open data (BuiltOpenData) is handed over under. */
export const OPEN_DATA = "open-data";

const KEY = Symbol.for("wco-digest.build-handoff");

type Shelf = Map<string, Promise<unknown>>;

function shelf(): Shelf {
  const g = globalThis as { [KEY]?: Shelf };
  g[KEY] ??= new Map();
  return g[KEY];
}

/** Leaves `value` (a promise) under `name` for the pages (in the integration). */
export function hand<T>(name: string, value: Promise<T>): void {
  // A failure is reported where a page takes the value; it must not go unhandled meanwhile.
  value.catch(() => undefined);
  shelf().set(name, value);
}

/** The value left under `name`, if an integration left one (in a page). */
export function take<T>(name: string): Promise<T> | undefined {
  return shelf().get(name) as Promise<T> | undefined;
}
