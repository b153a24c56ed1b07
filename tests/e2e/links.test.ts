/**
 * Gate 4: no broken internal link or fragment anywhere on the site.
 *
 * linkinator crawls the served site (every HTML page is an entry point, and it recurses), with the
 * site's absolute URLs (canonical, feeds, Open Graph) rewritten to the local server so that they are
 * checked too; external links are skipped. A second, static pass over the built HTML checks every
 * internal href/src/srcset/action against dist/ and every #fragment against the target page's ids,
 * so that the gate does not depend on what the crawler happens to follow.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { LinkChecker, LinkState } from "linkinator";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";
import { Parser, type HtmlSummary } from "./support/dom.ts";
import {
  DIST,
  basePathOf,
  fileOfPath,
  htmlFiles,
  pathOfFile,
  requireBuilt,
  siteUrlOf,
} from "./support/site.ts";

let server: StaticServer;
let siteUrl: string;
let browser: Browser;
const summaries = new Map<string, HtmlSummary>();

beforeAll(async () => {
  requireBuilt();
  server = await serveStatic(DIST, await basePathOf());
  siteUrl = await siteUrlOf();
  browser = await launchBrowser();
  const parser = await Parser.open(browser);
  for (const file of await htmlFiles()) {
    summaries.set(pathOfFile(file), await parser.html(await readFile(path.join(DIST, file), "utf8")));
  }
  await parser.close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const list = (items: string[]) =>
  items.length ? `\n${items.length} finding(s):\n  - ${items.join("\n  - ")}\n` : "";

describe("links", () => {
  it("linkinator finds no broken internal link or fragment, crawling from every page", async () => {
    const checker = new LinkChecker();
    const entries = [...summaries.keys()].map((p) => `${server.url}${p}`);
    const result = await checker.check({
      path: entries,
      recurse: true,
      checkFragments: true,
      concurrency: 16,
      timeout: 20_000,
      redirects: "error",
      urlRewriteExpressions: [{ pattern: new RegExp(`^${escape(siteUrl)}`), replacement: server.url }],
      linksToSkip: (link) => Promise.resolve(!link.startsWith(server.origin)),
    });
    // One line per broken URL, with how many pages link to it and a few of them.
    const byUrl = new Map<string, { status: string; parents: string[] }>();
    for (const l of result.links.filter((r) => r.state === LinkState.BROKEN)) {
      const entry = byUrl.get(l.url) ?? { status: String(l.status ?? "no response"), parents: [] };
      entry.parents.push((l.parent ?? "the entry list").replace(server.origin, ""));
      byUrl.set(l.url, entry);
    }
    const broken = [...byUrl].map(
      ([url, { status, parents }]) =>
        `${url.replace(server.origin, "")} → ${status}, linked from ${parents.length} page(s): ${parents.slice(0, 3).join(", ")}${parents.length > 3 ? ", …" : ""}`,
    );
    const checked = result.links.filter((l) => l.state === LinkState.OK).length;
    expect(checked, "linkinator checked no link at all").toBeGreaterThan(entries.length);
    expect(broken, list(broken)).toEqual([]);
  }, 180_000);

  it("every internal href/src/srcset/action of the built HTML resolves to a file, and every #fragment to an id", () => {
    /** Finding → the pages that have it. */
    const grouped = new Map<string, string[]>();
    const findings = {
      push(line: string) {
        const [, page = "", what = line] = /^(\/[^:]*): (.*)$/s.exec(line) ?? [];
        grouped.set(what, [...new Set([...(grouped.get(what) ?? []), page])]);
      },
    };
    const site = new URL(siteUrl);
    for (const [p, s] of summaries) {
      // The 404 page is served at any URL; its links are root-relative, so resolve them from the base.
      const pageUrl = new URL(p === "404.html" ? "" : p, siteUrl);
      for (const ref of s.refs) {
        if (ref.value.trim() === "") {
          findings.push(`/${p}: empty ${ref.attr} on <${ref.tag}>`);
          continue;
        }
        let target: URL;
        try {
          target = new URL(ref.value, pageUrl);
        } catch {
          findings.push(`/${p}: <${ref.tag} ${ref.attr}="${ref.value}"> is not a valid URL`);
          continue;
        }
        if (target.origin !== site.origin) continue; // external: not checked here
        if (!target.pathname.startsWith(site.pathname)) {
          findings.push(
            `/${p}: <${ref.tag} ${ref.attr}="${ref.value}"> leaves the site's base path ${site.pathname}`,
          );
          continue;
        }
        const below = target.pathname.slice(site.pathname.length);
        const file = fileOfPath(DIST, below);
        if (!file) {
          findings.push(
            `/${p}: <${ref.tag} ${ref.attr}="${ref.value}"> points to /${decodeURIComponent(below)}, which is not in dist/`,
          );
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && file.endsWith(".html")) {
          const targetPage = summaries.get(pathOfFile(file));
          if (
            !targetPage?.ids.includes(fragment) &&
            !targetPage?.names.includes(fragment) &&
            fragment !== "top"
          ) {
            findings.push(
              `/${p}: <${ref.tag} ${ref.attr}="${ref.value}">: /${pathOfFile(file)} has no element with id "${fragment}"`,
            );
          }
        }
      }
      const duplicates = s.ids.filter((id, i) => s.ids.indexOf(id) !== i);
      for (const id of new Set(duplicates)) findings.push(`/${p}: id "${id}" is used more than once`);
    }
    const lines = [...grouped].map(
      ([what, where]) =>
        `${what} — on ${where.length} page(s): ${where.slice(0, 3).join(", ")}${where.length > 3 ? ", …" : ""}`,
    );
    expect(lines, list(lines)).toEqual([]);
  });
});
