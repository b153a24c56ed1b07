/**
 * The ingest's bundle (scripts/ingestBundle.mjs), in a copy of the project: made on first use,
 * reused while nothing it was made from changes, made again when a file it holds does, and the
 * ingest it runs writes exactly what the pipeline makes.
 */
import { execFile } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ingestEntry } from "../../scripts/ingestBundle.mjs";
import { DOCUMENTS_FILE } from "../../src/lib/search/build/documentsFile.ts";
import { realReport, SEEDS_DIR } from "../support/realSeeds.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const project = mkdtempSync(path.join(tmpdir(), "ingest-bundle-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));
for (const entry of ["package.json", "package-lock.json", "scripts", "src"]) {
  cpSync(path.join(root, entry), path.join(project, entry), {
    recursive: true,
    filter: (from) => !from.includes(`${path.sep}content${path.sep}articles`),
  });
}
// The packages linked one by one, so the copy's node_modules/.cache is its own.
mkdirSync(path.join(project, "node_modules"));
for (const name of readdirSync(path.join(root, "node_modules"))) {
  if (name !== ".cache")
    symlinkSync(path.join(root, "node_modules", name), path.join(project, "node_modules", name));
}
// The seeds outside git, as in a fresh folder: no added dates, as in the pipeline's own report.
cpSync(SEEDS_DIR, path.join(project, "seeds"), { recursive: true });
const bundles = path.join(project, "node_modules", ".cache", "wco-ingest-bundle");

describe("the ingest's bundle", () => {
  it("is made once, reused while its sources stand, and made again when one changes", async () => {
    const warnings: string[] = [];
    const warn = (text: string) => warnings.push(text);
    const first = fileURLToPath(await ingestEntry(project, warn));
    expect(path.dirname(path.dirname(first))).toBe(bundles);
    expect(path.basename(first)).toBe("ingest.mjs");
    expect(readFileSync(first, "utf8")).not.toContain("interface ");
    expect(fileURLToPath(await ingestEntry(project, warn))).toBe(first);

    appendFileSync(path.join(project, "src", "lib", "seed", "slugify.ts"), "\n// An editor's change.\n");
    const second = fileURLToPath(await ingestEntry(project, warn));
    expect(second).not.toBe(first);
    expect(fileURLToPath(await ingestEntry(project, warn))).toBe(second);
    expect(warnings).toEqual([]);
  }, 60_000);

  it("runs an ingest that writes what the pipeline makes, on worker threads too", async () => {
    const expected = {
      ...Object.fromEntries(realReport().files.map((f) => [f.name, f.text])),
      [DOCUMENTS_FILE]: realReport().documents,
    };
    for (const workers of ["0", "1"]) {
      const out = path.join(project, `out-${workers}`);
      const args = [
        "--experimental-strip-types",
        "scripts/runIngest.mjs",
        "--seeds",
        "seeds",
        "--out",
        out,
        "--workers",
        workers,
        "--quiet",
      ];
      await run(process.execPath, args, { cwd: project });
      const written = Object.fromEntries(
        readdirSync(out).map((name) => [name, readFileSync(path.join(out, name), "utf8")]),
      );
      expect(written).toEqual(expected);
    }
  }, 60_000);
});
