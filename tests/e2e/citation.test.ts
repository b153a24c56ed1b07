/**
 * "Cite this article" in the built site: every article page carries the box and the citation_*
 * meta tags; the BibTeX and RIS on a page read back with citation-js to that page's title,
 * canonical URL and date; the Copy button copies and is hidden without a script; nothing of
 * citation-js ships to the browser; axe finds nothing in the open box, light or dark.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../../src/lib/dates.ts";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";
import { settle } from "./support/browse.ts";
import { DIST, basePathOf, filesUnder, htmlFiles, pathOfFile, requireBuilt } from "./support/site.ts";

requireBuilt();

const decode = (s: string): string =>
  s
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");

/** What one built article page says about citing it. */
interface ArticleHtml {
  path: string;
  canonical: string;
  meta: Map<string, string>;
  /** The date the text states, when it states one. */
  sourceDate: string | undefined;
  citations: Record<"apa" | "bibtex" | "ris", string | undefined>;
}

async function readArticle(file: string): Promise<ArticleHtml> {
  const html = await readFile(path.join(DIST, file), "utf8");
  const meta = new Map(
    [...html.matchAll(/<meta name="(citation_[a-z_]+)" content="([^"]*)"/gu)].map((m) => [
      m[1] ?? "",
      decode(m[2] ?? ""),
    ]),
  );
  const block = (key: string): string | undefined => {
    const m = new RegExp(`<(?:pre|p) id="cite-${key}"[^>]*>([\\s\\S]*?)</(?:pre|p)>`, "u").exec(html);
    return m?.[1] === undefined ? undefined : decode(m[1]);
  };
  return {
    path: pathOfFile(file),
    canonical: decode(/<link rel="canonical" href="([^"]+)"/u.exec(html)?.[1] ?? ""),
    meta,
    // The JSON-LD names datePublished only when the text states a date.
    sourceDate: /"datePublished":"(\d{4}-\d{2}-\d{2})"/u.exec(html)?.[1],
    citations: { apa: block("apa"), bibtex: block("bibtex"), ris: block("ris") },
  };
}

const files = (await htmlFiles()).filter((f) => /^articles\/[^/]+\/index\.html$/u.test(f));
const articles = await Promise.all(files.map(readArticle));

describe("article pages", () => {
  it("are there to check", () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it("every one has APA, BibTeX and RIS, and the citation_* meta tags of its own URL", () => {
    for (const a of articles) {
      expect(a.citations.apa, a.path).toContain(a.canonical);
      expect(a.citations.bibtex, a.path).toMatch(/^@misc\{/u);
      expect(a.citations.ris, a.path).toMatch(/^TY {2}- /u);
      expect(a.meta.get("citation_public_url"), a.path).toBe(a.canonical);
      expect(a.meta.get("citation_title"), a.path).toBeTruthy();
    }
  });

  it("BibTeX and RIS read back to the page's title, URL and date", () => {
    for (const a of articles) {
      for (const format of ["bibtex", "ris"] as const) {
        const [item] = new Cite(a.citations[format]).data;
        expect(item?.["title"], `${a.path} ${format}`).toBe(a.meta.get("citation_title"));
        expect(item?.["URL"], `${a.path} ${format}`).toBe(a.canonical);
        const parts = (item?.["issued"] as { "date-parts": number[][] } | undefined)?.["date-parts"][0];
        const iso = parts?.map((n) => String(n).padStart(2, "0")).join("-");
        // The source date when the page shows one; else the added date the box names.
        if (a.sourceDate) expect(iso, `${a.path} ${format}`).toBe(a.sourceDate);
        else if (iso)
          expect(a.citations.bibtex, a.path).toContain(`Added to the digest on ${formatDate(iso)}`);
      }
    }
  });

  it("give citation_date and citation_publication_date only where the text states a date", () => {
    for (const a of articles) {
      const scholar = a.sourceDate?.replaceAll("-", "/");
      expect(a.meta.get("citation_date"), a.path).toBe(scholar);
      expect(a.meta.get("citation_publication_date"), a.path).toBe(scholar);
    }
  });

  it("ship nothing of citation-js to the browser", async () => {
    for (const file of await filesUnder(DIST, ".js")) {
      const js = await readFile(path.join(DIST, file), "utf8");
      expect(js, file).not.toMatch(/citation-js|citeproc|@biblatex|TY {2}- /u);
    }
  });
});

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

describe("the Cite this article box", () => {
  const first = articles[0];

  it("copies a citation to the clipboard and says so", async () => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}${first?.path ?? ""}`);
      await page.locator("details[data-cite] summary").click();
      const button = page.locator('button[data-copy="cite-bibtex"]');
      await button.click();
      await page.locator("[data-copy-status]").filter({ hasText: "Copied BibTeX citation" }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first?.citations.bibtex);
      expect(await button.textContent()).toMatch(/^Copied/u);
    } finally {
      await context.close();
    }
  });

  it("hides the Copy buttons without a script, and the text stays there to select", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}${first?.path ?? ""}`);
      await page.locator("details[data-cite] summary").click();
      expect(
        await page.locator("button[data-copy]").evaluateAll((b) => b.map((x) => x.checkVisibility())),
      ).toEqual([false, false, false]);
      expect(await page.locator("#cite-ris").isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it.each([1280, 390])(
    "open, has no axe violation at %i px, light or dark",
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}${first?.path ?? ""}`);
        await page.locator("details[data-cite] summary").click();
        for (const colorScheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme });
          await settle(page);
          const results = await new AxeBuilder({ page })
            .include("details[data-cite]")
            .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
            .analyze();
          expect(results.passes.length, "axe checked something").toBeGreaterThan(0);
          expect(results.violations.map((v) => `[${colorScheme}] ${v.id}: ${v.help}`)).toEqual([]);
        }
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});
