/**
 * `npm run screenshots`: screenshots of the last build for the README, at 390 px and 1280 px, in
 * light and dark mode, of the home page, an article, /programmes/ and the search page with a
 * query. Serves dist/ on 127.0.0.1 with the browser every gate uses, writes
 * .github/screenshots/<page>-<width>-<scheme>.png, and stops what it started.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { describeBrowser, findBrowser, launchBrowser } from "./support/browser.ts";
import { serveStatic } from "./support/staticServer.ts";
import { DIST, ROOT, basePathOf, pageOf, pickPages, requireBuilt } from "./e2e/support/site.ts";

const OUT = path.join(ROOT, ".github", "screenshots");
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;
const SCHEMES = ["light", "dark"] as const;

requireBuilt();
const pages = await pickPages();
const targets: [string, string][] = [
  ["home", pageOf(pages, "home")],
  ["article", pageOf(pages, "article")],
  ["programmes", pageOf(pages, "programme index")],
  ["search", pageOf(pages, "search with results")],
];
mkdirSync(OUT, { recursive: true });
console.log(describeBrowser(await findBrowser()));
const server = await serveStatic(DIST, await basePathOf());
const browser = await launchBrowser();
try {
  for (const { width, height } of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme });
      const page = await context.newPage();
      for (const [name, urlPath] of targets) {
        await page.goto(`${server.url}${urlPath}`, { waitUntil: "networkidle" });
        if (name === "search") await page.locator("#results a").first().waitFor();
        const file = path.join(OUT, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        console.log(`wrote ${path.relative(ROOT, file)}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
