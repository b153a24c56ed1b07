/**
 * Search latency of a built site, measured in Chromium: serves `distDir` on 127.0.0.1, opens
 * /search/, types the first query key by key into the cold page and times it as the reader feels
 * it: from the keystroke after which the first article link appears to that link in the DOM (the
 * code and index downloads included). Then types realistic queries key by key and times each
 * keystroke from its input event to the first change of #results (MutationObserver +
 * performance.now in the page). Sums the bytes search downloads.
 * Never leaves the server or the browser running.
 *
 * CLI: tsx tests/bench/searchLatency.ts <distDir> [base] [keyDelayMs]
 * (keyDelayMs: pause between keys, default 120; e.g. 400 for a slow typist, whose pauses at every key
 * let the page download the postings of every prefix typed).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic } from "../support/staticServer.ts";
import { quantile, summarize } from "./lib/stats.ts";

/** Search latency figures (milliseconds) and download size (bytes). */
export interface SearchLatency {
  /** Median keystroke latency over the typed queries, index already loaded. */
  readonly medianMs: number;
  /** 95th percentile keystroke latency. */
  readonly p95Ms: number;
  /** Focus event on the search box → first article link in #results, the query typed key by key from the focus (includes downloading the code and index). */
  readonly coldMs: number;
  /** The last keystroke before the first article link appeared → that link in the DOM: the first query as the reader feels it. */
  readonly firstQueryMs: number;
  /** Bytes transferred (headers and bodies) for everything requested after the page loaded (the favicon aside): code, index, excerpt text. */
  readonly bytes: number;
  /** The bytes by kind: code (scripts), core, postings shards, positions shards, excerpt texts. */
  readonly bytesByKind: Readonly<Record<string, number>>;
  /** Requests made after the page loaded but before the reader touched search (must be 0). */
  readonly requestsBeforeUse: number;
  /** Keystrokes measured. */
  readonly keystrokes: number;
  /** Keystrokes whose first change of #results was a preview (#results aria-busy="true": postings still downloading). */
  readonly previews: number;
  /** Previews whose list (links and messages) differed from the complete answer that followed. */
  readonly previewsDiffering: number;
  /** Previews never completed because the next keystroke came first. */
  readonly previewsSuperseded: number;
  /** Median and 95th percentile of input event → complete (not busy) answer, ms. */
  readonly completeMedianMs: number;
  readonly completeP95Ms: number;
}

/** The figures a size reports with their range over repeated measurements. */
export const RANGED = ["medianMs", "p95Ms", "coldMs", "firstQueryMs"] as const;

/** A size's search figures over several measurements: each number the median of them all. */
export interface RepeatedSearchLatency extends SearchLatency {
  /** How many measurements the medians are of. */
  readonly measurements: number;
  /** Lowest and highest value of each timing, over the measurements. */
  readonly ranges: Readonly<Record<(typeof RANGED)[number], readonly [number, number]>>;
}

/**
 * The medians of several measurements of one site (at least one): a keystroke p95 is the 7th
 * slowest of ~145 keystrokes, so one pause of a shared machine moves a single measurement.
 */
export function medianLatency(list: readonly SearchLatency[]): RepeatedSearchLatency {
  const first = list[0];
  if (!first) throw new Error("medianLatency: no measurement");
  const med = (f: (l: SearchLatency) => number): number => round(quantile(list.map(f), 0.5));
  const numbers = Object.fromEntries(
    (Object.keys(first) as (keyof SearchLatency)[])
      .filter((k) => typeof first[k] === "number")
      .map((k) => [k, med((l) => l[k] as number)]),
  ) as Omit<SearchLatency, "bytesByKind">;
  const kinds = [...new Set(list.flatMap((l) => Object.keys(l.bytesByKind)))];
  return {
    ...numbers,
    bytesByKind: Object.fromEntries(kinds.map((k) => [k, med((l) => l.bytesByKind[k] ?? 0)])),
    measurements: list.length,
    ranges: {
      medianMs: range(list, "medianMs"),
      p95Ms: range(list, "p95Ms"),
      coldMs: range(list, "coldMs"),
      firstQueryMs: range(list, "firstQueryMs"),
    },
  };
}

/** The lowest and highest `key` over `list`. */
function range(list: readonly SearchLatency[], key: (typeof RANGED)[number]): [number, number] {
  const { min, max } = summarize(list.map((l) => l[key]));
  return [min, max];
}

/** The first query, typed into a cold page. */
export const COLD_QUERY = "wildlife";

/** Queries typed key by key: typos, several words, body-only words, acronyms. */
export const TYPED_QUERIES = [
  "wildlife trafficking",
  "tobbaco",
  "malawi risk management",
  "beirut",
  "heritage cultural trafficking",
  "strategic trade control",
  "philipines",
  "explosive precursors",
] as const;

/** Pause between keys, ms (a quick typist). */
export const KEY_DELAY_MS = 120;
/** Pause after each query, ms (reading the results). */
const READ_DELAY_MS = 800;
/** Longest wait for one keystroke's results, ms. */
const KEY_TIMEOUT_MS = 10_000;

declare global {
  interface Window {
    __searchBench?: {
      inputAt: number;
      changes: number[];
      waiting: boolean;
      focusAt: number;
      resultsAt: number;
      /** The input event after which the first article link appeared. */
      firstKeyAt: number;
      /** Snapshot of the preview awaiting its complete answer, or undefined. */
      preview: string | undefined;
      previews: number;
      differing: number;
      superseded: number;
      complete: number[];
    };
  }
}

/** Installs the in-page probe: input events (capture) stamp a time, the next #results mutation answers it. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = {
      inputAt: 0,
      changes: [] as number[],
      waiting: false,
      focusAt: 0,
      resultsAt: 0,
      firstKeyAt: 0,
      preview: undefined as string | undefined,
      previews: 0,
      differing: 0,
      superseded: 0,
      complete: [] as number[],
    };
    window.__searchBench = probe;
    window.addEventListener(
      "focus",
      (event) => {
        if (probe.focusAt === 0) probe.focusAt = event.timeStamp;
      },
      { capture: true },
    );
    window.addEventListener(
      "input",
      (event) => {
        if (probe.preview !== undefined) probe.superseded++;
        probe.preview = undefined;
        probe.inputAt = event.timeStamp;
        probe.waiting = true;
      },
      { capture: true },
    );
    const results = document.querySelector("#results");
    if (!results) throw new Error("no #results on the search page");
    new MutationObserver(() => {
      // The first article link on screen, and the keystroke it answers.
      if (probe.resultsAt === 0 && probe.focusAt > 0 && results.querySelector("ol li h2 a")) {
        probe.resultsAt = performance.now();
        probe.firstKeyAt = probe.inputAt;
      }
      const busy = results.getAttribute("aria-busy") === "true";
      // Not a named function: tsx would wrap it in a helper the page lacks.
      const links = [...results.querySelectorAll("ol li h2 a, div p:first-child")];
      const shown = links.map((n) => n.getAttribute("href") ?? n.textContent).join("\n");
      if (!probe.waiting) {
        if (probe.preview !== undefined && !busy) {
          if (shown !== probe.preview) probe.differing++;
          probe.preview = undefined;
          probe.complete.push(performance.now() - probe.inputAt);
        }
        return;
      }
      probe.waiting = false;
      probe.changes.push(performance.now() - probe.inputAt);
      if (busy) {
        probe.previews++;
        probe.preview = shown;
      } else probe.complete.push(performance.now() - probe.inputAt);
    }).observe(results, { childList: true, subtree: true, characterData: true });
  });
}

async function latencies(page: Page): Promise<number[]> {
  return page.evaluate(() => window.__searchBench?.changes ?? []);
}

/** Presses one key and waits until #results changed in answer to it. */
async function typeKey(page: Page, key: string): Promise<void> {
  const before = (await latencies(page)).length;
  await page.keyboard.press(key);
  await page.waitForFunction((n) => (window.__searchBench?.changes.length ?? 0) > n, before, {
    timeout: KEY_TIMEOUT_MS,
    polling: 5,
  });
}

/** Measures search on the site built in `distDir`, served under `base`. */
export async function measureSearchLatency(
  distDir: string,
  base = "/",
  keyDelayMs = KEY_DELAY_MS,
): Promise<SearchLatency> {
  const server = await serveStatic(path.resolve(distDir), base);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let loaded = false;
    let bytes = 0;
    const bytesByKind: Record<string, number> = {};
    let requestsBeforeUse = 0;
    let touched = false;
    page.on("request", (request) => {
      if (loaded && !touched && !request.url().endsWith("/favicon.svg")) requestsBeforeUse++;
    });
    page.on("requestfinished", (request) => {
      if (!loaded || request.url().endsWith("/favicon.svg")) return;
      void request.sizes().then(
        (s) => {
          const size = s.responseBodySize + s.responseHeadersSize;
          bytes += size;
          const kind = kindOf(request.url());
          bytesByKind[kind] = (bytesByKind[kind] ?? 0) + size;
        },
        () => undefined,
      );
    });
    await page.goto(`${server.url}search/`, { waitUntil: "load" });
    loaded = true;
    await installProbe(page);
    await page.waitForTimeout(300); // anything the page would fetch on its own shows up now
    touched = true;
    await page.focus("#search-input");
    await page.keyboard.type(COLD_QUERY, { delay: keyDelayMs });
    await page.waitForFunction(() => (window.__searchBench?.resultsAt ?? 0) > 0, undefined, {
      timeout: KEY_TIMEOUT_MS,
    });
    const { coldMs, firstQueryMs } = await page.evaluate(() => {
      const p = window.__searchBench;
      return {
        coldMs: (p?.resultsAt ?? 0) - (p?.focusAt ?? 0),
        firstQueryMs: (p?.resultsAt ?? 0) - (p?.firstKeyAt ?? 0),
      };
    });
    await page.waitForTimeout(READ_DELAY_MS);
    await page.evaluate(() => {
      const probe = window.__searchBench;
      if (!probe) return;
      probe.changes = [];
      probe.complete = [];
      probe.previews = probe.differing = probe.superseded = 0;
    });
    for (const query of TYPED_QUERIES) {
      await page.keyboard.press("Control+A");
      await typeKey(page, "Backspace");
      for (const ch of query) {
        await page.waitForTimeout(keyDelayMs);
        await typeKey(page, ch === " " ? "Space" : ch);
      }
      await page.waitForTimeout(READ_DELAY_MS);
    }
    const samples = await latencies(page);
    await page.waitForTimeout(200);
    const preview = await page.evaluate(() => {
      const p = window.__searchBench;
      return {
        previews: p?.previews ?? 0,
        differing: p?.differing ?? 0,
        superseded: p?.superseded ?? 0,
        complete: p?.complete ?? [],
      };
    });
    return {
      medianMs: round(quantile(samples, 0.5)),
      p95Ms: round(quantile(samples, 0.95)),
      coldMs: round(coldMs),
      firstQueryMs: round(firstQueryMs),
      bytes,
      bytesByKind,
      requestsBeforeUse,
      keystrokes: samples.length,
      previews: preview.previews,
      previewsDiffering: preview.differing,
      previewsSuperseded: preview.superseded,
      completeMedianMs: round(quantile(preview.complete, 0.5)),
      completeP95Ms: round(quantile(preview.complete, 0.95)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** What a search request fetched, from its URL. */
function kindOf(url: string): string {
  const file = url.split("?")[0] ?? "";
  if (file.endsWith(".js")) return "code";
  if (/\/search\/text\//u.test(file)) return "text";
  const name = /\/search\/data\/([a-z]+)\d*\.bin$/u.exec(file)?.[1];
  return name === "p" ? "postings" : name === "q" ? "positions" : (name ?? "other");
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist, base, keyDelay] = process.argv.slice(2);
  if (!dist || (keyDelay !== undefined && !(Number(keyDelay) >= 0))) {
    console.error("usage: tsx tests/bench/searchLatency.ts <distDir> [base] [keyDelayMs]");
    process.exitCode = 2;
  } else {
    const delay = keyDelay === undefined ? KEY_DELAY_MS : Number(keyDelay);
    console.log(JSON.stringify(await measureSearchLatency(dist, base ?? "/", delay), null, 2));
  }
}
