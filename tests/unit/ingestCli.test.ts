/**
 * `npm run ingest` as an editor meets it: a summary on success; on bad input, every problem as
 * `seeds/<file>:<line>: reason`, a non-zero exit, and the published folder left byte-identical.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCUMENTS_FILE, parseDocuments } from "../../src/lib/search/documentsFile.ts";
import { generateCorpus, readSeedTexts } from "../bench/generateCorpus.ts";
import { SEEDS_DIR } from "../support/realSeeds.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
/** The ingest as `npm run ingest` runs it: Node itself, stripping the TypeScript types. */
const node = [process.execPath, "--experimental-strip-types"] as const;
let work: string;

/** Runs the ingest in `work` with relative paths, as an editor would from the project root. */
async function ingest(
  seeds: string,
  out = "out",
  extra: readonly string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      node[0],
      [node[1], path.join(root, "scripts/ingest.ts"), "--seeds", seeds, "--out", out, ...extra],
      {
        cwd: work,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every file of a folder (recursively) with its bytes, for byte-identical comparisons. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), "base64")]),
  );
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "ingest-cli-"));
  cpSync(SEEDS_DIR, path.join(work, "seeds"), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run ingest", () => {
  it("publishes the real seeds and prints the summary", async () => {
    const result = await ingest("seeds");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "5 files read, 41 article occurrences, 37 unique articles, 4 duplicates merged, 0 warnings",
    );
    expect(readdirSync(path.join(work, "out")).filter((f) => f.endsWith(".md"))).toHaveLength(37);
  }, 60_000);

  it("writes the search documents next to the articles, in digest order", async () => {
    const docs = parseDocuments(readFileSync(path.join(work, "out", DOCUMENTS_FILE), "utf8"));
    expect(docs).toHaveLength(37);
    const dated = docs.filter((d) => d.date !== undefined).map((d) => d.date ?? "");
    expect(dated).toEqual([...dated].sort().reverse());
    expect(docs.every((d) => d.blocks.length > 0 && d.title !== "")).toBe(true);
  });

  it("writes the same bytes whatever the number of worker threads", async () => {
    const corpus = generateCorpus({ count: 400, sources: readSeedTexts(SEEDS_DIR), seed: "workers" });
    const seeds = mkdtempSync(path.join(work, "synthetic-"));
    for (const f of corpus.files) writeFileSync(path.join(seeds, f.name), f.content);
    const outputs = [];
    for (const workers of ["0", "1", "3"]) {
      const result = await ingest(path.relative(work, seeds), `out-w${workers}`, ["--workers", workers]);
      expect(result.code, result.stderr).toBe(0);
      outputs.push(snapshot(path.join(work, `out-w${workers}`)));
    }
    expect(Object.keys(outputs[0] ?? {}).filter((f) => f.endsWith(".md"))).toHaveLength(400);
    expect(Object.keys(outputs[0] ?? {})).toContain(DOCUMENTS_FILE);
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
  }, 120_000);

  it("writes byte-identical Markdown from the same seeds", async () => {
    const first = snapshot(path.join(work, "out"));
    await ingest("seeds");
    expect(snapshot(path.join(work, "out"))).toEqual(first);
  }, 60_000);

  it.each([
    ["invalid UTF-8", Buffer.from([...Buffer.from("One\n\nOne\n\n"), 0xc3, 0x28, 0x0a]), 5],
    ["a title pair with no body", Buffer.from("One\n\nOne\n\nTwo\n\nTwo\n\nBody.\n"), 1],
    ["a file with no article", Buffer.from("\n\n"), 1],
    ["a body with no title", Buffer.from("Text with no title.\n\nOne\n\nOne\n\nBody.\n"), 1],
    ["an article page with no title", Buffer.from("\n\n17 mayo 2023\n\nBody.\n"), 3],
  ])(
    "rejects %s with file:line, exits non-zero and leaves the output untouched",
    async (_, bytes, line) => {
      const published = () => snapshot(path.join(work, "out"));
      const before = published();
      const seeds = mkdtempSync(path.join(work, "bad-"));
      cpSync(SEEDS_DIR, seeds, { recursive: true });
      writeFileSync(path.join(seeds, "900_bad.txt"), bytes);
      const result = await ingest(path.relative(work, seeds));
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(`${path.join(path.relative(work, seeds), "900_bad.txt")}:${line}: `);
      expect(published()).toEqual(before);
      expect(readdirSync(work).filter((name) => name.includes(".staging-"))).toEqual([]);
    },
    60_000,
  );

  it("reports every problem of a run, across files", async () => {
    const seeds = mkdtempSync(path.join(work, "many-"));
    writeFileSync(path.join(seeds, "a.txt"), "One\n\nOne\n\nTwo\n\nTwo\n\nBody.\n");
    writeFileSync(path.join(seeds, "b.txt"), "\n");
    const result = await ingest(path.relative(work, seeds), "other-out");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("a.txt:1: ");
    expect(result.stderr).toContain("b.txt:1: ");
  }, 60_000);
});
