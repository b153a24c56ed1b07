/**
 * Gate 1: the built site behaves like a real news site in a real browser.
 *
 * Runs on dist/ served on 127.0.0.1 (at the base path it was built for) and checks: head metadata
 * and structured data on every page, the Content Security Policy and the absence of inline script,
 * browsing home → article → programme → back, the RSS feeds, the 404 page, keyboard-only use, and
 * that no page scrolls sideways on a 390 px wide phone. Every check collects all its findings and
 * fails with a readable list.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataArticle } from "../../src/lib/openData/record.ts";
import { TAXONOMY } from "../../src/lib/taxonomy/data.ts";
import { programmeDisplayName } from "../../src/lib/taxonomy/programmeName.ts";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";
import { settle, waitForSearchResults, watchedPage } from "./support/browse.ts";
import { Parser, type Feed, type HtmlSummary } from "./support/dom.ts";
import {
  DIST,
  MISSING_PATH,
  SEARCH_QUERY,
  basePathOf,
  fileOfPath,
  htmlFiles,
  pageOf,
  pathOfFile,
  pickPages,
  requireBuilt,
  siteUrlOf,
  type PageSet,
} from "./support/site.ts";

let browser: Browser;
let server: StaticServer;
let parser: Parser;
let siteUrl: string;
let pages: PageSet;
/** URL path below the base → summary of its built HTML. */
const summaries = new Map<string, HtmlSummary>();
/** URL path below the base → raw HTML. */
const sources = new Map<string, string>();

beforeAll(async () => {
  requireBuilt();
  browser = await launchBrowser();
  server = await serveStatic(DIST, await basePathOf());
  parser = await Parser.open(browser);
  siteUrl = await siteUrlOf();
  pages = await pickPages();
  for (const file of await htmlFiles()) {
    const html = await readFile(path.join(DIST, file), "utf8");
    sources.set(pathOfFile(file), html);
    summaries.set(pathOfFile(file), await parser.html(html));
  }
}, 120_000);

afterAll(async () => {
  await parser?.close();
  await browser?.close();
  await server?.close();
});

/** The served URL of a path below the base. */
const live = (p: string) => `${server.url}${p}`;
/** The served URL of an absolute site URL, or undefined when it is not on the site. */
const toLive = (url: string) => (url.startsWith(siteUrl) ? live(url.slice(siteUrl.length)) : undefined);
/** A path below the base for a served URL, or undefined when it is not on the served site. */
const belowBase = (url: string) =>
  url.startsWith(server.url) ? url.slice(server.url.length).replace(/[?#].*$/, "") : undefined;
const isArticle = (p: string) => /^articles\/[^/]+\/$/.test(p);
const problemList = (problems: string[]) => (problems.length ? `\n  - ${problems.join("\n  - ")}\n` : "");

async function withContext<T>(width: number, run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

describe("head metadata on every page", () => {
  it("declares lang=en, a unique title, a description, a canonical URL, Open Graph and a Twitter card", () => {
    const problems: string[] = [];
    const byTitle = new Map<string, string[]>();
    for (const [p, s] of summaries) {
      const at = `/${p}`;
      if (s.lang !== "en") problems.push(`${at}: <html lang> is ${JSON.stringify(s.lang)}, expected "en"`);
      const title = s.titles[0]?.trim() ?? "";
      if (s.titles.length !== 1 || !title)
        problems.push(`${at}: expected exactly one non-empty <title>, found ${s.titles.length}`);
      byTitle.set(title, [...(byTitle.get(title) ?? []), at]);
      const one = (key: string) => {
        const values = s.meta[key] ?? [];
        if (values.length !== 1 || !values[0]?.trim()) {
          problems.push(
            `${at}: expected one non-empty <meta ${key.includes(":") && key.startsWith("og") ? "property" : "name"}="${key}">, found ${values.length}`,
          );
          return undefined;
        }
        return values[0];
      };
      one("description");
      one("og:title");
      one("og:description");
      const ogType = one("og:type");
      const ogUrl = one("og:url");
      const card = one("twitter:card");
      if (card && !["summary", "summary_large_image"].includes(card))
        problems.push(`${at}: twitter:card is "${card}"`);
      const expectedType = isArticle(p) ? "article" : "website";
      if (ogType && ogType !== expectedType)
        problems.push(`${at}: og:type is "${ogType}", expected "${expectedType}"`);
      if (s.canonical.length !== 1) {
        problems.push(`${at}: expected one <link rel="canonical">, found ${s.canonical.length}`);
        continue;
      }
      const canonical = s.canonical[0] ?? "";
      if (!canonical.startsWith(siteUrl))
        problems.push(`${at}: canonical ${canonical} is not an absolute URL under ${siteUrl}`);
      else if (canonical !== `${siteUrl}${p}`)
        problems.push(`${at}: canonical is ${canonical}, expected ${siteUrl}${p}`);
      if (ogUrl && ogUrl !== canonical)
        problems.push(`${at}: og:url ${ogUrl} differs from the canonical URL ${canonical}`);
    }
    for (const [title, where] of byTitle) {
      if (where.length > 1)
        problems.push(`title "${title}" is used by ${where.length} pages: ${where.join(", ")}`);
    }
    expect(problems, problemList(problems)).toEqual([]);
  });

  it("gives every article parseable NewsArticle JSON-LD, with datePublished only when the article shows a source date", () => {
    const problems: string[] = [];
    for (const [p, s] of summaries) {
      const at = `/${p}`;
      const objects: Record<string, unknown>[] = [];
      for (const text of s.jsonLd) {
        try {
          const data: unknown = JSON.parse(text);
          const list = Array.isArray(data) ? data : [data];
          for (const item of list) {
            const graph = (item as { "@graph"?: unknown })["@graph"];
            objects.push(...((Array.isArray(graph) ? graph : [item]) as Record<string, unknown>[]));
          }
        } catch (error) {
          problems.push(`${at}: JSON-LD does not parse: ${(error as Error).message}`);
        }
      }
      if (!isArticle(p)) continue;
      const news = objects.filter((o) => o["@type"] === "NewsArticle");
      if (news.length !== 1) {
        problems.push(`${at}: expected one NewsArticle JSON-LD object, found ${news.length}`);
        continue;
      }
      const ld = news[0] as Record<string, unknown>;
      const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
      if (!text(ld["headline"])) problems.push(`${at}: NewsArticle has no headline`);
      else if (text(ld["headline"]) !== s.h1[0])
        problems.push(`${at}: headline "${text(ld["headline"])}" differs from the <h1> "${s.h1[0]}"`);
      if (!text(ld["description"])) problems.push(`${at}: NewsArticle has no description`);
      if (ld["url"] !== s.canonical[0])
        problems.push(
          `${at}: NewsArticle url ${String(ld["url"])} is not the canonical URL ${s.canonical[0]}`,
        );
      const publisher = ld["publisher"] as Record<string, unknown> | undefined;
      if (!publisher || !text(publisher["name"]))
        problems.push(`${at}: NewsArticle has no publisher with a name`);
      // Places: schema.org Country objects carry the ISO 3166-1 alpha-2 code as identifier.
      const locations = (ld["contentLocation"] ?? []) as Record<string, unknown>[];
      for (const l of Array.isArray(locations) ? locations : [locations]) {
        if (!text(l["name"])) problems.push(`${at}: a contentLocation has no name`);
        if (l["@type"] === "Country" && !/^[A-Z]{2}$/u.test(text(l["identifier"])))
          problems.push(`${at}: Country ${text(l["name"])} has no ISO code identifier`);
      }
      const about = ld["about"];
      const keywords = ld["keywords"];
      const hasAbout = Array.isArray(about) ? about.length > 0 : Boolean(about);
      const hasKeywords = Array.isArray(keywords) ? keywords.length > 0 : Boolean(text(keywords));
      if (!hasAbout && !hasKeywords) problems.push(`${at}: NewsArticle has neither about nor keywords`);
      const published = ld["datePublished"];
      if (s.sourceDate === null && published !== undefined) {
        problems.push(
          `${at}: datePublished ${JSON.stringify(published)} is given but the page shows no source date`,
        );
      }
      if (s.sourceDate !== null && (typeof published !== "string" || !published.startsWith(s.sourceDate))) {
        problems.push(`${at}: the page shows ${s.sourceDate} but datePublished is ${String(published)}`);
      }
    }
    expect(problems, problemList(problems)).toEqual([]);
  });

  it("has a CSP meta that allows scripts only from 'self', and no inline handler, inline script or javascript: URL", () => {
    const problems: string[] = [];
    for (const [p, s] of summaries) {
      const at = `/${p}`;
      if (s.csp.length !== 1)
        problems.push(`${at}: expected one Content-Security-Policy <meta>, found ${s.csp.length}`);
      const directives = new Map<string, string[]>();
      for (const part of (s.csp[0] ?? "").split(";")) {
        const [name, ...values] = part.trim().split(/\s+/);
        if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
      }
      for (const name of ["script-src", "script-src-elem", "script-src-attr"]) {
        const values =
          directives.get(name) ?? (name === "script-src" ? directives.get("default-src") : undefined);
        if (name === "script-src" && !values)
          problems.push(`${at}: the CSP has neither script-src nor default-src`);
        if (values && (values.length !== 1 || values[0] !== "'self'"))
          problems.push(`${at}: CSP ${name} is "${values.join(" ")}", expected "'self'"`);
      }
      const html = sources.get(p) ?? "";
      const cspAt = html.search(/<meta[^>]+http-equiv="content-security-policy"/i);
      const firstLoad = html.search(/<(script|link|style)\b/i);
      if (cspAt >= 0 && firstLoad >= 0 && firstLoad < cspAt)
        problems.push(`${at}: the CSP <meta> comes after the first script, style or link`);
      for (const handler of s.handlers) problems.push(`${at}: inline event handler ${handler}`);
      for (const url of s.jsUrls) problems.push(`${at}: javascript: URL ${url}`);
      if (s.inlineScripts > 0)
        problems.push(`${at}: ${s.inlineScripts} inline executable <script> (blocked by script-src 'self')`);
      const styleSrc = directives.get("style-src") ?? directives.get("default-src") ?? [];
      if (!styleSrc.includes("'unsafe-inline'")) {
        for (const style of new Set(s.inlineStyles))
          problems.push(`${at}: inline ${style} (blocked by style-src without 'unsafe-inline')`);
      }
    }
    expect(problems, problemList(problems)).toEqual([]);
  });
});

describe("browsing", () => {
  it("goes home → article → programme, and back and forward through history", async () => {
    await withContext(1280, async (context) => {
      const { page, problems } = await watchedPage(context);
      const home = live(pageOf(pages, "home"));
      await page.goto(home);
      const card = page
        .locator("main article")
        .filter({ has: page.locator('a[href*="/programmes/"]') })
        .first();
      expect(await card.count(), "no article card on the home page links to a programme").toBe(1);
      const articleLink = card.locator('a[href*="/articles/"]').first();
      const headline = (await articleLink.innerText()).trim();
      await articleLink.click();
      await page.waitForURL(/\/articles\/[^/]+\/$/);
      const articleUrl = page.url();
      await expect.poll(() => page.locator("h1").innerText()).toBe(headline);

      const programmeHref = await page
        .locator("main a[href]")
        .evaluateAll((links) =>
          links.map((a) => a.getAttribute("href") ?? "").find((h) => /\/programmes\/[^/]+\/$/.test(h)),
        );
      expect(programmeHref, "the article links to no programme page").toBeTruthy();
      const target = page.locator(`main a[href="${programmeHref}"]`).first();
      await target.click();
      await page.waitForURL((url) => url.href === new URL(programmeHref ?? "", articleUrl).href);
      const programmeUrl = page.url();
      const programmeSlug = /\/programmes\/([^/]+)\/$/u.exec(programmeHref ?? "")?.[1];
      const programme = TAXONOMY.programmes.find((p) => p.slug === programmeSlug);
      expect(programme, `no programme has the slug of ${programmeHref}`).toBeDefined();
      expect(await page.locator("h1").innerText()).toBe(
        programmeDisplayName(programme?.shortName ?? "", programme?.fullName ?? ""),
      );
      const listed = await page.locator(`main a[href="${new URL(articleUrl).pathname}"]`).count();
      expect(
        listed,
        `the programme page ${programmeUrl} does not list the article that links to it`,
      ).toBeGreaterThan(0);

      await page.goBack();
      expect(page.url()).toBe(articleUrl);
      await expect.poll(() => page.locator("h1").innerText()).toBe(headline);
      await page.goBack();
      expect(page.url()).toBe(home);
      await page.goForward();
      expect(page.url()).toBe(articleUrl);
      await page.goForward();
      expect(page.url()).toBe(programmeUrl);
      expect(problems, problemList(problems)).toEqual([]);
    });
  }, 120_000);

  it("shows the 404 page, with a search form and the programme list, for an unknown URL", async () => {
    await withContext(1280, async (context) => {
      const missing = live(MISSING_PATH);
      const { page, problems } = await watchedPage(context, [missing]);
      const response = await page.goto(missing);
      expect(response?.status(), "an unknown URL must answer 404").toBe(404);
      await expect(page.locator("h1").innerText()).resolves.toMatch(/not found/i);
      const form = page
        .locator("main form")
        .filter({ has: page.locator('input[type="search"], input[name="q"]') });
      expect(await form.count(), "the 404 page has no search form in <main>").toBe(1);
      const action = await form.evaluate((f) => (f as HTMLFormElement).action);
      expect(action, "the 404 search form must submit to the search page").toBe(live("search/"));
      const programmes = [...summaries.keys()].filter((p) => /^programmes\/[^/]+\/$/.test(p)).map(live);
      expect(programmes.length, "the build has no programme pages").toBeGreaterThan(0);
      const linked = await page
        .locator("main a[href]")
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      const missingProgrammes = programmes.filter((p) => !linked.includes(p));
      expect(missingProgrammes, "programme pages the 404 page does not link to").toEqual([]);

      // The form works: it submits the query to the search page.
      await form.locator('input[type="search"], input[name="q"]').first().fill(SEARCH_QUERY);
      await form.locator('input[type="search"], input[name="q"]').first().press("Enter");
      await page.waitForURL((url) => url.pathname === new URL(live("search/")).pathname);
      expect(new URL(page.url()).searchParams.get("q")).toBe(SEARCH_QUERY);
      expect(problems, problemList(problems)).toEqual([]);
    });
  }, 120_000);

  it("can be used with the keyboard alone: skip link first, then the header navigation, Enter follows a link", async () => {
    await withContext(1280, async (context) => {
      const { page, problems } = await watchedPage(context);
      /** The focused element, and its focus indicator: outline or shadow, and the outline's contrast. */
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          // Any CSS colour (Tailwind 4 uses oklch) → sRGB through a 1×1 canvas.
          const canvas = document.createElement("canvas");
          canvas.width = canvas.height = 1;
          const ctx = canvas.getContext("2d", { willReadFrequently: true });
          const rgb = (color: string): number[] => {
            if (!ctx) return [0, 0, 0];
            ctx.clearRect(0, 0, 1, 1);
            ctx.fillStyle = color;
            ctx.fillRect(0, 0, 1, 1);
            return Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3));
          };
          const luminance = (c: number[]) => {
            const [r = 0, g = 0, b = 0] = c.map((v) => {
              const x = v / 255;
              return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          // The colour just outside the outline: the first opaque background under that point.
          const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) + 1;
          const x = Math.max(0, box.left - reach);
          const y = box.top + box.height / 2;
          let under: Element | null =
            document.elementsFromPoint(x, y).find((e) => e !== el && !el.contains(e)) ?? null;
          let background = "rgb(255, 255, 255)";
          while (under) {
            const bg = getComputedStyle(under).backgroundColor;
            if (!/^rgba\(.*,\s*0\)$|^transparent$/.test(bg) && !/\/\s*0\)$/.test(bg)) {
              background = bg;
              break;
            }
            under = under.parentElement;
          }
          const [l1, l2] = [luminance(rgb(style.outlineColor)), luminance(rgb(background))].sort(
            (a, b) => b - a,
          );
          const hasOutline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
          return {
            tag: el.tagName.toLowerCase(),
            id: el.id,
            href: el instanceof HTMLAnchorElement ? el.href : null,
            rawHref: el.getAttribute("href"),
            text: (el.textContent ?? "").replace(/\s+/g, " ").trim(),
            inMain: el.closest("main") !== null,
            indicator: hasOutline || style.boxShadow !== "none",
            contrast: hasOutline ? ((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05) : null,
            visible:
              box.width > 1 && box.height > 1 && box.bottom > 0 && box.right > 0 && box.top < innerHeight,
          };
        });
      type Focused = Awaited<ReturnType<typeof focused>>;
      const findings: string[] = [];
      /** WCAG 1.4.11: a focus outline needs 3:1 against what is next to it. */
      const checkIndicator = (now: Focused, scheme: string) => {
        const name = `${now?.text || now?.rawHref} (${scheme})`;
        if (!now?.indicator) findings.push(`${name}: no focus indicator`);
        else if (now.contrast !== null && now.contrast < 3) {
          findings.push(`${name}: focus outline contrast ${now.contrast.toFixed(2)}:1, below 3:1`);
        }
        if (!now?.visible) findings.push(`${name}: not visible when focused`);
      };

      // The skip link is the first Tab stop, shows up, and Enter moves focus into <main>.
      await page.goto(live(pageOf(pages, "home")));
      await page.keyboard.press("Tab");
      const skip = await focused();
      expect(skip?.rawHref, "the first Tab stop must be the skip link to #main").toBe("#main");
      checkIndicator(skip, "light");
      await page.keyboard.press("Enter");
      const afterSkip = await focused();
      expect(
        afterSkip?.id === "main" || afterSkip?.inMain,
        "Enter on the skip link must move focus to <main>",
      ).toBe(true);

      // Then come the header's links, in order, each with a visible focus indicator, light and dark.
      const headerStops = await page
        .locator("header a[href], header button, header input, header select, header textarea")
        .evaluateAll((els) =>
          els
            .filter((el) => (el as HTMLElement).offsetParent !== null)
            .map((el) => (el as HTMLAnchorElement).href || el.tagName.toLowerCase()),
        );
      expect(headerStops.length, "the header has no focusable navigation").toBeGreaterThan(1);
      for (const scheme of ["dark", "light"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(live(pageOf(pages, "home")));
        await page.keyboard.press("Tab"); // the skip link
        if (scheme === "dark") checkIndicator(await focused(), scheme);
        const seen: string[] = [];
        for (const expected of headerStops) {
          await page.keyboard.press("Tab");
          const now = await focused();
          seen.push(now?.href ?? now?.tag ?? "nothing");
          checkIndicator(now, scheme);
          if (seen.at(-1) !== expected) break;
        }
        expect(seen, `Tab order through the header (${scheme})`).toEqual(headerStops);
      }
      expect(findings, problemList(findings)).toEqual([]);

      // Enter follows a link: Shift+Tab back to the header's programme link and press Enter.
      const programmesUrl = live(pageOf(pages, "programme index"));
      const index = headerStops.indexOf(programmesUrl);
      expect(index, "the header links to the programme index").toBeGreaterThanOrEqual(0);
      for (let i = headerStops.length - 1; i > index; i--) await page.keyboard.press("Shift+Tab");
      expect((await focused())?.href).toBe(programmesUrl);
      await page.keyboard.press("Enter");
      await page.waitForURL(programmesUrl);
      await expect(page.locator('header a[aria-current="page"]').getAttribute("href")).resolves.toBe(
        new URL(programmesUrl).pathname,
      );
      expect(problems, problemList(problems)).toEqual([]);
    });
  }, 120_000);

  it("never scrolls sideways at 390 px, and has no inline handler in the live DOM, on every page", async () => {
    await withContext(390, async (context) => {
      const missing = live(MISSING_PATH);
      const { page, problems } = await watchedPage(context, [missing]);
      const targets = [...summaries.keys()].filter((p) => p !== "404.html").map(live);
      const overflowing: string[] = [];
      targets.push(missing);
      const search = pages["search with results"];
      if (search) targets.push(live(search));
      else overflowing.push("the build has no search page (search/index.html), so it could not be checked");
      for (const url of targets) {
        await page.goto(url);
        if (url.includes(`?q=`)) await waitForSearchResults(page);
        await settle(page);
        const result = await page.evaluate(() => {
          const scroller = document.scrollingElement ?? document.documentElement;
          const wide = Array.from(document.querySelectorAll("body *"))
            .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
            .slice(0, 3)
            .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">`);
          // Scripts may add elements: the live DOM must have no inline handler either.
          const handlers = Array.from(document.querySelectorAll("*")).flatMap((el) =>
            el
              .getAttributeNames()
              .filter((name) => name.toLowerCase().startsWith("on"))
              .map((name) => `<${el.tagName.toLowerCase()} ${name}>`),
          );
          return { scrollWidth: scroller.scrollWidth, innerWidth, wide, handlers };
        });
        if (result.scrollWidth > result.innerWidth) {
          overflowing.push(
            `${url}: scrollWidth ${result.scrollWidth} > ${result.innerWidth}; too wide: ${result.wide.join(" ")}`,
          );
        }
        for (const handler of result.handlers)
          problems.push(`${url}: inline event handler in the live DOM: ${handler}`);
      }
      expect(overflowing, problemList(overflowing)).toEqual([]);
      expect(problems, problemList(problems)).toEqual([]);
    });
  }, 180_000);
});

describe("RSS feeds", () => {
  /** Article URL → its dates, from /data/articles.json (the source date, the added date, the listing date). */
  const datesOf = new Map<string, DataArticle["dates"]>();
  beforeAll(async () => {
    const data = JSON.parse(await readFile(path.join(DIST, "data", "articles.json"), "utf8")) as {
      articles?: DataArticle[];
      parts?: { path: string }[];
    };
    const parts = await Promise.all(
      (data.parts ?? []).map(
        async (part) =>
          JSON.parse(await readFile(path.join(DIST, "data", part.path), "utf8")) as {
            articles: DataArticle[];
          },
      ),
    );
    for (const a of data.articles ?? parts.flatMap((part) => part.articles)) datesOf.set(a.url, a.dates);
  });

  /** Fetches and parses a feed, and checks what every RSS 2.0 feed of the site must satisfy. */
  async function checkFeed(feedPath: string, problems: string[]): Promise<Feed | undefined> {
    const response = await fetch(live(feedPath));
    if (response.status !== 200) {
      problems.push(`/${feedPath}: HTTP ${response.status}`);
      return undefined;
    }
    const feed = await parser.feed(await response.text());
    if (feed.error) {
      problems.push(`/${feedPath}: not well-formed XML: ${feed.error.slice(0, 200)}`);
      return undefined;
    }
    if (feed.root !== "rss" || feed.version !== "2.0")
      problems.push(
        `/${feedPath}: root is <${feed.root} version="${feed.version}">, expected <rss version="2.0">`,
      );
    if (feed.channels !== 1) problems.push(`/${feedPath}: expected one <channel>, found ${feed.channels}`);
    for (const key of ["title", "link", "description"] as const) {
      if (!feed[key]?.trim()) problems.push(`/${feedPath}: the channel has no ${key}`);
    }
    if (feed.link && !feed.link.startsWith(siteUrl))
      problems.push(`/${feedPath}: channel link ${feed.link} is not under ${siteUrl}`);
    const seen = new Set<string>();
    for (const [i, item] of feed.items.entries()) {
      const at = `/${feedPath} item ${i + 1}`;
      if (!item.title?.trim()) problems.push(`${at}: no title`);
      if (!item.description?.trim()) problems.push(`${at}: no description`);
      const link = item.link?.trim() ?? "";
      if (!URL.canParse(link) || !/^https?:$/.test(new URL(link).protocol)) {
        problems.push(`${at}: link "${link}" is not an absolute http(s) URL`);
        continue;
      }
      if (seen.has(link)) problems.push(`${at}: link ${link} is listed twice`);
      seen.add(link);
      const served = toLive(link);
      const p = served && belowBase(served);
      if (p === undefined || !isArticle(p) || !summaries.has(p)) {
        problems.push(`${at}: link ${link} is not an article page of the site (${siteUrl})`);
        continue;
      }
      const page = await fetch(served ?? "");
      if (page.status !== 200 || !page.headers.get("content-type")?.startsWith("text/html")) {
        problems.push(`${at}: ${link} answers HTTP ${page.status} ${page.headers.get("content-type")}`);
      }
      await page.body?.cancel();
      // The listing date (the source date when stated, else the added date), as the open data states it.
      const dates = datesOf.get(link);
      const expected = dates?.listing ?? null;
      const shown = summaries.get(p)?.articleDate ?? null;
      if (shown !== null && shown !== dates?.source && shown !== dates?.added)
        problems.push(`${at}: /${p} shows ${shown}, neither its source nor its added date`);
      if (expected === null && item.pubDate !== null)
        problems.push(`${at}: pubDate "${item.pubDate}" but /${p} has no date`);
      if (expected !== null) {
        const rfc822 =
          /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
        if (item.pubDate === null) problems.push(`${at}: no pubDate but /${p} is dated ${expected}`);
        else if (!rfc822.test(item.pubDate.trim()))
          problems.push(`${at}: pubDate "${item.pubDate}" is not an RFC 822 date`);
        else if (new Date(item.pubDate).toISOString().slice(0, 10) !== expected)
          problems.push(`${at}: pubDate ${item.pubDate} but /${p} is dated ${expected}`);
      }
    }
    return feed;
  }

  it("/rss.xml is RSS 2.0 with one item per article, absolute links to live pages, pubDate the listing date", async () => {
    const problems: string[] = [];
    const feed = await checkFeed("rss.xml", problems);
    const articles = [...summaries.keys()].filter(isArticle);
    expect(articles.length, "the build has no article pages").toBeGreaterThan(0);
    if (feed) {
      if (feed.items.length !== articles.length)
        problems.push(`/rss.xml has ${feed.items.length} items for ${articles.length} articles`);
      const linked = new Set(feed.items.map((i) => belowBase(toLive(i.link?.trim() ?? "") ?? "")));
      for (const a of articles) if (!linked.has(a)) problems.push(`/rss.xml has no item for /${a}`);
    }
    const home = summaries.get("");
    if (
      !home?.feedLinks.some(
        (l) => l === `${siteUrl}rss.xml` || toLive(new URL(l, siteUrl).href) === live("rss.xml"),
      )
    ) {
      problems.push(
        `the home page does not advertise /rss.xml with <link rel="alternate" type="application/rss+xml">`,
      );
    }
    expect(problems, problemList(problems)).toEqual([]);
  }, 120_000);

  it("every programme has a feed whose items are exactly the articles its pages list, as many as the page counts", async () => {
    const problems: string[] = [];
    const programmes = [...summaries.keys()].filter((p) => /^programmes\/[^/]+\/$/.test(p));
    expect(programmes.length, "the build has no programme pages").toBeGreaterThan(0);
    for (const programme of programmes) {
      const feedPath = `${programme}rss.xml`;
      if (!fileOfPath(DIST, feedPath)) {
        problems.push(`/${programme} has no feed at /${feedPath}`);
        continue;
      }
      const feed = await checkFeed(feedPath, problems);
      // The articles listed on the programme's pages (page 1 and page/N/).
      const listed = new Set<string>();
      for (const [p, s] of summaries) {
        if (p !== programme && !new RegExp(`^${programme}page/\\d+/$`).test(p)) continue;
        for (const href of s.articleLinks) listed.add(belowBase(new URL(href, live(p)).href) ?? href);
      }
      const page = summaries.get(programme);
      const stated = /\b(\d+)\s+articles?\b/.exec(page?.mainHeaderText ?? "");
      if (!stated) problems.push(`/${programme} does not state its article count in its header`);
      const count = Number(stated?.[1] ?? listed.size);
      if (listed.size !== count)
        problems.push(`/${programme} states ${count} articles but its pages list ${listed.size}`);
      if (feed) {
        if (feed.items.length !== count)
          problems.push(`/${feedPath} has ${feed.items.length} items, the page states ${count}`);
        const inFeed = new Set(feed.items.map((i) => belowBase(toLive(i.link?.trim() ?? "") ?? "")));
        for (const a of listed)
          if (!inFeed.has(a)) problems.push(`/${feedPath} lacks /${a}, listed on /${programme}`);
        for (const a of inFeed)
          if (a !== undefined && !listed.has(a))
            problems.push(`/${feedPath} has /${a}, not listed on /${programme}`);
      }
      if (!page?.feedLinks.some((l) => toLive(new URL(l, siteUrl).href) === live(feedPath))) {
        problems.push(`/${programme} does not advertise its feed with <link rel="alternate">`);
      }
    }
    expect(problems, problemList(problems)).toEqual([]);
  }, 120_000);
});
