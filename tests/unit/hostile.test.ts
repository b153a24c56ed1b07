/**
 * The hostile seed suite (issue 16): every case under tests/fixtures/hostile/ run through the real
 * `npm run ingest`, in a fresh folder, against its expected outcome beside it.
 *
 * A case is `<case>.txt`, or a folder `<case>/` when it needs several files or odd names, with
 * `<case>.expected.json`: the exit code, the exact lines printed on stderr, and on success how
 * many articles were published. Folders and symlinks, which git holds badly, are made at run time
 * from the expected file's `make` list. For every case, also: no stack trace; on failure the
 * published folder is byte-identical; on success every non-blank line has a role and no written
 * file holds a character XML 1.0 forbids.
 */
import { execFile } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ADDED_WARNING } from "../../src/lib/ingest/addedDates.ts";
import { collectSeeds } from "../../src/lib/ingest/collect.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const HOSTILE = path.join(root, "tests/fixtures/hostile");

/** What a case must produce. */
interface Expected {
  /** The class of issue 16 the case belongs to. */
  readonly class: string;
  readonly code: number;
  /** Every line printed on stderr, exactly, in order. */
  readonly stderr: readonly string[];
  /** On success: how many articles were published. */
  readonly articles?: number;
  /** Lines the published Markdown must contain (text that must not be lost). */
  readonly published?: readonly string[];
  /** Folders and symlinks to make in seeds/ before the run. */
  readonly make?: ReadonlyArray<
    { dir: string } | { symlink: string; to: string } | { file: string; text: string }
  >;
}

/** The expected outcome of a case. */
const expectedOf = (name: string): Expected =>
  JSON.parse(readFileSync(path.join(HOSTILE, `${name}.expected.json`), "utf8")) as Expected;

const cases = readdirSync(HOSTILE)
  .filter((name) => name.endsWith(".expected.json"))
  .map((name) => name.replace(/\.expected\.json$/u, ""))
  .sort();

/** XML 1.0 forbids C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/u;

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), "base64")]),
  );
}

const work = mkdtempSync(path.join(tmpdir(), "hostile-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function ingest(cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [
        "--experimental-strip-types",
        path.join(root, "scripts/ingest.ts"),
        "--seeds",
        "seeds",
        "--out",
        "out",
      ],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("hostile seed suite", () => {
  it("has cases", () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it("has a case for every class of issue 16", () => {
    const classes = new Set(cases.map((name) => /^\d+/u.exec(expectedOf(name).class)?.[0]));
    expect([...classes].map(Number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it.each(cases.map((name) => [expectedOf(name).class, name]))(
    "class %s: %s",
    async (_, name) => {
      const expected = expectedOf(name);
      const dir = path.join(work, name);
      const seeds = path.join(dir, "seeds");
      mkdirSync(seeds, { recursive: true });
      const source = path.join(HOSTILE, name);
      if (existsSync(source) && statSync(source).isDirectory()) cpSync(source, seeds, { recursive: true });
      else cpSync(`${source}.txt`, path.join(seeds, `${name}.txt`));
      for (const item of expected.make ?? []) {
        if ("dir" in item) mkdirSync(path.join(seeds, item.dir), { recursive: true });
        else if ("file" in item) writeFileSync(path.join(seeds, item.file), item.text);
        else symlinkSync(item.to, path.join(seeds, item.symlink));
      }
      // Something already published, which a failed run must leave as it is.
      mkdirSync(path.join(dir, "out"));
      writeFileSync(path.join(dir, "out", "published.md"), '---\ntitle: "Before"\n---\n');
      const before = snapshot(path.join(dir, "out"));

      const result = await ingest(dir);
      const output = result.stdout + result.stderr;
      expect(output, "no stack trace").not.toMatch(/^\s+at .+[:(]/mu);
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(output).not.toMatch(/\u001b/u);
      expect(result.code, result.stderr).toBe(expected.code);
      // The seeds sit in a temporary folder outside any repository: one warning says they are undated.
      const lines = result.stderr.split("\n").filter((l) => l !== "");
      expect(lines.filter((l) => l.includes(ADDED_WARNING))).toHaveLength(1);
      expect(lines.filter((l) => !l.includes(ADDED_WARNING))).toEqual(expected.stderr);
      expect(readdirSync(dir).filter((f) => f.includes(".staging-"))).toEqual([]);
      if (expected.code !== 0) {
        expect(snapshot(path.join(dir, "out"))).toEqual(before);
        return;
      }
      const files = readdirSync(path.join(dir, "out")).filter((f) => f.endsWith(".md"));
      if (expected.articles !== undefined) expect(files).toHaveLength(expected.articles);
      const markdown = files.map((f) => readFileSync(path.join(dir, "out", f), "utf8")).join("\n");
      expect(markdown).not.toMatch(XML_FORBIDDEN);
      for (const text of expected.published ?? []) expect(markdown).toContain(text);
      for (const f of files) expect(Buffer.byteLength(f)).toBeLessThanOrEqual(255);
      // Every non-blank line of every seed .txt file has a role.
      const inputs = readdirSync(seeds, { withFileTypes: true })
        .filter((e) => e.isFile() && /\.txt$/iu.test(e.name))
        .map((e) => ({ name: e.name, bytes: readFileSync(path.join(seeds, e.name)) }));
      const collected = collectSeeds(inputs);
      for (const input of inputs) {
        const roles = collected.roles.get(input.name) ?? new Map();
        const lines = input.bytes
          .toString("utf8")
          .replace(/^\uFEFF/u, "")
          .split(/\r\n|\r|\n/u);
        lines.forEach((text, i) => {
          // eslint-disable-next-line no-control-regex -- finding control characters is the point
          const visible = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/gu, "").trim();
          if (visible !== "") expect(roles.has(i + 1), `${input.name}:${i + 1} has a role`).toBe(true);
        });
      }
    },
    60_000,
  );
});
