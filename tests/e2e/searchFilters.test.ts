/**
 * The search page's filter panel in Chromium, on the built site (dist/ served on 127.0.0.1 at its
 * base path): on a phone the programme and topic chips fold behind a "Filters (n)" button, with
 * JavaScript only; "Clear filters" unchecks every chip and re-runs the search; on a desktop every
 * filter shows and the button never does; a chip whose live count is 0 looks unavailable unless
 * it is checked.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";
import { watchedPage } from "./support/browse.ts";
import { DIST, basePathOf, requireBuilt } from "./support/site.ts";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const TOGGLE = "#search-filters-toggle";
const PANEL = "#search-filters";
const CLEAR = "[data-clear-filters]";

let browser: Browser;
let server: StaticServer;
let phone: BrowserContext;
let desktop: BrowserContext;

beforeAll(async () => {
  requireBuilt();
  server = await serveStatic(DIST, await basePathOf());
  browser = await launchBrowser();
  phone = await browser.newContext({ viewport: PHONE });
  desktop = await browser.newContext({ viewport: DESKTOP });
});

afterAll(async () => {
  await phone?.close();
  await desktop?.close();
  await browser?.close();
  await server?.close();
});

/** Opens the search page (with `query`, e.g. "?topic=x") once its scripts have run. */
async function open(context: BrowserContext, query = ""): Promise<{ page: Page; problems: string[] }> {
  const watched = await watchedPage(context);
  // Module scripts have run by the load event.
  await watched.page.goto(`${server.url}search/${query}`, { waitUntil: "load" });
  return watched;
}

/** The toggle's text with its spaces collapsed: "Filters", "Filters (2)". */
async function toggleText(page: Page): Promise<string> {
  return ((await page.textContent(TOGGLE)) ?? "").replace(/\s+/gu, " ").trim();
}

/** Ids of the filter checkboxes that are checked. */
function checkedIds(page: Page): Promise<string[]> {
  return page.$$eval(`${PANEL} input[type=checkbox]`, (boxes) =>
    boxes.filter((b) => (b as HTMLInputElement).checked).map((b) => b.id),
  );
}

describe("search filters on a phone (390×844)", () => {
  it("folds the filters behind a button that shows and hides them", async () => {
    const { page, problems } = await open(phone);
    expect(await page.isVisible(TOGGLE)).toBe(true);
    expect(await page.isHidden(PANEL)).toBe(true);
    expect(await page.isHidden("label[for=filter-programme-stce]")).toBe(true);
    expect(await page.getAttribute(TOGGLE, "aria-expanded")).toBe("false");
    expect(await page.getAttribute(TOGGLE, "aria-controls")).toBe("search-filters");
    expect(await toggleText(page)).toBe("Filters");

    await page.click(TOGGLE);
    expect(await page.isVisible(PANEL)).toBe(true);
    expect(await page.isVisible("label[for=filter-programme-stce]")).toBe(true);
    expect(await page.isVisible("#search-sort")).toBe(true);
    expect(await page.getAttribute(TOGGLE, "aria-expanded")).toBe("true");

    // The keyboard closes it again.
    await page.focus(TOGGLE);
    await page.keyboard.press("Enter");
    expect(await page.isHidden(PANEL)).toBe(true);
    expect(await page.getAttribute(TOGGLE, "aria-expanded")).toBe("false");
    expect(problems).toEqual([]);
  });

  it("counts checked chips on the button, offers Clear filters, and clearing unchecks all and re-runs", async () => {
    const { page, problems } = await open(phone);
    expect(await page.isHidden(CLEAR)).toBe(true);
    await page.click(TOGGLE);
    expect(await page.isHidden(CLEAR)).toBe(true);

    await page.click("label[for=filter-programme-stce]");
    expect(await page.isChecked("#filter-programme-stce")).toBe(true);
    expect(await toggleText(page)).toBe("Filters (1)");
    expect(await page.isVisible(CLEAR)).toBe(true);
    await page.click("label[for=filter-topic-wildlife]");
    expect(await toggleText(page)).toBe("Filters (2)");
    await page.waitForFunction(
      () => /programme=stce/u.test(location.search) && /topic=wildlife/u.test(location.search),
    );

    // Clearing must reach the search controller as a change event on the form.
    await page.evaluate(() => {
      const w = window as Window & { formChanges?: number };
      w.formChanges = 0;
      document
        .querySelector("#search-form")
        ?.addEventListener("change", () => (w.formChanges = (w.formChanges ?? 0) + 1));
    });
    await page.click(CLEAR);
    expect(await checkedIds(page)).toEqual([]);
    expect(await page.evaluate(() => (window as Window & { formChanges?: number }).formChanges)).toBe(1);
    expect(await page.isHidden(CLEAR)).toBe(true);
    expect(await toggleText(page)).toBe("Filters");
    // Focus lands on the toggle, not on the now hidden button.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-filters-toggle");
    // The search re-ran without the filters: they leave the URL.
    await page.waitForFunction(() => !/programme=|topic=/u.test(location.search));
    expect(problems).toEqual([]);
  });

  it("counts the filters that the URL checks, with the panel still folded", async () => {
    const { page, problems } = await open(phone, "?programme=stce&topic=wildlife");
    await page.waitForFunction(
      (sel) => /\(2\)/u.test(document.querySelector(sel)?.textContent ?? ""),
      TOGGLE,
    );
    expect(await toggleText(page)).toBe("Filters (2)");
    expect(await page.isHidden(PANEL)).toBe(true);
    await page.click(TOGGLE);
    expect(await page.isVisible(CLEAR)).toBe(true);
    expect((await checkedIds(page)).sort()).toEqual(["filter-programme-stce", "filter-topic-wildlife"]);
    expect(problems).toEqual([]);
  });

  it("keeps every filter on screen and no button without JavaScript", async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}search/`);
      expect(await page.isVisible(PANEL)).toBe(true);
      expect(await page.isVisible("label[for=filter-programme-stce]")).toBe(true);
      expect(await page.isHidden(TOGGLE)).toBe(true);
      expect(await page.isHidden(CLEAR)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it("shows the status line and the first result without scrolling once the reader types", async () => {
    const { page, problems } = await open(phone);
    await page.focus("#search-input");
    await page.keyboard.type("customs");
    await page.waitForSelector("#results ol > li h2 a");
    await page.waitForFunction(() => (document.querySelector("#search-status")?.textContent ?? "") !== "");
    const { status, title, height } = await page.evaluate(() => ({
      status: document.querySelector("#search-status")?.getBoundingClientRect().bottom ?? Infinity,
      title: document.querySelector("#results ol > li h2")?.getBoundingClientRect().bottom ?? Infinity,
      height: window.innerHeight,
    }));
    expect(status).toBeLessThanOrEqual(height);
    expect(title).toBeLessThanOrEqual(height);
    expect(problems).toEqual([]);
  });
});

describe("search filters on a desktop (1280 px)", () => {
  it("always shows the filters and never the toggle", async () => {
    const { page, problems } = await open(desktop);
    expect(await page.isHidden(TOGGLE)).toBe(true);
    expect(await page.isVisible(PANEL)).toBe(true);
    expect(await page.isVisible("label[for=filter-programme-stce]")).toBe(true);
    expect(await page.isVisible("#search-sort")).toBe(true);
    expect(await page.isHidden(CLEAR)).toBe(true);
    await page.click("label[for=filter-programme-stce]");
    expect(await page.isVisible(CLEAR)).toBe(true);
    await page.click(CLEAR);
    expect(await checkedIds(page)).toEqual([]);
    expect(await page.isHidden(CLEAR)).toBe(true);
    // With no toggle on screen, focus goes to the first chip.
    const first = await page.$eval(`${PANEL} input[type=checkbox]`, (b) => b.id);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(first);
    expect(problems).toEqual([]);
  });

  it("greys out a chip marked data-zero, unless it is checked, and keeps it operable", async () => {
    // Nothing here focuses or changes the form, so the search code never loads and never rewrites
    // data-zero itself: the attribute is set by hand, as the search controller sets it.
    const { page, problems } = await open(desktop);
    const look = (id: string) =>
      page.$eval(`label[for=${id}]`, (label) => {
        const style = getComputedStyle(label);
        return { border: style.borderTopStyle, color: style.color, background: style.backgroundColor };
      });
    const mark = (id: string, checked: boolean) =>
      page.$eval(
        `#${id}`,
        (box, on) => {
          (box as HTMLInputElement).checked = on;
          box.nextElementSibling?.setAttribute("data-zero", "");
        },
        checked,
      );
    const normal = await look("filter-programme-stce");
    const checkedNonZero = await page
      .$eval("#filter-topic-wildlife", (box) => ((box as HTMLInputElement).checked = true))
      .then(() => look("filter-topic-wildlife"));
    await mark("filter-programme-stce", false);
    const zero = await look("filter-programme-stce");
    expect(normal.border).toBe("solid");
    expect(zero.border).toBe("dashed");
    expect(zero.color).not.toBe(normal.color);
    expect(zero.background).toBe(normal.background);
    // Checked, it looks selected like any checked chip.
    await mark("filter-programme-stce", true);
    expect(await look("filter-programme-stce")).toEqual(checkedNonZero);
    expect(checkedNonZero.background).not.toBe(normal.background);
    // And a click still unchecks it.
    expect(await page.isDisabled("#filter-programme-stce")).toBe(false);
    await page.click("label[for=filter-programme-stce]");
    expect(await page.isChecked("#filter-programme-stce")).toBe(false);
    expect(problems).toEqual([]);
  });
});
