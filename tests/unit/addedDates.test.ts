import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { earliestAdded, parseAddedLog, readAddedDates } from "../../src/lib/addedDates.ts";

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
        { kind: "added", date: "2026-11-23" },
        { kind: "added", date: "2025-01-02" },
        { kind: "not yet added" },
      ]),
    ).toEqual({ kind: "added", date: "2025-01-02" });
    expect(earliestAdded([{ kind: "not yet added" }, { kind: "undated" }])).toEqual({
      kind: "not yet added",
    });
    expect(earliestAdded([{ kind: "undated" }])).toEqual({ kind: "undated" });
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
      const paths = ["seeds/old.txt", "seeds/moved.txt", "seeds/draft.txt", "seeds/staged.txt"];
      const a = readAddedDates({ cwd: dir, paths });
      expect(a.warning).toBeNull();
      expect(a.get("seeds/old.txt")).toEqual({ kind: "added", date: "2023-05-17" });
      expect(a.get("seeds/moved.txt")).toEqual({ kind: "added", date: "2026-11-25" });
      expect(a.get("seeds/draft.txt")).toEqual({ kind: "not yet added" });
      expect(a.get("seeds/staged.txt")).toEqual({ kind: "not yet added" });
      const b = readAddedDates({ cwd: dir, paths });
      expect(paths.map((p) => b.get(p))).toEqual(paths.map((p) => a.get(p)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("warns once, naming the cause, outside a repository", () => {
    const dir = mkdtempSync(join(tmpdir(), "norepo-"));
    try {
      const a = readAddedDates({ cwd: dir, paths: ["seeds/x.txt"] });
      expect(a.warning).toMatch(/not a git repository/);
      expect(a.get("seeds/x.txt")).toEqual({ kind: "undated" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("readAddedDates without a git binary", () => {
  it("falls back to undated and names the missing binary", () => {
    const a = readAddedDates({ cwd: tmpdir(), paths: ["seeds/x.txt"], git: "/nonexistent/git" });
    expect(a.warning).toMatch(/no git binary/);
    expect(a.get("seeds/x.txt")).toEqual({ kind: "undated" });
  });
});
