/** Result records shared by the bench runner and its report. */
import type { RepeatedSearchLatency } from "../searchLatency.ts";
import type { DistStats, SearchCompression } from "./distStats.ts";

/** Measurements of one cold run at one corpus size. */
export interface RunSample {
  readonly ingestMs: number;
  /** The ingest run again over the same seeds with its read cache warm (not part of the ratio). */
  readonly warmIngestMs: number;
  readonly astroMs: number;
  /** Ingest + astro build (+ postbuild, if the project has one). */
  readonly siteMs: number;
  readonly bareMs: number;
  /** CPU time (user + system, whole tree) of ingest + astro build (+ postbuild), ms. */
  readonly siteCpuMs: number;
  readonly bareCpuMs: number;
  /** Largest single-process RSS during ingest or build (time -v), bytes. */
  readonly siteMaxProcessRss?: number;
  /** Largest summed RSS of the process tree during ingest or build (polled), bytes. */
  readonly siteTreeRss: number;
  readonly bareMaxProcessRss?: number;
  readonly bareTreeRss: number;
  readonly dist: DistStats;
  /** HTML pages the bare baseline built (one per article). */
  readonly barePages: number;
  /** Markdown files the ingest wrote. */
  readonly articles: number;
  /** Highest 1-minute load average seen at the start or end of a step. */
  readonly load: number;
}

/** All runs at one corpus size. */
export interface SizeResult {
  readonly size: number;
  /** The corpus shape's name (config.ts CORPUS_SHAPES), "real seeds" for the real seeds. */
  readonly shape: string;
  /** "real seeds" or "synthetic". */
  readonly corpus: string;
  readonly seedFiles: number;
  /** Articles that appear in two seed files (synthetic corpora). */
  readonly duplicates: number;
  readonly runs: readonly RunSample[];
  readonly search: RepeatedSearchLatency | "n/a";
  /** Search index payload sizes, measured once on the last run's dist/. */
  readonly searchCompression?: SearchCompression;
}
