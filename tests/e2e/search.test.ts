/**
 * The search page in Chromium, on the built site (dist/ served on 127.0.0.1 at its base path):
 * ranked results as you type, typos, filters alone and with a query, URL state and restore, Back,
 * the "/" shortcut, keyboard filters, hostile queries, the no-results message, and that nothing
 * is downloaded before the reader uses search. No timing assertions.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";
import { watchedPage } from "./support/browse.ts";
import { DIST, basePathOf, requireBuilt } from "./support/site.ts";

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let base: string;

beforeAll(async () => {
  requireBuilt();
  base = await basePathOf();
  server = await serveStatic(DIST, base);
  browser = await launchBrowser();
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Opens the search page (with `query`, e.g. "?q=x") and checks it ran without problems at the end. */
async function open(query = ""): Promise<{ page: Page; problems: string[] }> {
  const watched = await watchedPage(context);
  await watched.page.goto(`${server.url}search/${query}`);
  return watched;
}

/** Waits for the results list and returns the article slugs it links to, in order. */
async function resultSlugs(page: Page): Promise<string[]> {
  await page.waitForSelector("#results ol > li");
  return page.$$eval("#results ol > li h2 a", (links) =>
    links.map((a) => /\/articles\/([^/]+)\/$/u.exec(a.getAttribute("href") ?? "")?.[1] ?? "?"),
  );
}

/** Waits until the status says the results are in (not "Loading…"). */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    () =>
      /found|No articles|Type/u.test(document.querySelector("#search-status")?.textContent ?? "") ||
      document.querySelector("#results div") !== null,
  );
  return (await page.textContent("#search-status")) ?? "";
}

/** The cards of a built listing page's <main>: slug, title and the date the listing goes by (the first shown). */
async function listedCards(file: string): Promise<{ slug: string; title: string; date: string }[]> {
  const html = await readFile(path.join(DIST, file), "utf8");
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  return main
    .split("<article")
    .slice(1)
    .map((card) => ({
      slug: /href="[^"]*\/articles\/([^/"]+)\/"/u.exec(card)?.[1] ?? "",
      title: (/<h2[^>]*><a[^>]*>([^<]*)</u.exec(card)?.[1] ?? "")
        .replace(/&#39;/gu, "'")
        .replace(/&amp;/gu, "&"),
      date: /<time datetime="([^"]+)"/u.exec(card)?.[1] ?? "",
    }));
}

/** Article slugs linked from a built listing page's <main>. */
async function listedSlugs(file: string): Promise<string[]> {
  const html = await readFile(path.join(DIST, file), "utf8");
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  return [...new Set([...main.matchAll(/href="[^"]*\/articles\/([^/"]+)\/"/gu)].map((m) => m[1] ?? ""))];
}

describe("search page", () => {
  it("shows ranked results as you type, linking to articles under the base path", async () => {
    const { page, problems } = await open();
    await page.focus("#search-input");
    await page.keyboard.type("wildlife");
    const slugs = await resultSlugs(page);
    expect(slugs.length).toBeGreaterThan(3);
    const firstTitle = await page.textContent("#results ol > li h2 a");
    expect(firstTitle).toMatch(/wildlife/iu);
    expect(await page.$$eval("#results ol > li h2 a mark", (m) => m.length)).toBeGreaterThan(0);
    const href = await page.getAttribute("#results ol > li h2 a", "href");
    expect(href?.startsWith(`${base}articles/`)).toBe(true);
    expect(await page.textContent("#search-status")).toMatch(/^\d+ articles found for “wildlife”$/u);
    expect(page.url()).toContain("q=wildlife");
    expect(problems).toEqual([]);
  });

  it("orders results newest first when asked, keeping the order in the URL and restoring it", async () => {
    const { page, problems } = await open("?q=customs");
    const relevance = await resultSlugs(page);
    await page.selectOption("#search-sort", "newest");
    await page.waitForURL((url) => url.search.includes("sort=newest"));
    await page.waitForFunction(
      (before) =>
        [...document.querySelectorAll("#results ol > li h2 a")].map((a) => a.getAttribute("href")).join() !==
        before,
      relevance.join(),
    );
    const newest = await resultSlugs(page);
    // Newest first is the site's listing order (the home page's, restricted to the matches), with
    // the articles listed under one date in title order.
    const cards = [
      ...(await listedCards("index.html")),
      ...(await listedCards("page/2/index.html").catch(() => [])),
    ].filter((c) => newest.includes(c.slug));
    const expected = cards
      .map((c, i) => ({ ...c, i }))
      .sort((a, b) =>
        a.date !== b.date
          ? a.i - b.i
          : a.title.localeCompare(b.title, "en", { sensitivity: "base" }) || a.i - b.i,
      )
      .map((c) => c.slug);
    expect(newest).toEqual(expected);
    expect(newest.length).toBeGreaterThan(3);
    const again = await open("?q=customs&sort=newest");
    expect(await again.page.inputValue("#search-sort")).toBe("newest");
    expect(await resultSlugs(again.page)).toEqual(newest);
    expect([...problems, ...again.problems]).toEqual([]);
  });

  it("finds the article despite a typo", async () => {
    const { page, problems } = await open("?q=tobbaco");
    expect(await resultSlugs(page)).toContain("who-wco-boost-data-tracking-to-curb-illicit-tobacco-trade");
    expect(problems).toEqual([]);
  });

  it("?programme=stce alone lists exactly the STCE articles", async () => {
    const { page, problems } = await open("?programme=stce");
    const slugs = await resultSlugs(page);
    expect([...slugs].sort()).toEqual((await listedSlugs("programmes/stce/index.html")).sort());
    expect(await page.isChecked("#filter-programme-stce")).toBe(true);
    expect(problems).toEqual([]);
  });

  it("?place=africa lists exactly the articles of the Africa region page: its countries and named regions", async () => {
    const { page, problems } = await open("?place=africa");
    const slugs = await resultSlugs(page);
    expect([...slugs].sort()).toEqual((await listedSlugs("regions/africa/index.html")).sort());
    expect(await page.isChecked("#filter-place-africa")).toBe(true);
    expect(problems).toEqual([]);
  });

  it("shows a country folded under “More countries” when the URL chooses it, and lists its articles", async () => {
    const html = await readFile(path.join(DIST, "search/index.html"), "utf8");
    const folded = /<details data-more[\s\S]*?name="place" value="([a-z-]+)"/u.exec(html)?.[1];
    expect(folded, "the real seeds name more countries than the chips show").toBeDefined();
    const { page, problems } = await open(`?place=${folded ?? ""}`);
    const slugs = await resultSlugs(page);
    expect([...slugs].sort()).toEqual((await listedSlugs(`countries/${folded ?? ""}/index.html`)).sort());
    expect(await page.isVisible(`label[for=filter-place-${folded ?? ""}]`)).toBe(true);
    expect(await page.getAttribute("details[data-more]", "open")).not.toBeNull();
    expect(problems).toEqual([]);
  });

  it("?q=training&programme=stce lists only STCE articles", async () => {
    const { page, problems } = await open("?q=training&programme=stce");
    const slugs = await resultSlugs(page);
    const stce = new Set(await listedSlugs("programmes/stce/index.html"));
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) expect(stce.has(slug)).toBe(true);
    expect(await page.inputValue("#search-input")).toBe("training");
    expect(problems).toEqual([]);
  });

  it("restores query and filters from the URL and keeps typing in it without new history entries", async () => {
    const watched = await watchedPage(context);
    const { page, problems } = watched;
    await page.goto(server.url);
    await page.goto(`${server.url}search/?q=malawi&topic=wildlife`);
    expect(await page.inputValue("#search-input")).toBe("malawi");
    expect(await page.isChecked("#filter-topic-wildlife")).toBe(true);
    expect((await resultSlugs(page)).length).toBeGreaterThan(0);
    const entries = await page.evaluate(() => history.length);
    await page.focus("#search-input");
    await page.keyboard.press("End");
    await page.keyboard.type(" risk");
    await page.waitForFunction(() => location.search.includes("q=malawi+risk"));
    expect(new URL(page.url()).searchParams.getAll("topic")).toEqual(["wildlife"]);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(base);
    expect(problems).toEqual([]);
  });

  it("focuses the search box when / is pressed outside a field", async () => {
    const { page, problems } = await open();
    await page.click("h1");
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    expect(await page.inputValue("#search-input")).toBe("");
    expect(problems).toEqual([]);
  });

  it("works with the keyboard alone: filters are checkboxes, results are links", async () => {
    const { page, problems } = await open();
    await page.focus("#filter-programme-stce");
    await page.keyboard.press("Space");
    expect(await page.isChecked("#filter-programme-stce")).toBe(true);
    await page.waitForFunction(() => location.search.includes("programme=stce"));
    const slugs = await resultSlugs(page);
    expect(slugs.length).toBeGreaterThan(0);
    await page.keyboard.press("Space");
    expect(await page.isChecked("#filter-programme-stce")).toBe(false);
    await page.waitForFunction(() => !location.search.includes("programme"));
    expect(problems).toEqual([]);
  });

  it("echoes what the reader typed, finds whole words only, and keeps phrases", async () => {
    const { page, problems } = await open();
    await page.focus("#search-input");
    await page.keyboard.type("Cambodia's");
    await page.waitForFunction(() =>
      /found/u.test(document.querySelector("#search-status")?.textContent ?? ""),
    );
    expect(await page.textContent("#search-status")).toBe("2 articles found for “Cambodia's”");
    await page.fill("#search-input", "covid ");
    await page.waitForFunction(() =>
      /for “covid”/u.test(document.querySelector("#search-status")?.textContent ?? ""),
    );
    // "provided" holds "vid" but not the word covid.
    expect(await resultSlugs(page)).toEqual([
      "global-customs-crack-down-on-fake-covid19-vaccines-illicit-trade",
    ]);
    await page.fill("#search-input", '"heritage cultural"');
    await page.waitForFunction(() =>
      /No articles found/u.test(document.querySelector("#search-status")?.textContent ?? ""),
    );
    await page.fill("#search-input", '"cultural heritage"');
    expect((await resultSlugs(page)).length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });

  it("offers the nearest word when nothing matches, and searches it on a click", async () => {
    const { page, problems } = await open("?q=wyldlyfxe");
    const button = page.locator("#results button", { hasText: "wildlife" });
    await button.waitFor();
    expect(await page.textContent("#results")).toBe("Did you mean wildlife?");
    await button.click();
    expect(await page.inputValue("#search-input")).toBe("wildlife");
    expect((await resultSlugs(page)).length).toBeGreaterThan(3);
    expect(problems).toEqual([]);
  });

  it("marks chips with no results as unavailable, and keeps a checked one clearable", async () => {
    const { page, problems } = await open("?q=tobacco&programme=inama");
    await page.waitForFunction(() =>
      /found/u.test(document.querySelector("#search-status")?.textContent ?? ""),
    );
    const zero = await page.$$eval("label[data-zero] [data-count]", (n) => n.map((x) => x.textContent));
    expect(zero.length).toBeGreaterThan(0);
    expect(zero.every((t) => t === "0")).toBe(true);
    const nonzero = await page.$$eval("label:not([data-zero]) [data-count]", (n) =>
      n.map((x) => x.textContent),
    );
    expect(nonzero.every((t) => t !== "0")).toBe(true);
    expect(await page.isChecked("#filter-programme-inama")).toBe(true);
    await page.click("label[for=filter-programme-inama]");
    expect(await page.isChecked("#filter-programme-inama")).toBe(false);
    expect(problems).toEqual([]);
  });

  it("does not move results while typing, scrolling or filling excerpts (layout shift < 0.01)", async () => {
    const { page, problems } = await open();
    await page.evaluate(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
          (window as unknown as { shift: number }).shift += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.focus("#search-input");
    await page.keyboard.type("customs training", { delay: 80 });
    await resultSlugs(page);
    await page.waitForTimeout(900);
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(900);
    const excerpts = await page.$$eval(
      "#results ol > li p",
      (ps) => ps.filter((p) => (p.textContent ?? "") !== "").length,
    );
    expect(excerpts).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
    expect(problems).toEqual([]);
  });

  it("runs nothing from a hostile query and shows it only as text", async () => {
    const dialogs: string[] = [];
    const query = "<img src=x onerror=alert(1)>";
    const { page, problems } = await open(`?q=${encodeURIComponent(query)}`);
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await settled(page);
    expect(await page.inputValue("#search-input")).toBe(query);
    expect(await page.$$eval("#results img", (imgs) => imgs.length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll("img[src=x]").length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems.filter((p) => !p.includes("/x"))).toEqual([]);
  });

  it("says clearly when nothing matches, in one message, with what to try", async () => {
    const { page, problems } = await open("?q=xylophone&programme=stce");
    await page.waitForFunction(() =>
      /No articles found/u.test(document.querySelector("#search-status")?.textContent ?? ""),
    );
    expect(await page.textContent("#search-status")).toBe(
      "No articles found for “xylophone” with the selected filters.",
    );
    expect(await page.textContent("#results")).toMatch(/^Try removing a filter/u);
    expect(await page.$$eval("#results p", (p) => p.length)).toBe(1);
    expect(problems).toEqual([]);
  });

  it("downloads nothing for search before the reader focuses it", async () => {
    const watched = await watchedPage(context);
    const { page, problems } = watched;
    const requests: string[] = [];
    await page.goto(`${server.url}search/`, { waitUntil: "load" });
    page.on("request", (r) => requests.push(r.url()));
    await page.waitForTimeout(300);
    expect(requests.filter((u) => !u.endsWith("/favicon.svg"))).toEqual([]);
    await page.focus("#search-input");
    await page.waitForFunction(
      () => document.querySelector("#search-status")?.textContent !== "Loading search…",
    );
    await page.waitForTimeout(100);
    expect(requests.some((u) => u.includes("/search/data/core.bin"))).toBe(true);
    expect(problems).toEqual([]);
  });

  it("offers the programme and topic pages as plain links", async () => {
    const html = await readFile(path.join(DIST, "search/index.html"), "utf8");
    expect(html).toContain(`href="${base}programmes/stce/"`);
    expect(html).toMatch(new RegExp(`href="${base}topics/[a-z-]+/"`, "u"));
    expect(html).toMatch(/<label[^>]*for="search-input"/u);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/u);
  });
});
