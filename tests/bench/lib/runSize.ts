/**
 * Benchmarks one corpus size: writes the corpus once, then per run makes fresh site and bare
 * workspaces (as a fresh clone would be), runs a cold ingest, site build and bare baseline build
 * over the same Markdown, and measures each step.
 *
 * Nothing is deleted while runs are timed: on a file system that skips recently freed inodes when
 * it makes new files (ext4 without a journal, as on these machines, for 60 s or more), deleting
 * the previous run's 20,000 files made every file the next step wrote cost a scan over them:
 * 1–2 s more for the ingest's 10,000 Markdown files and again for Astro's pages. A fresh clone
 * has no such files; the bench deletes its workspaces when it has finished (see run.ts).
 */
import { cpSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { CORPUS_SEED, REAL_SEEDS_SIZE, type CorpusShape } from "../config.ts";
import { generateCorpus, readSeedTexts, writeCorpus } from "../generateCorpus.ts";
import { measureSearchLatency, medianLatency, type SearchLatency } from "../searchLatency.ts";
import { listFiles, measureDist, measureSearchCompression } from "./distStats.ts";
import { runStep, type StepResult } from "./exec.ts";
import type { RunSample, SizeResult } from "./types.ts";
import { ARTICLES_DIR, commitSeeds, copyArticles, prepareBare, prepareSite } from "./workspace.ts";

/** Paths the bench works with. */
export interface BenchPaths {
  readonly projectRoot: string;
  /** Copy of the project taken when the bench started; every size builds this code. */
  readonly snapshot: string;
  readonly bareSource: string;
  /** This bench's folder for corpora, workspaces and logs (deleted at the end unless --keep). */
  readonly workRoot: string;
}

const ENV = { ASTRO_TELEMETRY_DISABLED: "1" } as const;
/** Search measurements per size (on its last build); the report gives their medians and ranges. */
const SEARCH_MEASUREMENTS = 3;

/**
 * Runs `runs` cold runs at `size` articles of corpus `shape`; throws StepError if a step fails.
 * Each run is a pair, the site build then the bare one, so the ratio is taken between builds
 * made one right after the other (site, bare, site, bare, …).
 */
export async function runSize(
  paths: BenchPaths,
  size: number,
  runs: number,
  shape: CorpusShape,
): Promise<SizeResult> {
  const logs = join(paths.workRoot, "logs");
  const tag = `${size}-${shape.name.replaceAll(" ", "-")}`;
  const seeds = join(paths.workRoot, `seeds-${tag}`);
  mkdirSync(logs, { recursive: true });
  const corpus = writeSeeds(paths.projectRoot, seeds, size, shape);
  const sharedModules = join(paths.projectRoot, "node_modules");
  const samples: RunSample[] = [];
  let site = "";
  for (let run = 1; run <= runs; run++) {
    const log = (step: string): string => join(logs, `${tag}-run${run}-${step}.log`);
    // Fresh workspaces, like a fresh clone: no dist/, caches or earlier ingest output.
    site = join(paths.workRoot, `site-${tag}-run${run}`);
    const bare = join(paths.workRoot, `bare-${tag}-run${run}`);
    prepareSite(paths.snapshot, site, sharedModules);
    prepareBare(paths.bareSource, bare, sharedModules);
    cpSync(seeds, join(site, "seeds"), { recursive: true });
    commitSeeds(site);
    if (run === 1) warnAboutScripts(site);
    const load = [loadavg()[0] ?? 0];
    // The ingest as `npm run build` runs it (its prebuild script), with one npm start-up: the
    // one `npm run build` itself costs (astro build then runs without npm).
    const ingest = await runStep(
      "ingest",
      "npm",
      ["run", "--silent", "ingest", "--", "--seeds", "seeds", "--out", ARTICLES_DIR],
      {
        cwd: site,
        logFile: log("ingest"),
        env: ENV,
      },
    );
    const astro = await runStep("astro build", bin("astro", site), ["build"], {
      cwd: site,
      logFile: log("build"),
      env: ENV,
    });
    const post =
      packageScripts(site).postbuild === undefined
        ? undefined
        : await runStep("postbuild", "npm", ["run", "postbuild"], {
            cwd: site,
            logFile: log("postbuild"),
            env: ENV,
          });
    load.push(loadavg()[0] ?? 0);
    const dist = measureDist(join(site, "dist"));
    copyArticles(site, bare);
    const bareBuild = await runStep("bare astro build", bin("astro", bare), ["build"], {
      cwd: bare,
      logFile: log("bare"),
      env: ENV,
    });
    load.push(loadavg()[0] ?? 0);
    // The same ingest again, now that the run's own read cache is warm (an editor's rebuild);
    // reported, never part of the ratio.
    const warm = await runStep(
      "warm ingest",
      "npm",
      ["run", "--silent", "ingest", "--", "--seeds", "seeds", "--out", ARTICLES_DIR],
      { cwd: site, logFile: log("warm-ingest"), env: ENV },
    );
    const siteSteps = [ingest, astro, ...(post ? [post] : [])];
    const sample = makeSample(siteSteps, bareBuild, dist, {
      warmIngestMs: warm.wallMs,
      barePages: listFiles(join(bare, "dist")).filter((f) => f.endsWith(".html")).length,
      articles: readdirSync(join(site, ARTICLES_DIR)).filter((f) => f.endsWith(".md")).length,
      load: Math.max(...load),
    });
    samples.push(sample);
    console.log(
      `  [${size} ${size === REAL_SEEDS_SIZE ? "real seeds" : shape.name} run ${run}/${runs}] ingest ${s(ingest.wallMs)} (warm ${s(warm.wallMs)}), astro build ${s(astro.wallMs)}, bare ${s(bareBuild.wallMs)}, ` +
        `${sample.dist.pages} pages, ${sample.articles} articles, load ≤ ${sample.load.toFixed(1)}`,
    );
  }
  const searchCompression = measureSearchCompression(join(site, "dist"));
  const measured: SearchLatency[] = [];
  for (let m = 0; m < SEARCH_MEASUREMENTS; m++) {
    const one = await measureSearchLatency(join(site, "dist")).catch((error: unknown) => {
      console.warn(
        `  search latency not measured: ${error instanceof Error ? error.message : String(error)}`,
      );
      return undefined;
    });
    if (one) measured.push(one);
  }
  const search = measured.length > 0 ? medianLatency(measured) : ("n/a" as const);
  const result = {
    size,
    shape: size === REAL_SEEDS_SIZE ? "real seeds" : shape.name,
    ...corpus,
    runs: samples,
    search,
  };
  return searchCompression === undefined ? result : { ...result, searchCompression };
}

function bin(name: string, dir: string): string {
  return join(dir, "node_modules", ".bin", name);
}

function warnAboutScripts(site: string): void {
  const scripts = packageScripts(site);
  if (scripts.prebuild !== undefined && scripts.prebuild !== scripts.ingest) {
    console.warn(
      `  note: prebuild is "${scripts.prebuild}"; the bench runs only npm run ingest before astro build`,
    );
  }
}

function s(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function makeSample(
  site: readonly StepResult[],
  bare: StepResult,
  dist: RunSample["dist"],
  counts: { warmIngestMs: number; barePages: number; articles: number; load: number },
): RunSample {
  const [ingest, astro] = site;
  const maxRss = site.map((r) => r.maxProcessRss);
  const base = {
    ingestMs: ingest?.wallMs ?? Number.NaN,
    astroMs: astro?.wallMs ?? Number.NaN,
    siteMs: site.reduce((t, r) => t + r.wallMs, 0),
    bareMs: bare.wallMs,
    siteCpuMs: site.reduce((t, r) => t + r.cpuMs, 0),
    bareCpuMs: bare.cpuMs,
    siteTreeRss: Math.max(...site.map((r) => r.treeRss)),
    bareTreeRss: bare.treeRss,
    dist,
    ...counts,
  };
  const withSite = maxRss.every((x) => x !== undefined)
    ? { ...base, siteMaxProcessRss: Math.max(...maxRss) }
    : base;
  return bare.maxProcessRss === undefined ? withSite : { ...withSite, bareMaxProcessRss: bare.maxProcessRss };
}

/** Writes the real seeds (size 37) or a synthetic corpus of `shape` into `seedsDir`. */
function writeSeeds(
  projectRoot: string,
  seedsDir: string,
  size: number,
  shape: CorpusShape,
): Pick<SizeResult, "corpus" | "seedFiles" | "duplicates"> {
  const realDir = join(projectRoot, "seeds");
  mkdirSync(seedsDir, { recursive: true });
  if (size === REAL_SEEDS_SIZE) {
    const names = readdirSync(realDir).filter((f) => f.endsWith(".txt"));
    for (const f of names) cpSync(join(realDir, f), join(seedsDir, f));
    const texts = names.map((f) => readFileSync(join(realDir, f), "utf8"));
    return { corpus: "real seeds", seedFiles: names.length, duplicates: countRepeatedDigestTitles(texts) };
  }
  const started = performance.now();
  const corpus = generateCorpus({
    count: size,
    sources: readSeedTexts(realDir),
    seed: CORPUS_SEED,
    ...shape.options,
  });
  writeCorpus(corpus, seedsDir);
  const bytes = corpus.files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  console.log(
    `  generated ${size} articles (${shape.name}) in ${corpus.files.length} files, ` +
      `${Math.round(bytes / (size + corpus.duplicateCount))} bytes an item (${s(performance.now() - started)})`,
  );
  return {
    corpus: `synthetic, ${shape.name} (${shape.description}; ${Math.round(bytes / (size + corpus.duplicateCount))} bytes an item)`,
    seedFiles: corpus.files.length,
    duplicates: corpus.duplicateCount,
  };
}

/** Digest items whose title occurs more than once across the texts (extra occurrences). */
export function countRepeatedDigestTitles(texts: readonly string[]): number {
  const titles: string[] = [];
  for (const text of texts) {
    const blocks = text
      .replace(/\r\n?/g, "\n")
      .split(/\n\s*\n/)
      .map((b) => b.trim());
    blocks.forEach((b, i) => {
      if (b.length > 0 && b.length < 200 && blocks[i + 1] === b) titles.push(b);
    });
  }
  return titles.length - new Set(titles).size;
}

function packageScripts(dir: string): Record<string, string | undefined> {
  const pkg: unknown = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  if (
    typeof pkg === "object" &&
    pkg !== null &&
    "scripts" in pkg &&
    typeof pkg.scripts === "object" &&
    pkg.scripts !== null
  ) {
    return pkg.scripts as Record<string, string | undefined>;
  }
  return {};
}
