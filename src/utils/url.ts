/** Binds the pure path helpers to this build's base path. */
import { pagePath, withBase } from "../lib/paths.ts";

/** An internal link that carries the base path. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The link to page `n` of a listing that starts at `listing`. */
export function pageHref(listing: string, n: number): string {
  return href(pagePath(listing, n));
}
