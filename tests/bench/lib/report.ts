/**
 * Formats benchmark results as a Markdown table (printed and written to
 * RESULTS.md), flagging every figure that is over its budget.
 */
import { BUDGETS, CORPUS_SHAPES } from "../config.ts";
import { SEARCH_INITIAL_FILES } from "./distStats.ts";
import type { MachineInfo } from "./machine.ts";
import { summarize, type Summary } from "./stats.ts";
import type { RunSample, SizeResult } from "./types.ts";

const OVER = " ⚠ OVER BUDGET";

/** One budget verdict. */
export interface BudgetCheck {
  readonly name: string;
  readonly value: string;
  readonly budget: string;
  readonly status: "ok" | "over" | "n/a";
}

/** Formats a byte count in KB/MB (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "n/a";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** Formats milliseconds as seconds. */
export function formatSeconds(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  const s = ms / 1000;
  return `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
}

function ratio(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(2)}×` : "n/a";
}

/**
 * "median (min–max)", or just the value when every run agreed; flagged when `over` holds of the
 * runs, which it judges by the statistic its budget names (as `checkBudgets` does).
 */
function cell(values: readonly number[], fmt: (x: number) => string, over?: (s: Summary) => boolean): string {
  if (values.length === 0 || values.some((v) => !Number.isFinite(v))) return "n/a";
  const s: Summary = summarize(values);
  const text = s.min === s.max ? fmt(s.median) : `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
  return over?.(s) ? text + OVER : text;
}

type Row = readonly [string, (r: SizeResult) => string];

const pick = (r: SizeResult, f: (s: RunSample) => number | undefined): number[] =>
  r.runs.map((s) => f(s) ?? Number.NaN);
/** Whether the memory and search budgets apply at this corpus size. */
const budgeted = (r: SizeResult): boolean => r.size <= BUDGETS.budgetedUpTo;
/** Memory holds in every run: the largest is checked. */
const overRss = (r: SizeResult) => (s: Summary) => budgeted(r) && s.max >= BUDGETS.peakRssBytes;
/** The build ratio and the ingest are budgets on the median of the runs (issue #19). */
const ratioChecked = (r: SizeResult) => (s: Summary) =>
  r.size >= BUDGETS.buildRatio.fromSize && s.median > BUDGETS.buildRatio.max;
const ingestChecked = (r: SizeResult) => (s: Summary) =>
  r.size >= BUDGETS.ingestMs.fromSize && s.median > BUDGETS.ingestMs.max;

const ROWS: readonly Row[] = [
  ["Corpus", (r) => `${r.corpus}: ${r.seedFiles} seed files, ${r.duplicates} cross-file duplicates`],
  [
    "Articles ingested (Markdown files)",
    (r) =>
      cell(
        pick(r, (s) => s.articles),
        String,
      ),
  ],
  ["Runs", (r) => String(r.runs.length)],
  [
    "Machine load during runs (1-min avg, max seen)",
    (r) =>
      cell(
        pick(r, (s) => s.load),
        (x) => x.toFixed(1),
      ),
  ],
  [
    `Ingest time (budget ≤ ${formatSeconds(BUDGETS.ingestMs.max)} from ${BUDGETS.ingestMs.fromSize})`,
    (r) =>
      cell(
        pick(r, (s) => s.ingestMs),
        formatSeconds,
        ingestChecked(r),
      ),
  ],
  [
    "Ingest time, read cache warm (a rebuild; not in the ratio)",
    (r) =>
      cell(
        pick(r, (s) => s.warmIngestMs),
        formatSeconds,
      ),
  ],
  [
    "Astro build time (site)",
    (r) =>
      cell(
        pick(r, (s) => s.astroMs),
        formatSeconds,
      ),
  ],
  [
    "**Build time: ingest + astro build**",
    (r) =>
      cell(
        pick(r, (s) => s.siteMs),
        formatSeconds,
      ),
  ],
  [
    "Bare Astro baseline build",
    (r) =>
      cell(
        pick(r, (s) => s.bareMs),
        formatSeconds,
      ),
  ],
  [
    `**Build ratio** (ingest+build / bare; budget ≤ ${BUDGETS.buildRatio.max}× from ${BUDGETS.buildRatio.fromSize})`,
    (r) =>
      cell(
        pick(r, (s) => s.siteMs / s.bareMs),
        ratio,
        ratioChecked(r),
      ),
  ],
  [
    "CPU time (user+sys): ingest + astro build",
    (r) =>
      cell(
        pick(r, (s) => s.siteCpuMs),
        formatSeconds,
      ),
  ],
  [
    "CPU time (user+sys): bare baseline",
    (r) =>
      cell(
        pick(r, (s) => s.bareCpuMs),
        formatSeconds,
      ),
  ],
  [
    "CPU-time ratio (less sensitive to machine load)",
    (r) =>
      cell(
        pick(r, (s) => s.siteCpuMs / s.bareCpuMs),
        ratio,
      ),
  ],
  [
    "Astro-only ratio (site astro build / bare)",
    (r) =>
      cell(
        pick(r, (s) => s.astroMs / s.bareMs),
        ratio,
      ),
  ],
  [
    "**Peak RSS**, largest process (time -v; budget < 2 GB)",
    (r) =>
      cell(
        pick(r, (s) => s.siteMaxProcessRss),
        formatBytes,
        overRss(r),
      ),
  ],
  [
    "Peak RSS, whole process tree (polled /proc)",
    (r) =>
      cell(
        pick(r, (s) => s.siteTreeRss),
        formatBytes,
        overRss(r),
      ),
  ],
  [
    "Peak RSS, bare baseline (largest process)",
    (r) =>
      cell(
        pick(r, (s) => s.bareMaxProcessRss),
        formatBytes,
      ),
  ],
  [
    "Pages (HTML files in dist/)",
    (r) =>
      cell(
        pick(r, (s) => s.dist.pages),
        String,
      ),
  ],
  [
    "Bare baseline pages",
    (r) =>
      cell(
        pick(r, (s) => s.barePages),
        String,
      ),
  ],
  [
    `**Largest HTML page** (budget ≤ ${formatBytes(BUDGETS.largestPageBytes)})`,
    (r) => {
      const last = r.runs.at(-1);
      const size = cell(
        pick(r, (s) => s.dist.largestPageBytes),
        formatBytes,
        (s) => s.max > BUDGETS.largestPageBytes,
      );
      return last ? `${size} \`${last.dist.largestPage}\`` : size;
    },
  ],
  [
    `**World map per page** (gzip, budget ≤ ${formatBytes(BUDGETS.mapBytes)})`,
    (r) => {
      const last = r.runs.at(-1)?.dist.map;
      const size = cell(
        pick(r, (s) => s.dist.map?.bytes),
        formatBytes,
        (s) => s.max > BUDGETS.mapBytes,
      );
      return last ? `${size} \`${last.page}\`` : size;
    },
  ],
  [
    "dist/ size",
    (r) =>
      cell(
        pick(r, (s) => s.dist.totalBytes),
        formatBytes,
      ),
  ],
  [
    "Search index: files, size on disk",
    (r) => {
      const last = r.runs.at(-1)?.dist.search;
      return last ? `${last.files} files, ${searchCell(r, (s) => s.onDisk)}` : "n/a (no search index found)";
    },
  ],
  ["Search index payload: raw / gzip / brotli", (r) => searchTriple(r)],
  [`**Search download** (budget ≤ ${formatBytes(BUDGETS.searchDownloadBytes)})`, (r) => downloadCell(r)],
  [
    `**Search first query** (budget ≤ ${BUDGETS.searchFirstQueryMs} ms)`,
    (r) => latency(r, "firstQueryMs", BUDGETS.searchFirstQueryMs),
  ],
  ["Search latency median", (r) => latency(r, "medianMs")],
  [
    `**Search latency p95** (budget ≤ ${BUDGETS.searchP95Ms} ms)`,
    (r) => latency(r, "p95Ms", BUDGETS.searchP95Ms),
  ],
];

function searchCell(r: SizeResult, f: (s: NonNullable<RunSample["dist"]["search"]>) => number): string {
  if (r.runs.some((s) => s.dist.search === undefined)) return "n/a (no search index found)";
  return cell(
    pick(r, (s) => (s.dist.search ? f(s.dist.search) : undefined)),
    formatBytes,
  );
}

function searchTriple(r: SizeResult): string {
  const c = r.searchCompression;
  return c ? [c.raw, c.gzip, c.brotli].map(formatBytes).join(" / ") : "n/a (no search index found)";
}

/** Bytes search downloads: measured by the latency hook, else the initial index files (a lower bound). */
function download(r: SizeResult): { bytes: number; how: string } {
  const measured = r.search === "n/a" ? undefined : measuredBytes(r.search);
  if (measured !== undefined) {
    const kinds = r.search === "n/a" ? "" : byKind(r.search);
    return { bytes: measured, how: `measured in Chromium over all typed queries${kinds}` };
  }
  const initial = summarize(pick(r, (s) => s.dist.search?.initial)).median;
  return { bytes: initial, how: `lower bound: ${SEARCH_INITIAL_FILES.join(", ")} as transferred` };
}

/** The hook's `bytes` (transferred for search), read tolerantly so the hook's shape may evolve. */
function measuredBytes(latency: object): number | undefined {
  const bytes: unknown = "bytes" in latency ? latency.bytes : undefined;
  return typeof bytes === "number" ? bytes : undefined;
}

/** The hook's `bytesByKind` as ": code 12 KB, core 200 KB, …", or "". */
function byKind(latency: object): string {
  const kinds: unknown = "bytesByKind" in latency ? latency.bytesByKind : undefined;
  if (typeof kinds !== "object" || kinds === null) return "";
  const parts = Object.entries(kinds).flatMap(([k, v]) =>
    typeof v === "number" ? [`${k} ${formatBytes(v)}`] : [],
  );
  return parts.length > 0 ? `: ${parts.join(", ")}` : "";
}

function downloadCell(r: SizeResult): string {
  const { bytes, how } = download(r);
  if (!Number.isFinite(bytes)) return "n/a (no search index found)";
  return `${formatBytes(bytes)} (${how})${bytes > BUDGETS.searchDownloadBytes ? OVER : ""}`;
}

function latency(r: SizeResult, key: "firstQueryMs" | "medianMs" | "p95Ms", budget?: number): string {
  if (r.search === "n/a") return "n/a (hook not implemented)";
  const v = r.search[key];
  const [min, max] = r.search.ranges[key];
  const range = min === max ? "" : ` (${min.toFixed(1)}–${max.toFixed(1)} ms)`;
  return `${v.toFixed(1)} ms${range}${budget !== undefined && v > budget ? OVER : ""}`;
}

/** A column's name: the size, and the shape of a synthetic corpus. */
function columnName(r: SizeResult): string {
  const size = `${r.size.toLocaleString("en")} articles`;
  return r.shape === "real seeds" || r.shape === CORPUS_SHAPES[0].name ? size : `${size}, ${r.shape}`;
}

/** The results table: one row per figure, one column per corpus size and shape. */
export function renderTable(results: readonly SizeResult[]): string {
  const header = `| Figure | ${results.map(columnName).join(" | ")} |`;
  const rule = `| --- | ${results.map(() => "---").join(" | ")} |`;
  const rows = ROWS.map(([name, f]) => `| ${name} | ${results.map((r) => f(r)).join(" | ")} |`);
  return [header, rule, ...rows].join("\n");
}

/** Budget verdicts across all sizes (largest size for size-dependent budgets). */
export function checkBudgets(results: readonly SizeResult[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const med = (r: SizeResult, f: (s: RunSample) => number | undefined): number =>
    summarize(pick(r, f)).median;
  const add = (
    name: string,
    value: number,
    budget: string,
    over: boolean,
    fmt: (x: number) => string,
  ): void => {
    checks.push({
      name,
      value: Number.isFinite(value) ? fmt(value) : "n/a",
      budget,
      status: !Number.isFinite(value) ? "n/a" : over ? "over" : "ok",
    });
  };
  for (const r of results) {
    const at = columnName(r).replace(" articles", "");
    if (r.size >= BUDGETS.buildRatio.fromSize) {
      const x = med(r, (s) => s.siteMs / s.bareMs);
      add(`build ratio @${at}`, x, `≤ ${BUDGETS.buildRatio.max}×`, x > BUDGETS.buildRatio.max, ratio);
      const cpu = med(r, (s) => s.siteCpuMs / s.bareCpuMs);
      add(`CPU-time ratio @${at} (reported)`, cpu, "no budget", false, ratio);
    }
    if (r.size >= BUDGETS.ingestMs.fromSize) {
      const ms = med(r, (s) => s.ingestMs);
      add(
        `ingest @${at}`,
        ms,
        `≤ ${formatSeconds(BUDGETS.ingestMs.max)}`,
        ms > BUDGETS.ingestMs.max,
        formatSeconds,
      );
    }
    const page = Math.max(...pick(r, (s) => s.dist.largestPageBytes));
    add(
      `largest HTML page @${at}`,
      page,
      `≤ ${formatBytes(BUDGETS.largestPageBytes)}`,
      page > BUDGETS.largestPageBytes,
      formatBytes,
    );
    const map = Math.max(...pick(r, (s) => s.dist.map?.bytes));
    add(
      `world map per page @${at}`,
      map,
      `≤ ${formatBytes(BUDGETS.mapBytes)}`,
      map > BUDGETS.mapBytes,
      formatBytes,
    );
    // The memory budget holds up to BUDGETS.budgetedUpTo (the table still shows the figure above it).
    if (budgeted(r)) {
      const rss = Math.max(...pick(r, (s) => s.siteMaxProcessRss ?? s.siteTreeRss));
      add(`peak RSS @${at}`, rss, "< 2 GB", rss >= BUDGETS.peakRssBytes, formatBytes);
    }
    const dl = download(r).bytes;
    add(
      `search download @${at}`,
      dl,
      `≤ ${formatBytes(BUDGETS.searchDownloadBytes)}`,
      dl > BUDGETS.searchDownloadBytes,
      formatBytes,
    );
    const first = r.search === "n/a" ? Number.NaN : r.search.firstQueryMs;
    add(
      `search first query @${at}`,
      first,
      `≤ ${BUDGETS.searchFirstQueryMs} ms`,
      first > BUDGETS.searchFirstQueryMs,
      (x) => `${x.toFixed(1)} ms`,
    );
    const p95 = r.search === "n/a" ? Number.NaN : r.search.p95Ms;
    add(
      `search p95 @${at}`,
      p95,
      `≤ ${BUDGETS.searchP95Ms} ms`,
      p95 > BUDGETS.searchP95Ms,
      (x) => `${x.toFixed(1)} ms`,
    );
  }
  const { small, large, max } = BUDGETS.ingestScaling;
  const firstShape = CORPUS_SHAPES[0].name;
  const s = results.find((r) => r.size === small && r.shape === firstShape);
  const l = results.find((r) => r.size === large && r.shape === firstShape);
  const x = s && l ? med(l, (v) => v.ingestMs) / med(s, (v) => v.ingestMs) : Number.NaN;
  add(`ingest time ${large / 1000}k / ${small / 1000}k`, x, `≤ ${max}`, x > max, (v) =>
    Number.isFinite(v) ? v.toFixed(2) : "n/a",
  );
  return checks;
}

/** Budget verdicts as a Markdown list. */
export function renderBudgets(checks: readonly BudgetCheck[]): string {
  const mark = { ok: "ok", over: "⚠ OVER BUDGET", "n/a": "n/a (not measured)" } as const;
  return checks.map((c) => `- ${c.name}: ${c.value} (budget ${c.budget}) — ${mark[c.status]}`).join("\n");
}

/** Machine description as a Markdown list. */
export function renderMachine(m: MachineInfo): string {
  return [
    `- CPU: ${m.cpu}, ${m.cores} cores; memory ${m.memoryGiB} GiB`,
    `- Node ${m.node}, Astro ${m.astro}`,
    `- Project commit: ${m.commit}`,
    `- Date: ${m.date}`,
  ].join("\n");
}
