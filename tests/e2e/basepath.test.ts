/**
 * Gate 5: the site works under a sub-path, as a GitHub Pages project site does.
 *
 * Builds the site a second time with BASE_PATH=/digest/ and SITE_URL=https://example.org into a
 * temporary directory, serves it under /digest/, and checks that every internal URL of every page
 * (href, src, srcset, action, <link>, canonical, Open Graph, JSON-LD), of the feeds, the sitemap,
 * robots.txt and the CSS carries /digest/ and answers 200; and that the home and search pages load
 * in Chromium without a failed request.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";
import { waitForSearchResults, watchedPage } from "./support/browse.ts";
import { Parser, type HtmlSummary } from "./support/dom.ts";
import { buildEnv } from "../support/buildEnv.ts";
import {
  ROOT,
  SEARCH_QUERY,
  fileOfPath,
  filesUnder,
  htmlFiles,
  pathOfFile,
  requireBuilt,
} from "./support/site.ts";

const BASE = "/digest/";
const ORIGIN = "https://example.org";
const SITE = `${ORIGIN}${BASE}`;

let out: string;
let server: StaticServer;
let browser: Browser;
let parser: Parser;
const summaries = new Map<string, HtmlSummary>();

/** Runs `astro build` with the sub-path settings into `outDir`; rejects with its output on failure. */
function buildWithBase(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir],
      {
        cwd: ROOT,
        env: { ...buildEnv(), BASE_PATH: BASE, SITE_URL: ORIGIN, ASTRO_TELEMETRY_DISABLED: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`astro build exited ${code}:\n${log.slice(-4000)}`)),
    );
  });
}

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), "wco-basepath-"));
  await buildWithBase(out);
  requireBuilt(out);
  server = await serveStatic(out, BASE);
  browser = await launchBrowser();
  parser = await Parser.open(browser);
  for (const file of await htmlFiles(out)) {
    summaries.set(pathOfFile(file), await parser.html(await readFile(path.join(out, file), "utf8")));
  }
}, 240_000);

afterAll(async () => {
  await parser?.close();
  await browser?.close();
  await server?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

const list = (items: string[]) =>
  items.length ? `\n${items.length} finding(s):\n  - ${items.join("\n  - ")}\n` : "";

/** Records a finding once, with the places it was seen. */
class Findings {
  private readonly seen = new Map<string, Set<string>>();
  add(what: string, where: string): void {
    this.seen.set(what, (this.seen.get(what) ?? new Set()).add(where));
  }
  lines(): string[] {
    return [...this.seen].map(([what, where]) => {
      const places = [...where];
      return `${what} — in ${places.length}: ${places.slice(0, 3).join(", ")}${places.length > 3 ? ", …" : ""}`;
    });
  }
}

/** Checks that a URL found in `where` stays under the base; returns the served URL to fetch, if internal. */
function internal(
  value: string,
  pageUrl: string,
  where: string,
  findings: Findings,
  what: string,
): string | undefined {
  if (!URL.canParse(value, pageUrl)) {
    findings.add(`${what} "${value}" is not a valid URL`, where);
    return undefined;
  }
  const target = new URL(value, pageUrl);
  if (target.origin !== ORIGIN) return undefined; // external
  if (!target.pathname.startsWith(BASE)) {
    findings.add(`${what} "${value}" does not carry ${BASE}`, where);
    return undefined;
  }
  return `${server.url}${target.pathname.slice(BASE.length)}${target.search}`;
}

/** Every string inside a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** Fetches each served URL once; records those that do not answer 200. */
async function expectAllResolve(targets: Map<string, Set<string>>, findings: Findings): Promise<void> {
  for (const [url, where] of targets) {
    const response = await fetch(url, { redirect: "manual" });
    await response.body?.cancel();
    if (response.status !== 200) {
      for (const w of where)
        findings.add(`${url.replace(server.url, BASE)} answers HTTP ${response.status}`, w);
    }
  }
}

describe(`the site built for ${SITE}`, () => {
  it("carries the base path in every internal URL of every page, and every one of them resolves", async () => {
    const findings = new Findings();
    const targets = new Map<string, Set<string>>();
    const add = (url: string | undefined, where: string) =>
      url && targets.set(url, (targets.get(url) ?? new Set()).add(where));
    expect(summaries.size, "the base-path build has no HTML page").toBeGreaterThan(0);
    for (const [p, s] of summaries) {
      const where = `${BASE}${p}`;
      // The 404 page is served at any URL, so its links must not depend on where it is shown.
      const pageUrl = p === "404.html" ? `${ORIGIN}/somewhere/else/` : `${SITE}${p}`;
      for (const ref of s.refs) {
        if (ref.value.startsWith("#")) continue;
        if (p === "404.html" && !/^(\/|https?:)/.test(ref.value))
          findings.add(`relative ${ref.attr}="${ref.value}" on the 404 page`, where);
        add(internal(ref.value, pageUrl, where, findings, `<${ref.tag} ${ref.attr}>`), where);
      }
      const absolute: (readonly [string, string])[] = [
        ...s.canonical.map((v) => ["canonical", v] as const),
        ...(s.meta["og:url"] ?? []).map((v) => ["og:url", v] as const),
        ...(s.meta["og:image"] ?? []).map((v) => ["og:image", v] as const),
        ...(s.meta["twitter:image"] ?? []).map((v) => ["twitter:image", v] as const),
      ];
      for (const text of s.jsonLd) {
        try {
          for (const v of strings(JSON.parse(text)))
            if (/^https?:\/\//.test(v) && !v.startsWith("https://schema.org")) absolute.push(["JSON-LD", v]);
        } catch {
          findings.add("JSON-LD does not parse", where);
        }
      }
      for (const [what, v] of absolute) {
        if (!v.startsWith(SITE)) findings.add(`${what} ${v} is not under ${SITE}`, where);
        else add(internal(v, SITE, where, findings, what), where);
      }
      const canonical = s.canonical[0];
      if (canonical !== `${SITE}${p}`) findings.add(`canonical is ${canonical}, expected ${SITE}${p}`, where);
    }
    await expectAllResolve(targets, findings);
    const lines = findings.lines();
    expect(lines, list(lines)).toEqual([]);
  }, 180_000);

  it("uses https://example.org/digest/ in the feeds, the sitemap and robots.txt, and every URL there resolves", async () => {
    const findings = new Findings();
    const targets = new Map<string, Set<string>>();
    const check = (url: string, where: string) => {
      if (!url.startsWith(SITE)) findings.add(`${url} is not under ${SITE}`, where);
      else {
        const served = `${server.url}${url.slice(SITE.length)}`;
        targets.set(served, (targets.get(served) ?? new Set()).add(where));
      }
    };
    const feeds = (await filesUnder(out, ".xml")).filter(
      (f) => f === "rss.xml" || /^programmes\/[^/]+\/rss\.xml$/.test(f),
    );
    expect(feeds, "the base-path build has no /rss.xml").toContain("rss.xml");
    for (const feedFile of feeds) {
      const feed = await parser.feed(await readFile(path.join(out, feedFile), "utf8"));
      const where = `${BASE}${feedFile}`;
      if (feed.error) findings.add(`not well-formed: ${feed.error.slice(0, 120)}`, where);
      check(feed.link ?? "", `${where} <channel><link>`);
      for (const item of feed.items) check(item.link ?? "", where);
    }
    const index = await parser.sitemapLocs(await readFile(path.join(out, "sitemap-index.xml"), "utf8"));
    if (index.error || index.locs.length === 0)
      findings.add(`sitemap-index.xml is broken or empty: ${index.error ?? "no <loc>"}`, "sitemap-index.xml");
    const inSitemap = new Set<string>();
    for (const loc of index.locs) {
      check(loc, `${BASE}sitemap-index.xml`);
      const file = loc.startsWith(SITE) ? fileOfPath(out, loc.slice(SITE.length)) : undefined;
      if (!file) continue;
      const sitemap = await parser.sitemapLocs(await readFile(path.join(out, file), "utf8"));
      for (const page of sitemap.locs) {
        check(page, `${BASE}${file}`);
        inSitemap.add(page);
      }
    }
    for (const p of summaries.keys()) {
      if (p !== "404.html" && !inSitemap.has(`${SITE}${p}`))
        findings.add(`${SITE}${p} is not in the sitemap`, "sitemap");
    }
    const robots = await readFile(path.join(out, "robots.txt"), "utf8");
    const sitemapLines = robots.split("\n").filter((l) => /^sitemap:/i.test(l.trim()));
    if (sitemapLines.length === 0) findings.add("robots.txt names no sitemap", "robots.txt");
    for (const line of sitemapLines) check(line.replace(/^sitemap:\s*/i, "").trim(), `${BASE}robots.txt`);
    for (const css of await filesUnder(out, ".css")) {
      const text = await readFile(path.join(out, css), "utf8");
      for (const [, raw = ""] of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        if (raw.startsWith("data:") || raw.startsWith("#")) continue;
        const resolved = new URL(raw, `${SITE}${css}`).href;
        check(resolved, `${BASE}${css}`);
      }
    }
    await expectAllResolve(targets, findings);
    const lines = findings.lines();
    expect(lines, list(lines)).toEqual([]);
  }, 180_000);

  it("loads the home page and the search page (with results) under /digest/ without a failed request", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page, problems } = await watchedPage(context);
      await page.goto(server.url);
      const stylesheet = await page.evaluate(() => document.styleSheets.length);
      expect(stylesheet, "no stylesheet applied on the home page").toBeGreaterThan(0);
      if (!summaries.has("search/"))
        throw new Error(`The base-path build has no search page (${BASE}search/).`);
      await page.goto(`${server.url}search/?q=${SEARCH_QUERY}`);
      await waitForSearchResults(page);
      const hrefs = await page
        .locator('main a[href*="/articles/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      const outside = hrefs.filter((h) => !new URL(h, page.url()).pathname.startsWith(BASE));
      expect(outside, "search results that link outside the base path").toEqual([]);
      expect(problems, list(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
