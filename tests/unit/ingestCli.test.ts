/**
 * `npm run ingest` end to end, as an editor meets it: a summary on success; on bad input, every
 * problem as `seeds/<file>:<line>: reason`, a non-zero exit, and the published folder left
 * byte-identical. What the pipeline makes is tested through it (pipeline.test.ts); hostile input
 * through this same CLI in hostile.test.ts.
 */
import { execFile } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { DOCUMENTS_FILE } from "../../src/lib/search/build/documentsFile.ts";
import { realReport, SEEDS_DIR } from "../support/realSeeds.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "ingest-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the ingest as `npm run ingest` does (its bundle, from scripts/runIngest.mjs), from `work`, with relative paths. */
async function ingest(
  seeds: string,
  out = "out",
  ...more: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = [
    "--experimental-strip-types",
    path.join(root, "scripts/runIngest.mjs"),
    "--seeds",
    seeds,
    "--out",
    out,
    ...more,
  ];
  try {
    return { code: 0, ...(await run(process.execPath, args, { cwd: work })) };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every file of a folder with its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), "utf8")]),
  );
}

describe("npm run ingest", () => {
  it("publishes the real seeds, then refuses a bad seed file and leaves them untouched", async () => {
    cpSync(SEEDS_DIR, path.join(work, "seeds"), { recursive: true });
    const good = await ingest("seeds");
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toContain(
      "5 files read, 41 article occurrences, 37 unique articles, 4 duplicates merged, 0 warnings",
    );
    const published = snapshot(path.join(work, "out"));
    const expected = Object.fromEntries(realReport().files.map((f) => [f.name, f.text]));
    expect(published).toEqual({ ...expected, [DOCUMENTS_FILE]: realReport().documents });

    writeFileSync(path.join(work, "seeds", "900_bad.txt"), "One\n\nOne\n\nTwo\n\nTwo\n\nBody.\n");
    writeFileSync(path.join(work, "seeds", "901_bad.txt"), "\n");
    const bad = await ingest("seeds");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${path.join("seeds", "900_bad.txt")}:1: `);
    expect(bad.stderr).toContain(`${path.join("seeds", "901_bad.txt")}:1: `);
    expect(bad.stderr).toContain("ingest failed: 2 problem(s); nothing was written to out");
    expect(snapshot(path.join(work, "out"))).toEqual(published);
    expect(readdirSync(work).filter((name) => name.includes(".staging-"))).toEqual([]);
  }, 60_000);

  it("writes the same files on worker threads as on one thread", async () => {
    const seeds = path.join(work, "thread-seeds");
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    const threaded = await ingest("thread-seeds", "threaded", "--workers", "1");
    expect(threaded.code, threaded.stderr).toBe(0);
    const expected = Object.fromEntries(realReport().files.map((f) => [f.name, f.text]));
    expect(snapshot(path.join(work, "threaded"))).toEqual({
      ...expected,
      [DOCUMENTS_FILE]: realReport().documents,
    });
  }, 60_000);

  it("on a rebuild keeps the files of unchanged articles and rewrites only the changed ones", async () => {
    const seeds = path.join(work, "rebuild-seeds");
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    expect((await ingest("rebuild-seeds")).code).toBe(0);
    const out = path.join(work, "out");
    const before = new Map(readdirSync(out).map((name) => [name, statSync(path.join(out, name)).ino]));
    // One new article at the end of the last seed file: every other file stays as it was.
    const last = readdirSync(seeds).sort().at(-1) ?? "";
    appendFileSync(
      path.join(seeds, last),
      "\n\nA New Rebuild Article\n\nA New Rebuild Article\n\nIts body.\n",
    );
    const again = await ingest("rebuild-seeds");
    expect(again.code, again.stderr).toBe(0);
    const after = snapshot(out);
    const added = Object.keys(after).filter((name) => !before.has(name));
    expect(added).toHaveLength(1);
    const kept = [...before].filter(([name, ino]) => statSync(path.join(out, name)).ino === ino);
    const changed = [...before.keys()].filter((name) => !kept.some(([k]) => k === name));
    // The articles whose related list now names the new one, and the search documents, change.
    expect(changed).toContain(DOCUMENTS_FILE);
    expect(kept.length).toBeGreaterThan(before.size / 2);
    // And the folder is byte for byte what an ingest from scratch writes.
    expect((await ingest("rebuild-seeds", "scratch")).code).toBe(0);
    expect(after).toEqual(snapshot(path.join(work, "scratch")));
  }, 60_000);
});
