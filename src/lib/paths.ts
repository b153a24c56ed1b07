/**
 * Builds internal paths under the site's base, and listing page paths.
 *
 * Pure: the base is an argument, so it is tested without Astro. Never emits a path without
 * the base, so sites deployed under a sub-path keep working links.
 */

/** The site base as a folder, ending in "/" ("/digest" → "/digest/"; "/" stays "/"). */
export function baseFolder(base: string): string {
  return base.endsWith("/") ? base : `${base}/`;
}

/** Joins the site base ("/" or "/digest/") and a site path ("articles/x/"), keeping one slash. */
export function withBase(base: string, path: string): string {
  return `${baseFolder(base)}${path.replace(/^\/+/u, "")}`;
}

/** The absolute URL of a site path under the base, on `site` (the config's `site`). */
export function absoluteUrl(base: string, site: string | URL | undefined, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** The path of page `n` of a listing whose first page is at `listing` ("" for home, "programmes/stce/"). */
export function pagePath(listing: string, n: number): string {
  return n <= 1 ? listing : `${listing}page/${n}/`;
}
