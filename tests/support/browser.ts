/**
 * Finds and launches the Chromium that every browser gate uses (the e2e tests, Lighthouse, the
 * screenshots and the search bench), through playwright-core, which never downloads a browser.
 *
 * Order of preference: CHROMIUM_PATH; a system Chromium or Chrome; then the Chromium that ships
 * inside the @sparticuz/chromium npm package, so `npm install && npm test` works on a machine
 * with no browser at all.
 */
import { accessSync, constants, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium, type Browser } from "playwright-core";

/** The launch flags this machine's closed network needs (DEVELOPERS.md). */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Where a browser came from, as the test output names it. */
export type BrowserSource = "CHROMIUM_PATH" | "system" | "@sparticuz/chromium";

/** A browser binary and where it was found. */
export interface FoundBrowser {
  readonly path: string;
  readonly source: BrowserSource;
}

/** Names of a system Chromium or Chrome on PATH, in order of preference. */
const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome", "chrome"];

/** Absolute paths tried after PATH (Debian, Snap, macOS). */
const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/opt/google/chrome/chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first system Chromium or Chrome on PATH or at a usual place, if any. */
export function findSystemBrowser(pathVariable = process.env.PATH ?? ""): string | undefined {
  const dirs = pathVariable.split(delimiter).filter(Boolean);
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return SYSTEM_PATHS.find(isExecutable);
}

let found: Promise<FoundBrowser> | undefined;

async function resolveBrowser(): Promise<FoundBrowser> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file`);
    return { path: fromEnv, source: "CHROMIUM_PATH" };
  }
  const system = findSystemBrowser();
  if (system) return { path: system, source: "system" };
  return { path: await unpackPackagedChromium(), source: "@sparticuz/chromium" };
}

/**
 * The package ships a compressed Chromium and unpacks it into the temp folder on first use. It
 * checks only that the folder exists, so test files starting in parallel would launch a half-
 * written binary: a lock folder lets one process unpack while the others wait.
 */
async function unpackPackagedChromium(): Promise<string> {
  const { default: packaged } = await import("@sparticuz/chromium");
  const lock = join(tmpdir(), "wco-digest-chromium.lock");
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`waited 2 minutes for ${lock}; delete it if no test is running`);
      await sleep(100);
    }
  }
  try {
    return await packaged.executablePath();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The browser the gates use, found once per process. */
export function findBrowser(): Promise<FoundBrowser> {
  found ??= resolveBrowser();
  return found;
}

/** One line naming the browser, for the test output. */
export function describeBrowser(browser: FoundBrowser): string {
  return `browser: ${browser.path} (from ${browser.source})`;
}

/** A headless Chromium. */
export async function launchBrowser(): Promise<Browser> {
  const { path } = await findBrowser();
  return chromium.launch({ executablePath: path, args: CHROMIUM_FLAGS, headless: true });
}
