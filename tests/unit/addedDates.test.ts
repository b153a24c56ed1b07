import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readAddedDates } from "../../scripts/addedDates.ts";
import { ADDED_WARNING, earliestAdded, parseAddedLog } from "../../src/lib/ingest/addedDates.ts";

const hasGit = spawnSync("git", ["--version"]).status === 0;
if (!hasGit) {
  console.warn("addedDates.test.ts: SKIPPING the temp-repository tests: no git binary on PATH");
}

function git(cwd: string, args: string[], date?: string) {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: cwd };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  const r = spawnSync("git", ["-c", "user.name=T", "-c", "user.email=t@example.org", ...args], {
    cwd,
    env,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

describe("parseAddedLog", () => {
  it("keeps the first addition of a file re-added later, in UTC days", () => {
    const log =
      "\u0001commit 2026-11-24T01:00:00+05:00\n\nseeds/a.txt\0seeds/b.txt\0" +
      "\u0001commit 2023-05-17T23:30:00-02:00\n\nseeds/a.txt\0";
    const m = parseAddedLog(log);
    expect(m.get("seeds/a.txt")).toBe("2023-05-18");
    expect(m.get("seeds/b.txt")).toBe("2026-11-23");
  });
});

describe("earliestAdded", () => {
  it("takes the earliest added source; preview only when no source is committed", () => {
    expect(
      earliestAdded([
        { status: "added", date: "2026-11-23" },
        { status: "added", date: "2025-01-02" },
        { status: "not yet added" },
      ]),
    ).toEqual({ status: "added", date: "2025-01-02" });
    expect(earliestAdded([{ status: "not yet added" }, { status: "undated" }])).toEqual({
      status: "not yet added",
    });
    expect(earliestAdded([{ status: "undated" }])).toEqual({ status: "undated" });
  });
});

describe.skipIf(!hasGit)("readAddedDates on a temporary repository", () => {
  it("dates committed, renamed, re-added and uncommitted seeds without the clock", () => {
    const dir = mkdtempSync(join(tmpdir(), "added-"));
    try {
      mkdirSync(join(dir, "seeds"));
      git(dir, ["init", "-q"]);
      writeFileSync(join(dir, "seeds/old.txt"), "old");
      git(dir, ["add", "."]);
      git(dir, ["commit", "-qm", "old"], "2023-05-17T12:00:00Z");
      writeFileSync(join(dir, "seeds/new.txt"), "new");
      git(dir, ["add", "."]);
      git(dir, ["commit", "-qm", "new"], "2026-11-23T12:00:00Z");
      renameSync(join(dir, "seeds/new.txt"), join(dir, "seeds/moved.txt"));
      git(dir, ["add", "-A"]);
      git(dir, ["commit", "-qm", "move"], "2026-11-25T12:00:00Z");
      rmSync(join(dir, "seeds/old.txt"));
      git(dir, ["add", "-A"]);
      git(dir, ["commit", "-qm", "drop"], "2026-11-26T12:00:00Z");
      writeFileSync(join(dir, "seeds/old.txt"), "old again");
      git(dir, ["add", "-A"]);
      git(dir, ["commit", "-qm", "re-add"], "2026-11-27T12:00:00Z");
      writeFileSync(join(dir, "seeds/old.txt"), "old, edited and not committed");
      writeFileSync(join(dir, "seeds/draft.txt"), "draft");
      writeFileSync(join(dir, "seeds/staged.txt"), "staged");
      git(dir, ["add", "seeds/staged.txt"]);
      const names = ["old.txt", "moved.txt", "draft.txt", "staged.txt"];
      const a = readAddedDates({ dir: join(dir, "seeds"), names });
      expect(a.warning).toBeNull();
      expect(a.dates.get("old.txt")).toEqual({ status: "added", date: "2023-05-17" });
      expect(a.dates.get("moved.txt")).toEqual({ status: "added", date: "2026-11-25" });
      expect(a.dates.get("draft.txt")).toEqual({ status: "not yet added" });
      expect(a.dates.get("staged.txt")).toEqual({ status: "not yet added" });
      const b = readAddedDates({ dir: join(dir, "seeds"), names });
      expect(b.dates).toEqual(a.dates);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("warns once, naming the cause, outside a repository", () => {
    const dir = mkdtempSync(join(tmpdir(), "norepo-"));
    try {
      const a = readAddedDates({ dir, names: ["x.txt"] });
      expect(a.warning).toMatch(/not in a git repository/);
      expect(a.warning?.startsWith(ADDED_WARNING)).toBe(true);
      expect(a.dates.get("x.txt")).toEqual({ status: "undated" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("readAddedDates without a git binary", () => {
  it("falls back to undated and names the missing binary", () => {
    const a = readAddedDates({ dir: tmpdir(), names: ["x.txt"], git: "/nonexistent/git" });
    expect(a.warning).toMatch(/no git binary/);
    expect(a.dates.get("x.txt")).toEqual({ status: "undated" });
  });
});
