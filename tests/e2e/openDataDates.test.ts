/**
 * Issue 18's acceptance, for the open data and the feeds: seed files committed at set author
 * dates give their articles those added dates in /data/articles.json and as the feeds' item
 * dates; a file committed later lists first; an uncommitted file is a preview, in the data but
 * in no feed; and two builds of the same commit are byte-identical.
 * Needs git: without it the tests are skipped with a warning, except in CI, where they fail.
 */
import { execFile, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataArticle } from "../../src/lib/openData/record.ts";
import { listFiles } from "../bench/lib/distStats.ts";
import { cleanBuild, prepareSite } from "../bench/lib/workspace.ts";
import { buildEnv } from "../support/buildEnv.ts";
import { SEEDS_DIR } from "../support/realSeeds.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const hasGit = spawnSync("git", ["--version"]).status === 0;
if (!hasGit && !process.env["CI"]) {
  console.warn("openDataDates.test.ts: SKIPPING the committed-seed build tests: no git binary on PATH");
}

/** Seed files committed, and when; the last real seed file stays uncommitted (a preview). */
const COMMITS = [
  { files: ["000_19b12e054098ac60.txt", "001_ed05e586279a211c.txt"], date: "2024-03-01T10:00:00+00:00" },
  { files: ["002_a0099ca8757c0227.txt", "003_42bc299a23d3b25f.txt"], date: "2025-06-15T23:30:00-02:00" },
] as const;
const ADDED: Record<string, string> = {
  "000_19b12e054098ac60.txt": "2024-03-01",
  "001_ed05e586279a211c.txt": "2024-03-01",
  "002_a0099ca8757c0227.txt": "2025-06-16",
  "003_42bc299a23d3b25f.txt": "2025-06-16",
};

let work: string;

function git(args: string[], date?: string): void {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: work };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  const r = spawnSync("git", ["-c", "user.name=T", "-c", "user.email=t@example.org", ...args], {
    cwd: work,
    env,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
}

async function build(): Promise<Map<string, string>> {
  cleanBuild(work);
  const env = buildEnv({ SITE_URL: "https://example.org", BASE_PATH: "/digest/" });
  const bin = (p: string) => path.join(work, "node_modules", p);
  await run(process.execPath, [bin("tsx/dist/cli.mjs"), "scripts/ingest.ts", "--quiet"], { cwd: work, env });
  await run(process.execPath, [bin("astro/bin/astro.mjs"), "build", "--silent"], { cwd: work, env });
  const dist = path.join(work, "dist");
  return new Map(listFiles(dist).map((f) => [path.relative(dist, f), readFileSync(f, "base64")]));
}

const read = (file: string): string => readFileSync(path.join(work, "dist", file), "utf8");

let first: Map<string, string>;
let articles: DataArticle[];

describe.skipIf(!hasGit && !process.env["CI"])("seed files committed at set dates", () => {
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "digest-dates-"));
    prepareSite(root, work, path.join(root, "node_modules"));
    cpSync(SEEDS_DIR, path.join(work, "seeds"), { recursive: true });
    for (const { files, date } of COMMITS) {
      git(["add", ...files.map((f) => `seeds/${f}`)]);
      git(["commit", "--quiet", "-m", `seeds ${date}`], date);
    }
    first = await build();
    articles = (JSON.parse(read("data/articles.json")) as { articles: DataArticle[] }).articles;
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("gives each article the earliest commit day of its seed files, in articles.json", () => {
    for (const a of articles) {
      const days = a.sources.flatMap((s) => ADDED[s] ?? []).sort();
      expect(a.dates.added, a.id).toBe(days[0] ?? null);
      expect(a.dates.preview, a.id).toBe(days.length === 0);
    }
    expect(articles.some((a) => a.dates.preview)).toBe(true);
  });

  it("lists the previews first, then the file committed later before the earlier one", () => {
    const kinds = articles.map((a) => (a.dates.preview ? "preview" : a.dates.listing));
    const firstDated = kinds.findIndex((k) => k !== "preview");
    expect(kinds.slice(firstDated).includes("preview")).toBe(false);
    const undated = articles.filter((a) => !a.dates.preview && a.dates.source === null);
    const later = undated.findIndex((a) => a.dates.added === "2024-03-01");
    expect(undated.slice(0, later).every((a) => a.dates.added === "2025-06-16")).toBe(true);
    expect(later).toBeGreaterThan(0);
  });

  it("dates every feed item by the listing date, and keeps previews out of the feeds", () => {
    const listed = articles.filter((a) => !a.dates.preview);
    const feed = JSON.parse(read("feed.json")) as { items: { url: string; date_published: string }[] };
    expect(feed.items.map((i) => [i.url, i.date_published])).toEqual(
      listed.map((a) => [a.url, `${a.dates.listing ?? ""}T00:00:00Z`]),
    );
    const rss = read("rss.xml");
    const pubDates = [
      ...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<pubDate>([^<]+)<\/pubDate>/gu),
    ].map((m) => [m[1], new Date(m[2] ?? "").toISOString().slice(0, 10)]);
    expect(pubDates).toEqual(listed.map((a) => [a.url, a.dates.listing]));
  });

  it("gives a byte-identical dist/ when the same commit is built again", async () => {
    const second = await build();
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    expect([...second].filter(([file, bytes]) => first.get(file) !== bytes).map(([file]) => file)).toEqual(
      [],
    );
  }, 300_000);
});
