/**
 * The built site as the quality gates see it: where dist/ is, its HTML pages and their URLs, the
 * site URL it was built for, and one page of each type.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The built site the gates check (E2E_DIST overrides it). */
export const DIST = path.resolve(ROOT, process.env.E2E_DIST ?? "dist");

/** A query that the search page must answer with results. */
export const SEARCH_QUERY = "wildlife";

/** A URL that is not part of the site, to reach the 404 page. */
export const MISSING_PATH = "this-page-does-not-exist/";

/** Throws a clear error when the site has not been built. */
export function requireBuilt(dir: string = DIST): void {
  if (!existsSync(path.join(dir, "index.html"))) {
    throw new Error(`${dir}/index.html is missing: build the site first (npm run build).`);
  }
}

/** Every file under `dir` whose name ends with `suffix`, as sorted paths relative to `dir` with "/". */
export async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** Every HTML file of a built site, relative to it. */
export function htmlFiles(dir: string = DIST): Promise<string[]> {
  return filesUnder(dir, ".html");
}

/** The URL path (below the base) a built file is served at: "articles/x/index.html" → "articles/x/". */
export function pathOfFile(file: string): string {
  return file === "index.html"
    ? ""
    : file.endsWith("/index.html")
      ? file.slice(0, -"index.html".length)
      : file;
}

/** The built HTML file for a URL path below the base, or undefined. */
export function fileOfPath(dir: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.replace(/[?#].*$/, ""));
  const file = clean === "" || clean.endsWith("/") ? `${clean}index.html` : clean;
  return existsSync(path.join(dir, file)) ? file : undefined;
}

/** The absolute site URL the build was made for (site + base), read from the home page's canonical link. */
export async function siteUrlOf(dir: string = DIST): Promise<string> {
  const html = await readFile(path.join(dir, "index.html"), "utf8");
  const match =
    /<link\b[^>]*\brel="canonical"[^>]*\bhref="([^"]+)"/.exec(html) ??
    /<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="canonical"/.exec(html);
  if (!match?.[1]) throw new Error(`${dir}/index.html has no canonical link: cannot tell the site URL.`);
  return match[1];
}

/** The base path a site was built with ("/" or "/digest/"), from its site URL. */
export async function basePathOf(dir: string = DIST): Promise<string> {
  return new URL(await siteUrlOf(dir)).pathname;
}

/** The page types every gate visits. */
export const PAGE_TYPES = [
  "home",
  "home page 2",
  "article",
  "programme index",
  "programme",
  "topic",
  "region",
  "topic index",
  "region index",
  "country",
  "country index",
  "archive",
  "archive month",
  "404",
  "search",
  "search with results",
  "open data",
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Types that a small corpus may legitimately lack. */
const OPTIONAL: ReadonlySet<PageType> = new Set(["home page 2"]);

/** One page of each type, as URL paths below the base (search with its query); undefined = none built. */
export type PageSet = Readonly<Record<PageType, string | undefined>>;

/** Picks one page of each type from a build. */
export async function pickPages(dir: string = DIST): Promise<PageSet> {
  const paths = (await htmlFiles(dir)).map(pathOfFile);
  const has = (p: string) => (paths.includes(p) ? p : undefined);
  const first = (re: RegExp) => paths.find((p) => re.test(p));
  // The programme page with the most articles, so that it exercises the listing.
  let programme: string | undefined;
  let most = -1;
  for (const p of paths.filter((q) => /^programmes\/[^/]+\/$/.test(q))) {
    const html = await readFile(path.join(dir, p, "index.html"), "utf8");
    const n = new Set(html.match(/href="[^"]*\/articles\/[^"/]+\/"/g) ?? []).size;
    if (n > most) [programme, most] = [p, n];
  }
  return {
    home: has(""),
    "home page 2": has("page/2/"),
    article: first(/^articles\/[^/]+\/$/),
    "programme index": has("programmes/"),
    programme,
    topic: first(/^topics\/[^/]+\/$/),
    region: first(/^regions\/[^/]+\/$/),
    "topic index": has("topics/"),
    "region index": has("regions/"),
    country: first(/^countries\/[^/]+\/$/),
    "country index": has("countries/"),
    archive: has("archive/"),
    "archive month": first(/^archive\/\d{4}\/\d{2}\/$/),
    "404": has("404.html") && MISSING_PATH,
    search: has("search/"),
    "search with results": has("search/") && `search/?q=${SEARCH_QUERY}`,
    "open data": has("data/"),
  };
}

/** The types to test: every required type, and the optional ones that the build has. */
export function typesToTest(pages: PageSet): PageType[] {
  return PAGE_TYPES.filter((t) => !OPTIONAL.has(t) || pages[t] !== undefined);
}

/** The path of a page type, or a clear error when the build has no such page. */
export function pageOf(pages: PageSet, type: PageType): string {
  const p = pages[type];
  if (p === undefined) throw new Error(`The build has no ${type} page: the gate cannot check it.`);
  return p;
}
