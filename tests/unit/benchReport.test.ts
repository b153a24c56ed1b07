import { describe, expect, it } from "vitest";
import { checkBudgets, renderTable } from "../bench/lib/report.ts";
import type { RunSample, SizeResult } from "../bench/lib/types.ts";

/** One run of a 10,000-article bench: a build ratio of `ratio`, an ingest of `ingestMs`. */
function run(ratio: number, ingestMs: number, rss = 1.4e9): RunSample {
  return {
    ingestMs,
    warmIngestMs: 1500,
    astroMs: 20_000,
    siteMs: 16_000 * ratio,
    bareMs: 16_000,
    siteCpuMs: 30_000,
    bareCpuMs: 15_000,
    siteMaxProcessRss: rss,
    siteTreeRss: rss,
    bareMaxProcessRss: 1.3e9,
    bareTreeRss: 1.3e9,
    dist: { pages: 12_000, largestPageBytes: 50_000, largestPage: "index.html", totalBytes: 1e8 },
    barePages: 10_000,
    articles: 10_000,
    load: 1,
  };
}

function result(runs: RunSample[]): SizeResult {
  return {
    size: 10_000,
    shape: "digests",
    corpus: "synthetic",
    seedFiles: 849,
    duplicates: 460,
    runs,
    search: "n/a",
  };
}

/** The table's cell for the row whose label starts with `label`. */
function cellOf(table: string, label: string): string {
  const row = table.split("\n").find((line) => line.startsWith(`| ${label}`));
  if (row === undefined) throw new Error(`no row ${label}`);
  return row.split(" | ")[1] ?? "";
}

describe("the bench's table flags a figure as its budget list does", () => {
  it("judges the build ratio and the ingest by the median of the runs", () => {
    // Median within budget, one run over: the budget (issue #19) is on the median.
    const within = result([run(1.34, 2300), run(1.2, 2400), run(1.51, 2600)]);
    expect(cellOf(renderTable([within]), "**Build ratio**")).not.toContain("OVER");
    expect(cellOf(renderTable([within]), "Ingest time (")).not.toContain("OVER");
    expect(
      checkBudgets([within])
        .filter((c) => c.status === "over")
        .map((c) => c.name),
    ).toEqual([]);
    // Median over: flagged in both places.
    const over = result([run(1.55, 3050), run(1.54, 2690), run(1.6, 3120)]);
    expect(cellOf(renderTable([over]), "**Build ratio**")).toContain("OVER BUDGET");
    expect(cellOf(renderTable([over]), "Ingest time (")).toContain("OVER BUDGET");
    expect(
      checkBudgets([over])
        .filter((c) => c.status === "over")
        .map((c) => c.name),
    ).toEqual(["build ratio @10,000", "ingest @10,000"]);
  });

  it("judges peak memory by the largest run", () => {
    const one = result([run(1.3, 2000), run(1.3, 2000, 2.2e9), run(1.3, 2000)]);
    expect(cellOf(renderTable([one]), "**Peak RSS**")).toContain("OVER BUDGET");
    expect(
      checkBudgets([one])
        .filter((c) => c.status === "over")
        .map((c) => c.name),
    ).toEqual(["peak RSS @10,000"]);
  });
});
