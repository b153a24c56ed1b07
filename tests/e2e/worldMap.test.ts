/**
 * The world map in Chromium, on /countries/ and the home page: every country with a page has a
 * link on the map whose accessible name gives its article count, every mark is drawn (the shared
 * outline sprite loaded), screen readers get the same facts as a list, the colours follow the
 * colour scheme, and at 390 px the map fits without horizontal scrolling.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";
import { watchedPage } from "./support/browse.ts";
import { DIST, basePathOf, filesUnder, requireBuilt } from "./support/site.ts";

requireBuilt();

let browser: Browser;
let server: StaticServer;
/** A page's URL from its path below the base. */
const live = (p: string): string => `${server.url}${p}`;

/** Country slug → article count, read from the country pages themselves (their article links). */
async function countryCounts(): Promise<Map<string, number>> {
  const base = await basePathOf();
  const slugs = (await filesUnder(path.join(DIST, "countries"), "index.html"))
    .filter((f) => /^[a-z-]+\/index\.html$/u.test(f))
    .map((f) => f.split("/")[0] ?? "");
  const counts = new Map<string, number>();
  for (const slug of slugs) {
    // The listing's own count line: "3 articles", paginated pages included.
    const html = await readFile(path.join(DIST, "countries", slug, "index.html"), "utf8");
    const main = html.slice(html.indexOf("<main"), html.indexOf("</main>")).replace(/<[^>]+>/gu, " ");
    const n = /(\d[\d,]*) articles?\s*[,·]/u.exec(main)?.[1];
    counts.set(`${base}countries/${slug}/`, Number((n ?? "NaN").replace(/,/gu, "")));
  }
  return counts;
}

/** The map's links: href, accessible name (as Chromium computes it) and drawn size. */
async function mapLinks(
  page: Page,
): Promise<{ href: string; name: string; width: number; height: number }[]> {
  const links = page.locator("figure.world-map svg a");
  const out: { href: string; name: string; width: number; height: number }[] = [];
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    out.push({
      href: (await link.getAttribute("href")) ?? "",
      name: (await link.getAttribute("aria-label")) ?? "",
      width: box?.width ?? 0,
      height: box?.height ?? 0,
    });
  }
  return out;
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(DIST, await basePathOf());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("world map", () => {
  it.each(["countries/", ""])(
    "/%s: links every country with a page, named with its count, and draws each mark",
    async (urlPath) => {
      const expected = await countryCounts();
      expect(expected.size).toBeGreaterThan(0);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(live(urlPath), { waitUntil: "networkidle" });
      const links = await mapLinks(page);
      expect(links.map((l) => l.href).sort()).toEqual([...expected.keys()].sort());
      for (const link of links) {
        const count = expected.get(link.href) ?? -1;
        expect(link.name).toMatch(
          new RegExp(`^\\S.*, ${count} ${count === 1 ? "article" : "articles"}$`, "u"),
        );
        // Drawn: a <use> of the sprite has a size only once the sprite has loaded.
        expect(link.width, link.href).toBeGreaterThan(0);
        expect(link.height, link.href).toBeGreaterThan(0);
      }
      // Chromium exposes each mark as a link by that name.
      const first = links[0];
      if (first)
        await expect(page.getByRole("link", { name: first.name, exact: true }).count()).resolves.toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it("gives screen readers the same facts as text: the countries and their counts", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const urlPath of ["countries/", ""]) {
      await page.goto(live(urlPath));
      const names = (await mapLinks(page)).map((l) => l.name);
      const text = (await page.locator("main").innerText()).replace(/\s+/gu, " ");
      const srList = await page.locator("figure.world-map ul.sr-only li").allTextContents();
      for (const name of names) {
        const [country, count] = name.split(/, (?=\d+ articles?$)/u);
        // /countries/ shows them as its visible list; the home page adds a list for screen readers.
        const listed =
          srList.includes(`${country ?? ""}: ${count ?? ""}`) ||
          new RegExp(`${country ?? ""} ${count ?? ""}`, "u").test(text);
        expect(listed, `${urlPath || "home"}: ${name}`).toBe(true);
      }
    }
    await context.close();
  });

  it("fits 390 px without horizontal scrolling and follows the dark colour scheme", async () => {
    const fills: Record<string, string[]> = {};
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
      const page = await context.newPage();
      for (const urlPath of ["countries/", ""]) {
        await page.goto(live(urlPath), { waitUntil: "networkidle" });
        const fit = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          view: window.innerWidth,
          map: document.querySelector("figure.world-map svg")?.getBoundingClientRect().right ?? Infinity,
        }));
        expect(fit.scroll, urlPath).toBeLessThanOrEqual(fit.view);
        expect(fit.map, urlPath).toBeLessThanOrEqual(fit.view);
      }
      fills[colorScheme] = await page.evaluate(() =>
        [".map-land", "svg a > use, figure.world-map svg a > circle"].map((s) => {
          const el = document.querySelector(`figure.world-map ${s}`);
          return el ? getComputedStyle(el).fill : "";
        }),
      );
      await context.close();
    }
    expect(fills.light?.every((f) => f !== "")).toBe(true);
    expect(fills.dark?.[0]).not.toBe(fills.light?.[0]);
    expect(fills.dark?.[1]).not.toBe(fills.light?.[1]);
  });
});
