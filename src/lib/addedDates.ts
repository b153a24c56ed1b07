/**
 * When each seed file entered the repository: the "added" date of issue #18.
 *
 * One `git log` call covers all of seeds/ (never one call per file). Its output is parsed by the
 * pure `parseAddedLog`; `readAddedDates` runs git and classifies every seed file as
 *   - "added" with the author date (UTC calendar day) of the first commit that added it,
 *   - "not yet added" when it is untracked or staged but never committed (an editor's preview),
 *   - "undated" when there is no history to read (no git binary, not a repository, or a shallow
 *     clone lacking the file's history), with ONE warning naming the cause.
 * Never mtime, never the clock: two builds of one commit get the same dates.
 *
 * Imports nothing from Astro.
 */
import { spawnSync } from "node:child_process";

/** Marks a commit header line in the log format below; cannot occur in a path git prints. */
const COMMIT_MARK = "\u0001commit ";

/**
 * The `git log` arguments: newest first, each added file (renames count as the new name being
 * added, `--no-renames`), with the commit's author date in strict ISO 8601.
 */
export const GIT_LOG_ARGS = [
  "-c",
  "core.quotePath=false",
  "log",
  "--diff-filter=A",
  "--no-renames",
  "--format=%x01commit %aI",
  "--name-only",
  "-z",
  "--",
  "seeds/",
];

/**
 * Parses `git log` output made with GIT_LOG_ARGS into path → earliest author day (YYYY-MM-DD, UTC).
 * A file added, deleted and re-added keeps its FIRST addition, the day it entered the digest.
 */
export function parseAddedLog(log: string): Map<string, string> {
  const added = new Map<string, string>();
  let day: string | null = null;
  // With -z, names are NUL-separated and the next header follows a NUL (or newline) after them.
  for (const raw of log.split(/\0/)) {
    for (const piece of raw.split("\n")) {
      const token = piece.trim() === "" ? "" : piece;
      if (token === "") continue;
      if (token.startsWith(COMMIT_MARK)) {
        day = utcDay(token.slice(COMMIT_MARK.length).trim());
        continue;
      }
      if (day === null) continue;
      const previous = added.get(token);
      // git log lists newest first, so the last seen is the first addition; compare anyway.
      if (previous === undefined || day < previous) added.set(token, day);
    }
  }
  return added;
}

/** The UTC calendar day of a strict ISO 8601 date with offset, e.g. 2026-11-23T23:30:00-02:00. */
export function utcDay(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`git log: unreadable author date "${iso}"`);
  return new Date(t).toISOString().slice(0, 10);
}

export type AddedDate = { kind: "added"; date: string } | { kind: "not yet added" } | { kind: "undated" };

export interface AddedDates {
  /** Keyed by the seed's path relative to the repository root, e.g. "seeds/000_x.txt". */
  get(path: string): AddedDate;
  /** Why everything is undated, or null when history was read. */
  warning: string | null;
}

export interface ReadOptions {
  /** The repository (working tree) root. */
  cwd: string;
  /** Seed paths relative to cwd, e.g. "seeds/000_x.txt". */
  paths: readonly string[];
  /** The git binary; tests point it elsewhere to simulate its absence. */
  git?: string;
}

function run(git: string, cwd: string, args: string[]) {
  return spawnSync(git, args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

/** Reads the added dates of `paths` with one `git log` call (plus two cheap status queries). */
export function readAddedDates({ cwd, paths, git = "git" }: ReadOptions): AddedDates {
  const undated = (warning: string): AddedDates => ({
    get: () => ({ kind: "undated" }),
    warning,
  });

  const top = run(git, cwd, ["rev-parse", "--is-shallow-repository"]);
  if (top.error) {
    return undated(`no git binary ("${git}" could not run: ${top.error.message}); every article is undated`);
  }
  if (top.status !== 0) {
    return undated("not a git repository (no history to read); every article is undated");
  }
  const shallow = top.stdout.trim() === "true";

  const log = run(git, cwd, GIT_LOG_ARGS);
  // A repository without any commit yet: every seed is a preview.
  const noCommits = log.status !== 0 && /does not have any commits/.test(log.stderr);
  if (log.status !== 0 && !noCommits) {
    return undated(`git log failed (${log.stderr.trim()}); every article is undated`);
  }
  const added = noCommits ? new Map<string, string>() : parseAddedLog(log.stdout);

  // Files that were never committed at all: untracked, or staged as new.
  const status = run(git, cwd, [
    "-c",
    "core.quotePath=false",
    "status",
    "--porcelain",
    "-z",
    "--untracked-files=all",
    "--",
    "seeds/",
  ]);
  const uncommitted = new Set<string>();
  if (status.status === 0) {
    for (const entry of status.stdout.split("\0")) {
      if (entry.length < 4) continue;
      const code = entry.slice(0, 2);
      if (code === "??" || code[0] === "A") uncommitted.add(entry.slice(3));
    }
  }

  const missing = paths.filter((p) => !added.has(p) && !uncommitted.has(p));
  const warning =
    missing.length === 0
      ? null
      : shallow
        ? `shallow clone: the history of ${missing.length} seed file(s) is missing (fetch with fetch-depth: 0); they are undated`
        : `${missing.length} seed file(s) have no commit adding them under seeds/; they are undated`;

  return {
    warning,
    get(path) {
      if (uncommitted.has(path)) return { kind: "not yet added" };
      const date = added.get(path);
      return date === undefined ? { kind: "undated" } : { kind: "added", date };
    },
  };
}

/** An article's added date over its sources: the earliest "added"; "not yet added" if any source is. */
export function earliestAdded(dates: readonly AddedDate[]): AddedDate {
  const days = dates.flatMap((d) => (d.kind === "added" ? [d.date] : [])).sort();
  if (days.length > 0) return { kind: "added", date: days[0]! };
  return dates.some((d) => d.kind === "not yet added") ? { kind: "not yet added" } : { kind: "undated" };
}
