/**
 * Whole-site guarantees that need their own builds: two builds of the same seeds are
 * byte-identical; adding a seed file moves no existing URL; hostile seed text is shown literally
 * and never becomes markup, a script or a javascript: link.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { XMLValidator } from "fast-xml-parser";
import { DomUtils, parseDocument } from "htmlparser2";
import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../bench/lib/distStats.ts";
import { cleanBuild, commitSeeds, prepareSite } from "../bench/lib/workspace.ts";
import { launchBrowser } from "../support/browser.ts";
import { buildEnv } from "../support/buildEnv.ts";
import { SEEDS_DIR } from "../support/realSeeds.ts";
import { serveStatic } from "../support/staticServer.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const HOSTILE_TITLE = "Hostile <b>Bold</b> & <script>alert(1)</script> Title";
const HOSTILE_LINES = [
  'Click [here](javascript:alert(1)) or <a href="javascript:alert(2)">there</a> now.',
  "*stars* _underscores_ # hash <b>bold</b> <img src=x onerror=alert(3)> `code`",
  "<script>window.hacked = true</script>",
];
/** Characters XML 1.0 forbids, which the ingest removes with a warning (issue 16, class 2). */
const CONTROL_LINE = "A bell\u0007, a NUL\u0000 and an escape\u001b[2J in the text.";
const HOSTILE_SEED = [
  HOSTILE_TITLE,
  "",
  HOSTILE_TITLE,
  "",
  ...[...HOSTILE_LINES, CONTROL_LINE].flatMap((l) => [l, ""]),
].join("\n");
/** An article in Arabic script (issue 16, class 12): its page and feed item say so. */
const ARABIC_TITLE = "الجمارك تضبط شحنة من العاج في ميناء مومباسا";
const ARABIC_SEED = `${ARABIC_TITLE}\n\n${ARABIC_TITLE}\n\nضبطت الجمارك شحنة كبيرة من العاج المهرب في الميناء.\n`;
/** XML 1.0 forbids C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/u;

let work: string;
let firstBuild: Map<string, string>;

async function build(): Promise<void> {
  cleanBuild(work);
  const env = buildEnv({ SITE_URL: "", BASE_PATH: "" });
  await run(
    process.execPath,
    [path.join(work, "node_modules/tsx/dist/cli.mjs"), "scripts/ingest.ts", "--quiet"],
    { cwd: work, env },
  );
  await run(process.execPath, [path.join(work, "node_modules/astro/bin/astro.mjs"), "build", "--silent"], {
    cwd: work,
    env,
  });
}

/** A real element (not escaped text) whose URL attribute is a javascript: URL. */
const JAVASCRIPT_URL = /<(a|link|area|form|iframe|img)\b[^>]*\b(href|src|action)\s*=\s*["']?\s*javascript:/iu;

/** The markup of a page with quoted attribute values emptied, so text inside attributes is not taken for tags. */
function tagsOnly(html: string): string {
  return html.replace(/"[^"]*"/gu, '""');
}

function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [path.relative(dir, file), readFileSync(file, "base64")]));
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "digest-site-"));
  prepareSite(root, work, path.join(root, "node_modules"));
  cpSync(SEEDS_DIR, path.join(work, "seeds"), { recursive: true });
  commitSeeds(work);
  await build();
  firstBuild = snapshot(path.join(work, "dist"));
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("building the site", () => {
  it("gives a byte-identical dist/ from the same seeds", async () => {
    await build();
    const second = snapshot(path.join(work, "dist"));
    expect([...second.keys()].sort()).toEqual([...firstBuild.keys()].sort());
    const differing = [...second]
      .filter(([file, bytes]) => firstBuild.get(file) !== bytes)
      .map(([file]) => file);
    expect(differing).toEqual([]);
  }, 300_000);

  describe("after a seed file with hostile text is added", () => {
    let articlePath: string;
    beforeAll(async () => {
      writeFileSync(path.join(work, "seeds", "999_hostile.txt"), HOSTILE_SEED);
      writeFileSync(path.join(work, "seeds", "998_arabic.txt"), ARABIC_SEED);
      commitSeeds(work, "2026-11-30T12:00:00Z");
      await build();
      articlePath = "articles/hostile-b-bold-b-and-script-alert-1-script-title/index.html";
    }, 300_000);

    it("keeps every existing page at its URL", () => {
      const after = snapshot(path.join(work, "dist"));
      const oldArticles = [...firstBuild.keys()].filter((f) => f.startsWith("articles/"));
      expect(oldArticles.length).toBe(37);
      expect(oldArticles.filter((f) => !after.has(f))).toEqual([]);
    });

    it("publishes the hostile article", () => {
      expect(snapshot(path.join(work, "dist")).has(articlePath)).toBe(true);
    });

    it("never lets seed text become a script, a javascript: link or markup", () => {
      const raw = readFileSync(path.join(work, "dist", articlePath), "utf8");
      expect(raw).not.toMatch(JAVASCRIPT_URL);
      expect(tagsOnly(raw)).not.toMatch(/<script>\s*(alert|window\.hacked)|<b>Bold<\/b>|<img src=x/iu);
      for (const file of listFiles(path.join(work, "dist")).filter((f) => /\.(html|xml)$/u.test(f))) {
        const text = readFileSync(file, "utf8");
        expect(text, file).not.toMatch(JAVASCRIPT_URL);
        expect(tagsOnly(text), file).not.toMatch(/<script>\s*(alert|window\.hacked)/iu);
      }
    });

    it("12. marks an article in another script with its language, on its page and in its feed item", () => {
      const dist = path.join(work, "dist");
      const page = listFiles(path.join(dist, "articles")).find((f) =>
        readFileSync(f, "utf8").includes(ARABIC_TITLE),
      );
      const html = readFileSync(page ?? "", "utf8");
      expect(html).toMatch(/<h1 lang="ar"[^>]*>\s*الجمارك/u);
      expect(html).toMatch(/<div lang="ar" class="prose/u);
      expect(html).toMatch(/<html lang="en"/u);
      const feed = readFileSync(path.join(dist, "rss.xml"), "utf8");
      const item = feed.split("<item>").find((i) => i.includes(ARABIC_TITLE)) ?? "";
      expect(item).toContain("<dc:language>ar</dc:language>");
      expect(feed).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
      expect(feed.split("<item>").filter((i) => i.includes("<dc:language>"))).toHaveLength(1);
    });

    it("writes well-formed XML and no character XML forbids, in every file", () => {
      for (const file of listFiles(path.join(work, "dist")).filter((f) =>
        /\.(html|xml|json|txt)$/u.test(f),
      )) {
        const text = readFileSync(file, "utf8");
        expect(text, file).not.toMatch(XML_FORBIDDEN);
        if (file.endsWith(".xml")) expect(XMLValidator.validate(text), file).toBe(true);
      }
    });

    it("gives feed readers every description as text: a feed parser finds no markup in it", async () => {
      const feeds = listFiles(path.join(work, "dist")).filter((f) => f.endsWith("rss.xml"));
      expect(feeds.length).toBeGreaterThan(1);
      const parser = new Parser();
      let hostileItems = 0;
      for (const file of feeds) {
        const feed = await parser.parseString(readFileSync(file, "utf8"));
        for (const item of feed.items) {
          // The reader decodes the XML, then renders the description as HTML.
          const rendered = parseDocument(item.content ?? "");
          expect(
            DomUtils.findAll(() => true, rendered.children),
            `${file}: ${item.title}`,
          ).toEqual([]);
          if (item.title === HOSTILE_TITLE) {
            hostileItems++;
            expect(DomUtils.textContent(rendered)).toContain("<img src=x onerror=alert(3)>");
          }
        }
      }
      expect(hostileItems).toBeGreaterThan(0);
    });

    it("shows hostile text literally in the browser and runs none of it", async () => {
      const server = await serveStatic(path.join(work, "dist"));
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        page.on("dialog", (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        await page.goto(`${server.url}${articlePath.replace(/index\.html$/u, "")}`);
        expect(await page.locator("h1").textContent()).toBe(HOSTILE_TITLE);
        const body = await page.locator("main article").innerText();
        for (const line of HOSTILE_LINES) expect(body).toContain(line);
        expect(
          await page
            .locator('main article b, main article img, main article script:not([type="module"][src])')
            .count(),
        ).toBe(0);
        expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
        expect(dialogs).toEqual([]);
      } finally {
        await browser.close();
        await server.close();
      }
    }, 60_000);
  });
});
