/**
 * Browser helpers for the gates: pages that record every runtime problem (console errors, CSP
 * violations, uncaught exceptions, failed or 4xx/5xx requests), and waiting for search results.
 */
import type { BrowserContext, Page } from "playwright-core";

/** A page and the problems seen while it was used. */
export interface WatchedPage {
  readonly page: Page;
  /** Readable problems, "url: what"; the caller asserts it is empty. */
  readonly problems: string[];
}

/**
 * Opens a page that records problems. `expected404` lists document URLs that are meant to answer 404
 * (the not-found page), which are then not reported.
 */
export async function watchedPage(
  context: BrowserContext,
  expected404: readonly string[] = [],
): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") {
      // The 404 page's own document request logs "Failed to load resource: 404" in the console.
      const url = message.location().url;
      if (expected404.includes(url) && /status of 404/.test(message.text())) return;
      problems.push(`${page.url()}: console error: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: uncaught ${error.name}: ${error.message}`));
  page.on("requestfailed", (request) => {
    const failure = request.failure()?.errorText ?? "failed";
    // Leaving a page aborts what it was still loading (the favicon, a replaced navigation): not a
    // site problem. A missing file answers 404 and is reported below.
    if (failure === "net::ERR_ABORTED") return;
    problems.push(`${page.url()}: request failed: ${request.url()} (${failure})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !expected404.includes(response.url())) {
      problems.push(`${page.url()}: HTTP ${response.status()} for ${response.url()}`);
    }
  });
  return { page, problems };
}

/** Waits until the search page lists at least one article (it renders results with JavaScript). */
export async function waitForSearchResults(page: Page, timeout = 20_000): Promise<void> {
  try {
    await page.waitForFunction(() => document.querySelector('main a[href*="/articles/"]') !== null, null, {
      timeout,
    });
  } catch {
    throw new Error(
      `The search page ${page.url()} showed no article link in <main> within ${timeout / 1000} s.`,
    );
  }
}

/** Lets layout settle: fonts loaded and two animation frames. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}
