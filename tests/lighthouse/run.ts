/**
 * Gate 6 (npm run test:lighthouse): Lighthouse, mobile preset (its default config, with simulated
 * throttling), on the home page, an article, a programme page and the search page (as a reader first opens it).
 * Performance, accessibility, best practices and SEO must all score 100 on every page.
 *
 * Builds nothing: it serves the existing dist/ on 127.0.0.1 (at the base path dist/ was built for)
 * and drives the browser every gate uses (tests/support/browser.ts) through chrome-launcher.
 * Each page is audited LIGHTHOUSE_RUNS times (default 5, the number Lighthouse's own guidance on
 * variability takes the median of) and judged on its median run by performance score, as
 * Lighthouse CI does: simulated throttling still scales the CPU time it observes, so one run on a
 * busy 2-core machine can lose a point that the page does not deserve. With 3 runs the home page
 * failed one CI run in two on this machine at 99 (99/100/99, then 100/99/100 for the same dist/).
 * Prints a table (with every run's performance score), then what kept any score below 100, and
 * exits 1 unless every median score is 100.
 */
import { launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, describeBrowser, findBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";
import { DIST, basePathOf, pageOf, pickPages, requireBuilt } from "../e2e/support/site.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));

interface Row {
  name: string;
  url: string;
  scores: Record<string, number | null>;
  /** Why a category is below 100: failing audits and, for performance, the metrics. */
  notes: string[];
  /** FCP, LCP, TBT, CLS as Lighthouse shows them. */
  metrics: string;
  /** The settings the run used (form factor, throttling). */
  settings: string;
  seconds: number;
  /** Performance score of every run, in run order. */
  runs: (number | null)[];
}

async function audit(name: string, url: string, port: number): Promise<Row> {
  const started = Date.now();
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError)
    throw new Error(
      `Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
    );
  const scores: Record<string, number | null> = {};
  const notes: string[] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    const score = category?.score ?? null;
    scores[id] = score === null ? null : Math.round(score * 100);
    if (score === 1 || !category) continue;
    for (const ref of category.auditRefs) {
      const a = lhr.audits[ref.id];
      if (!a || ref.weight === 0 || a.score === null || a.score === 1) continue;
      notes.push(
        `${id}: ${a.id} (score ${a.score}, weight ${ref.weight}) ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ""}`,
      );
    }
    if (id === "performance") {
      for (const metric of [
        "first-contentful-paint",
        "largest-contentful-paint",
        "total-blocking-time",
        "cumulative-layout-shift",
        "speed-index",
      ]) {
        const a = lhr.audits[metric];
        if (a) notes.push(`performance: ${metric} = ${a.displayValue ?? "?"} (score ${a.score})`);
      }
      for (const insight of [
        "render-blocking-insight",
        "lcp-breakdown-insight",
        "network-dependency-tree-insight",
        "document-latency-insight",
      ]) {
        const a = lhr.audits[insight];
        if (a && a.score !== null && a.score < 1)
          notes.push(`performance: ${insight}: ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ""}`);
      }
    }
  }
  for (const warning of lhr.runWarnings) notes.push(`warning: ${warning}`);
  const shown = (id: string) => lhr.audits[id]?.displayValue ?? "?";
  const metrics = `FCP ${shown("first-contentful-paint")}, LCP ${shown("largest-contentful-paint")}, TBT ${shown("total-blocking-time")}, CLS ${shown("cumulative-layout-shift")}`;
  const { formFactor, throttlingMethod } = lhr.configSettings;
  const settings = `${formFactor}, ${throttlingMethod} throttling`;
  const seconds = (Date.now() - started) / 1000;
  return { name, url, scores, notes, metrics, settings, seconds, runs: [scores["performance"] ?? null] };
}

/** Audits a page RUNS times and returns its median run by performance score, with every run's score. */
async function auditMedian(name: string, url: string, port: number): Promise<Row> {
  const rows: Row[] = [];
  for (let i = 0; i < RUNS; i++) rows.push(await audit(name, url, port));
  const sorted = [...rows].sort((a, b) => (a.scores["performance"] ?? -1) - (b.scores["performance"] ?? -1));
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? rows[0];
  if (!median) throw new Error(`no Lighthouse run for ${url}`);
  return {
    ...median,
    runs: rows.map((r) => r.scores["performance"] ?? null),
    seconds: rows.reduce((sum, r) => sum + r.seconds, 0),
  };
}

function table(rows: Row[]): string {
  const header = ["page", ...CATEGORIES, "metrics (simulated)", "time"];
  const body = rows.map((r) => [
    r.name,
    ...CATEGORIES.map((c) =>
      c === "performance" && r.runs.length > 1
        ? `${r.scores[c] ?? "n/a"} (${r.runs.map((x) => x ?? "n/a").join("/")})`
        : String(r.scores[c] ?? "n/a"),
    ),
    r.metrics,
    `${r.seconds.toFixed(1)} s`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    ...body.map(line),
  ].join("\n");
}

async function main(): Promise<number> {
  requireBuilt();
  const pages = await pickPages();
  const targets: [string, string][] = [
    ["home", pageOf(pages, "home")],
    ["article", pageOf(pages, "article")],
    ["programme", pageOf(pages, "programme")],
    ["search", pageOf(pages, "search")],
  ];
  let server: StaticServer | undefined;
  let chrome: LaunchedChrome | undefined;
  const rows: Row[] = [];
  const started = Date.now();
  try {
    server = await serveStatic(DIST, await basePathOf());
    const browser = await findBrowser();
    console.log(describeBrowser(browser));
    chrome = await launch({ chromePath: browser.path, chromeFlags: CHROMIUM_FLAGS, logLevel: "error" });
    for (const [name, path] of targets) {
      const url = `${server.url}${path}`;
      process.stdout.write(`Lighthouse: ${name} (${url}), ${RUNS} run(s)…\n`);
      rows.push(await auditMedian(name, url, chrome.port));
    }
  } finally {
    chrome?.kill();
    await server?.close();
  }
  console.log(
    `\nLighthouse, ${rows[0]?.settings ?? ""}, median of ${RUNS} run(s) per page:\n\n${table(rows)}\n`,
  );
  const failing = rows.filter((r) => CATEGORIES.some((c) => r.scores[c] !== 100));
  for (const r of failing) {
    console.log(`${r.name} (${r.url}):\n  - ${r.notes.join("\n  - ")}\n`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (failing.length > 0) {
    console.log(
      `Lighthouse: FAILED: ${failing.length} of ${rows.length} pages score below 100 (${seconds} s).`,
    );
    return 1;
  }
  console.log(`Lighthouse: all ${rows.length} pages score 100 in ${CATEGORIES.join(", ")} (${seconds} s).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
