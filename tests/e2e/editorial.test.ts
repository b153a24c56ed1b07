/**
 * Gate 1b: what an edited news site does for its reader on every page: the "/" shortcut and the
 * header's search field, the printed masthead, sections in words (no raw seed file names, no
 * echoed programme names) and a human sitemap.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../../src/lib/dates.ts";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";
import {
  DIST,
  basePathOf,
  htmlFiles,
  pageOf,
  pickPages,
  requireBuilt,
  type PageSet,
} from "./support/site.ts";

let browser: Browser;
let server: StaticServer;
let pages: PageSet;

beforeAll(async () => {
  requireBuilt();
  browser = await launchBrowser();
  server = await serveStatic(DIST, await basePathOf());
  pages = await pickPages();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const live = (p: string): string => `${server.url}${p}`;

describe("editorial polish", () => {
  it("'/' focuses the header's search field on an article, and the field searches", async () => {
    const page = await browser.newPage();
    await page.goto(live(pageOf(pages, "article")));
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("header-search");
    await page.keyboard.type("wildlife");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=wildlife/);
    await page.locator("#results a").first().waitFor();
    expect(await page.locator("#search-input").inputValue()).toBe("wildlife");
    await page.close();
  });

  it("'/' focuses the search page's own field there", async () => {
    const page = await browser.newPage();
    await page.goto(live(pageOf(pages, "search")));
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    await page.close();
  });

  it("prints an article with the site name, its canonical URL and the date printed", async () => {
    const page = await browser.newPage();
    await page.goto(live(pageOf(pages, "article")));
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    const masthead = page.locator(".print-masthead");
    expect(await masthead.isVisible()).toBe(true);
    const text = (await masthead.textContent()) ?? "";
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(text).toContain("WCO Enforcement Digest");
    expect(text).toContain(canonical ?? "no canonical link");
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    expect(text).toContain(`Printed ${formatDate(today)}`);
    await page.emulateMedia({ media: "screen" });
    expect(await masthead.isVisible()).toBe(false);
    await page.close();
  });

  it("names where an article's text comes from in words, keeping the file name for editors", async () => {
    const html = await readFile(path.join(DIST, pageOf(pages, "article"), "index.html"), "utf8");
    expect(html).toContain("Where this text comes from");
    expect(html).not.toMatch(/>\s*Source files?\s*</);
    expect(html).toMatch(/data-source-files="[^"]+\.txt"/);
  });

  it("never echoes a programme's name, on any page", async () => {
    const echoes: string[] = [];
    for (const file of await htmlFiles()) {
      const text = (await readFile(path.join(DIST, file), "utf8")).replace(/<[^>]+>/g, " ");
      for (const m of text.matchAll(
        /\b([A-Z][\w/-]*(?: [\w/-]+)*): \1\b|\b([A-Z][\w/-]+(?: [\w/-]+)*) \(\2\)/g,
      )) {
        echoes.push(`${file}: ${m[0]}`);
      }
    }
    expect(echoes).toEqual([]);
  });

  it("shows no headline with a split compound or a lost separator, on any page", async () => {
    const split =
      /\b(?:Antitrafficking|Antiwildlife|Ecosensitive|Wcobacked|WHO WCO Boost|Albania Kosovo|Africa Asia|Earthquakes Floods)\b/;
    const found: string[] = [];
    for (const file of await htmlFiles()) {
      const m = split.exec(await readFile(path.join(DIST, file), "utf8"));
      if (m) found.push(`${file}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  it("has a human sitemap, linked from the footer, that reaches every section", async () => {
    const page = await browser.newPage();
    await page.goto(live(pageOf(pages, "home")));
    await page.locator("footer a", { hasText: "Sitemap" }).click();
    await page.waitForURL(/\/sitemap\/$/);
    const links = await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    for (const section of ["programmes/", "topics/", "regions/", "search/"]) {
      expect(links.some((h) => h?.endsWith(section))).toBe(true);
    }
    await page.close();
  });
});
