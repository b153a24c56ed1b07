/**
 * PLUGGABLE HOOK: search latency of a built site, measured in Chromium.
 *
 * Not implemented yet — another engineer will fill this in (serve distDir
 * on 127.0.0.1, open the search page in /usr/bin/chromium with
 * playwright-core, time the first query and a series of typed queries).
 * Until then it returns "n/a" and the bench reports the figures as n/a.
 */

/** Search latency figures in milliseconds. */
export interface SearchLatency {
  /** Time from page load to the first query's results (includes index download). */
  readonly firstQueryMs: number;
  /** Median over the query series, index already loaded. */
  readonly medianMs: number;
  /** 95th percentile over the query series. */
  readonly p95Ms: number;
}

/** Measures search latency on the built site in `distDir`; "n/a" until implemented. */
export async function measureSearchLatency(distDir: string): Promise<SearchLatency | "n/a"> {
  void distDir;
  return "n/a";
}
