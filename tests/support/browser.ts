/**
 * The one place that decides which Chromium the e2e tests, the Lighthouse runner and the
 * screenshot script drive, and launches it through playwright-core (no browser download).
 *
 * Order of preference: CHROMIUM_PATH; a system Chromium or Chrome (found on PATH or at the usual
 * install paths); then the Chromium that the `@sparticuz/chromium` devDependency ships inside its
 * npm package (extracted to /tmp on first use). So `npm install && npm test` needs only Node.
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { chromium, type Browser } from "playwright-core";

/** The launch flags from DEVELOPERS.md. */
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

/** Executable names of a system Chromium or Chrome, most preferred first. */
const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

/** Usual install paths outside PATH (macOS app bundles, /opt, snap). */
const USUAL_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

export interface ResolvedBrowser {
  path: string;
  /** Where it came from, for the log line. */
  source: "CHROMIUM_PATH" | "system" | "@sparticuz/chromium";
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A system Chromium/Chrome on `pathVar` or at a usual path, or undefined. Pure apart from fs. */
export function findSystemBrowser(pathVar = process.env.PATH ?? ""): string | undefined {
  const dirs = pathVar.split(delimiter).filter(Boolean);
  for (const name of SYSTEM_NAMES)
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  return USUAL_PATHS.find(isExecutable);
}

let resolved: Promise<ResolvedBrowser> | undefined;

/** The browser to drive, resolved once per process; prints which one. */
export function resolveBrowser(): Promise<ResolvedBrowser> {
  resolved ??= (async (): Promise<ResolvedBrowser> => {
    let found: ResolvedBrowser;
    const fromEnv = process.env.CHROMIUM_PATH;
    if (fromEnv) {
      if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv}: not an executable file`);
      found = { path: fromEnv, source: "CHROMIUM_PATH" };
    } else {
      const system = findSystemBrowser();
      if (system) found = { path: system, source: "system" };
      else {
        const { default: packaged } = await import("@sparticuz/chromium");
        found = { path: await packaged.executablePath(), source: "@sparticuz/chromium" };
      }
    }
    console.log(`browser: ${found.path} (from ${found.source})`);
    return found;
  })();
  return resolved;
}

/** A headless Chromium. */
export async function launchBrowser(): Promise<Browser> {
  const { path } = await resolveBrowser();
  return chromium.launch({ executablePath: path, args: CHROMIUM_FLAGS, headless: true });
}
