/**
 * Issue 16, class 1: the ingest is linear in its input. A 10 MB seed file of adversarial white
 * space and punctuation (runs of spaces, tabs, no-break and zero-width spaces, dots, sentence
 * marks, quotes, dashes, ellipses, brackets and at-signs, in titles and bodies) must ingest in
 * under 2 s. `npm run bench` times it; `hostileSeed` is deterministic.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BudgetCheck } from "./lib/report.ts";

/** The runs that slow a regex with a nested or end-anchored quantifier. */
const RUNS = [
  " ",
  "\t",
  "\u00a0",
  "\u200b",
  ".",
  "!?",
  `'"`,
  "- ",
  ". ",
  "…",
  "(",
  ")",
  "@.",
  "http://",
  "www.",
];

/** A seed file of about `bytes` bytes: title pairs and bodies made of long runs of the above. */
export function hostileSeed(bytes: number): string {
  const pieces: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const unit = RUNS[i % RUNS.length] ?? " ";
    const run = unit.repeat(Math.ceil(100_000 / unit.length));
    const title = `Story ${i} ${run.slice(0, 2_000)} end`;
    const piece = `${title}\n\n${title}\n\nBody ${i} ${run} tail.\n\n${run}x\n\n`;
    pieces.push(piece);
    size += Buffer.byteLength(piece);
  }
  return pieces.join("");
}

/** Budget: the 10 MB file ingests in under this, ms. */
export const HOSTILE_BUDGET_MS = 2_000;

/** Times `npm run ingest`'s script on the 10 MB file `runs` times; the median as a budget row. */
export function timeHostileIngest(projectRoot: string, runs = 3): BudgetCheck {
  const work = mkdtempSync(join(tmpdir(), "bench-hostile-"));
  try {
    writeFileSync(join(work, "hostile.txt"), hostileSeed(10 * 1024 * 1024));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const result = spawnSync(
        process.execPath,
        [
          "--experimental-strip-types",
          join(projectRoot, "scripts/ingest.ts"),
          "--seeds",
          work,
          "--out",
          join(work, `out-${i}`),
          "--quiet",
        ],
        { encoding: "utf8" },
      );
      times.push(performance.now() - started);
      if (result.status !== 0) throw new Error(`hostile ingest failed: ${result.stderr}`);
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
    return {
      name: "hostile 10 MB seed file ingest",
      value: `${(median / 1000).toFixed(2)} s`,
      budget: `< ${HOSTILE_BUDGET_MS / 1000} s`,
      status: median < HOSTILE_BUDGET_MS ? "ok" : "over",
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
