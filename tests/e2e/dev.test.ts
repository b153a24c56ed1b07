/**
 * `npm run dev` as an editor uses it: the dev server (on 127.0.0.1) serves the search index
 * built from the ingested articles, and the search page answers a query with results.
 * Needs a prior `npm run ingest` (npm test runs it first).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCUMENTS_FILE } from "../../src/lib/search/build/documentsFile.ts";
import { launchBrowser } from "../support/browser.ts";
import { buildEnv } from "../support/buildEnv.ts";
import { ROOT, SEARCH_QUERY } from "./support/site.ts";

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let origin = "";

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Waits until `url` answers (any status), or fails after `ms`. */
async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`dev server did not answer at ${url}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, "src/content/articles", DOCUMENTS_FILE))) {
    throw new Error("run npm run ingest before this test (npm test does)");
  }
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [
      path.join(ROOT, "node_modules/astro/bin/astro.mjs"),
      "dev",
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
    ],
    { cwd: ROOT, env: buildEnv({ SITE_URL: "", BASE_PATH: "" }), stdio: "ignore" },
  );
  await waitFor(`${origin}/`, 60_000);
  browser = await launchBrowser();
}, 90_000);

/** Stops the dev server by its PID: SIGTERM, then SIGKILL if it has not exited within 5 s. */
async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

afterAll(async () => {
  await browser?.close();
  await stopServer(server);
}, 20_000);

describe("npm run dev", () => {
  it("serves the search index files, gzip-compressed", async () => {
    const response = await fetch(`${origin}/search/data/core.bin`);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect((await fetch(`${origin}/search/data/no-such-file.bin`)).status).toBe(404);
  }, 60_000);

  it("answers a search on the search page", async () => {
    const page = await (browser as Browser).newPage();
    await page.goto(`${origin}/search/?q=${SEARCH_QUERY}`);
    const first = page.locator("#results a[href*='/articles/']").first();
    await first.waitFor({ timeout: 30_000 });
    expect(await page.locator("#results a[href*='/articles/']").count()).toBeGreaterThan(0);
    await page.close();
  }, 60_000);
});
