/**
 * `npm run bench` — scale benchmark of ingest + astro build against a bare
 * Astro baseline at 37 (real seeds), 1,000 and 10,000 articles (`--full`
 * adds 100,000). Prints a results table, flags figures over budget and
 * writes tests/bench/RESULTS.md. Exits non-zero only when a build fails.
 *
 * Options: --full, --sizes 37,1000, --runs N (all sizes), --keep (keep this bench's workspaces
 * under tests/bench/.work/runs/), --out FILE (write the results there instead of
 * tests/bench/RESULTS.md).
 *
 * Workspaces are deleted only when the bench has finished, those of earlier benches included:
 * deleting many files right before a timed build slows the files it writes (see lib/runSize.ts).
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  ALL_SHAPES_FROM,
  CORPUS_SHAPES,
  DEFAULT_SIZES,
  FULL_SIZE,
  REAL_SEEDS_SIZE,
  runsFor,
} from "./config.ts";
import { timeHostileIngest } from "./hostileIngest.ts";
import { hasGnuTime, StepError } from "./lib/exec.ts";
import { describeMachine } from "./lib/machine.ts";
import { checkBudgets, renderBudgets, renderMachine, renderTable } from "./lib/report.ts";
import { runSize, type BenchPaths } from "./lib/runSize.ts";
import type { SizeResult } from "./lib/types.ts";
import { copyProject } from "./lib/workspace.ts";

const benchDir = fileURLToPath(new URL(".", import.meta.url));
const runsRoot = join(benchDir, ".work", "runs");
const workRoot = join(runsRoot, new Date().toISOString().replaceAll(":", "-"));
const paths: BenchPaths = {
  projectRoot: join(benchDir, "..", ".."),
  snapshot: join(workRoot, "snapshot"),
  bareSource: join(benchDir, "bare"),
  workRoot,
};
const RESULTS_FILE = join(benchDir, "RESULTS.md");

const METHOD = `## Method

- The project is snapshotted once when the bench starts (so concurrent edits cannot mix into a run); each run then builds in its own copy of that snapshot under \`tests/bench/.work/runs/\` (.gitignore, package.json, astro.config.mjs, tsconfig.json, src/ without src/content/articles, scripts/, public/), made its own git repository so Tailwind's source detection sees what it sees in a real checkout, with node_modules linked entry by entry so Astro's caches stay in the copy, and the project's postinstall script run in it as \`npm install\` runs it (it warms the ingest's compile cache). Every run is cold, as in a fresh clone: it gets new site and bare workspaces, with no dist/, .astro/, node_modules/.astro or .vite and no earlier ingest output. Nothing is deleted while runs are timed (all workspaces are deleted when the bench ends): on ext4 without a journal, as here, files made within a minute or more of deleting many others each scan the freed inodes, which added 1–2 s to whichever step next wrote 10,000 files.
- Synthetic corpora of ${ALL_SHAPES_FROM.toLocaleString("en")} articles and more are built in every shape of \`CORPUS_SHAPES\` (tests/bench/config.ts): ${CORPUS_SHAPES.map((c) => `"${c.name}" (${c.description})`).join(", and ")}. Smaller ones are built in the first.
- A run = \`npm run ingest\` (what \`npm run build\` runs first as its prebuild; timed alone: "ingest"), then \`astro build\`; "build time" is their sum. The bare baseline (tests/bench/bare: glob loader, lenient schema, one minimal page per article via \`render(entry)\`, default Markdown pipeline, no integrations) is then built over a copy of the very Markdown that run's ingest wrote. After the pair, the run's ingest runs once more with the read cache it has just filled (\`node_modules/.cache/wco-ingest\`, local to the workspace): the "warm" row, an editor's rebuild, outside every ratio. Each run is such a pair, site then bare, so runs interleave the two builds (site, bare, site, bare, …); the ratio (and the CPU-time ratio) is taken per pair, and the table shows the median of the pairs' ratios.
- Values are the median of the runs with (min–max) when runs differ. Other processes on the machine inflate timings: the load row shows how busy it was. Peak RSS "largest process" is GNU time's "Maximum resident set size" (the largest single process of the tree); "whole process tree" sums the RSS of all descendants, polled every 100 ms. CPU time is user + system time of the whole process tree (from /proc/self/stat cutime/cstime); on a busy machine the CPU-time ratio is the steadier comparison. Sizes use 1 KB = 1024 bytes. The search index is every non-HTML file under dist/search/ (\`SEARCH_INDEX_PATHS\`); its payload is measured after un-gzipping pre-compressed files, then each file separately at zlib gzip level 6 and brotli quality 11, once per size. The download budget is checked on the bytes the latency hook measured in Chromium (everything search fetched over its typed queries), else on the files in \`SEARCH_INITIAL_FILES\` as transferred (a lower bound).
- The memory budget applies up to 10,000 articles (\`BUDGETS.budgetedUpTo\`), where the issue set it; 100,000 articles are reported without it (the bare Astro build alone needs about 6 GB there). The search budgets (issue #15), the page-size and the build-ratio budgets apply at every size they name.
- Synthetic corpora come from \`tests/bench/generateCorpus.ts\` (fixed seed), recombining real seed sentences with invented place names.
- Search latency comes from the hook \`measureSearchLatency(distDir)\` in \`tests/bench/searchLatency.ts\` (Chromium on 127.0.0.1, run 3 times per size on the last build; each figure is the median of the 3, with their range): a keystroke p95 is the 7th slowest of ~145 keystrokes, so one pause of a shared machine moves a single measurement. If every measurement fails those figures read n/a. Like every timing here it is inflated when the machine is busy.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      full: { type: "boolean", default: false },
      sizes: { type: "string" },
      runs: { type: "string" },
      keep: { type: "boolean", default: false },
      out: { type: "string" },
    },
  });
  const sizes = values.sizes
    ? values.sizes.split(",").map((x) => Number(x.replaceAll("_", "")))
    : [...DEFAULT_SIZES, ...(values.full ? [FULL_SIZE] : [])];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bad --sizes ${values.sizes ?? ""}`);
  const fixedRuns = values.runs === undefined ? undefined : Number(values.runs);
  if (!existsSync(join(paths.projectRoot, "scripts", "ingest.ts"))) {
    console.error("bench: scripts/ingest.ts does not exist yet; nothing to benchmark");
    return 1;
  }
  // Earlier benches' workspaces (--keep, or an interrupted run) go when this one has finished.
  const stale = existsSync(runsRoot) ? readdirSync(runsRoot).map((name) => join(runsRoot, name)) : [];
  const machine = describeMachine(paths.projectRoot);
  copyProject(paths.projectRoot, paths.snapshot);
  console.log(`Scale benchmark: sizes ${sizes.join(", ")}\n${renderMachine(machine)}`);
  if (!hasGnuTime()) {
    console.log("note: GNU time not found (apt-get install -y time); peak RSS comes from /proc polling only");
  }
  const [load = 0] = loadavg();
  if (load > availableParallelism()) {
    console.log(
      `note: the machine is busy (load ${load.toFixed(1)} on ${availableParallelism()} cores); timings will be noisy`,
    );
  }
  console.log("\n== hostile input: a 10 MB seed file of white space and punctuation ==");
  const hostile = timeHostileIngest(paths.projectRoot);
  console.log(`${hostile.name}: ${hostile.value} (budget ${hostile.budget})`);
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const runs = fixedRuns ?? runsFor(size);
    const shapes =
      size >= ALL_SHAPES_FROM && size !== REAL_SEEDS_SIZE ? CORPUS_SHAPES : CORPUS_SHAPES.slice(0, 1);
    for (const shape of shapes) {
      const what = size === REAL_SEEDS_SIZE ? "the real seeds" : shape.name;
      console.log(`\n== ${size.toLocaleString("en")} articles, ${what}, ${runs} run(s) ==`);
      results.push(await runSize(paths, size, runs, shape));
    }
  }
  const table = renderTable(results);
  const budgets = renderBudgets([hostile, ...checkBudgets(results)]);
  console.log(`\n${table}\n\nBudgets:\n${budgets}\n`);
  const args = process.argv.slice(2).join(" ");
  const doc = [
    "# Scale benchmark results",
    "",
    `Last written by \`npm run bench${args ? ` -- ${args}` : ""}\` (tests/bench/run.ts). Budgets are flagged, never fatal.`,
    "",
    "## Machine",
    "",
    renderMachine(machine),
    "",
    "## Results",
    "",
    table,
    "",
    "## Budgets",
    "",
    budgets,
    "",
    METHOD,
    "",
  ].join("\n");
  const out = values.out ?? RESULTS_FILE;
  writeFileSync(out, doc);
  console.log(`wrote ${out}`);
  for (const dir of values.keep ? stale : [...stale, workRoot]) rmSync(dir, { recursive: true, force: true });
  if (values.keep) console.log(`kept the workspaces in ${workRoot}`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof StepError ? `\nbench: ${error.message}` : error);
  process.exitCode = 1;
}
