/**
 * Gate 2: axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any page type, in the light and
 * the dark colour scheme, on a desktop (1280 px) and a phone (390 px) viewport.
 *
 * Runs on dist/ served on 127.0.0.1. The search page is checked with results on screen.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";
import { settle, waitForSearchResults } from "./support/browse.ts";
import { DIST, basePathOf, pageOf, pickPages, requireBuilt, typesToTest } from "./support/site.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const WIDTHS = [1280, 390] as const;
const SCHEMES = ["light", "dark"] as const;

requireBuilt();
const pages = await pickPages();

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(DIST, await basePathOf());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(WIDTHS)("axe at %i px", (width) => {
  it.each(typesToTest(pages))(
    "%s page: no violation in light or dark",
    async (type) => {
      const url = `${server.url}${pageOf(pages, type)}`;
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(url);
        if (type === "search with results") await waitForSearchResults(page);
        const found: string[] = [];
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          await settle(page);
          const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          // A run that checked nothing (wrong tags, empty page) must not pass silently.
          if (results.passes.length === 0)
            found.push(`[${colorScheme}] axe ran no passing rule: nothing was checked`);
          for (const v of results.violations) {
            const nodes = v.nodes
              .slice(0, 8)
              .map(
                (n) =>
                  `      ${n.target.join(" ")}\n        ${(n.failureSummary ?? "").replace(/\n\s*/g, " ")}`,
              )
              .join("\n");
            const more = v.nodes.length > 8 ? `\n      …and ${v.nodes.length - 8} more` : "";
            found.push(
              `[${colorScheme}] ${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.length} node(s)\n${nodes}${more}`,
            );
          }
        }
        expect(found, found.length ? `\n${url} at ${width} px:\n  - ${found.join("\n  - ")}\n` : "").toEqual(
          [],
        );
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});
