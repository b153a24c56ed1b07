/**
 * Runs git for the ingest: the added date of every seed file of a folder (src/lib/ingest/addedDates.ts
 * says what the dates mean and parses the log).
 */
import { spawnSync } from "node:child_process";
import {
  ADDED_WARNING,
  GIT_LOG_ARGS,
  parseAddedLog,
  type AddedDate,
  type AddedDates,
} from "../src/lib/ingest/addedDates.ts";

export interface ReadOptions {
  /** The seed folder; git finds the repository around it. */
  readonly dir: string;
  /** The seed files' names in the folder. */
  readonly names: readonly string[];
  /** The git binary; tests point it elsewhere to simulate its absence. */
  readonly git?: string;
}

function run(git: string, cwd: string, args: readonly string[]) {
  return spawnSync(git, args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

/** Reads the added dates of the seed files with one `git log` call (plus two cheap queries). */
export function readAddedDates({ dir, names, git = "git" }: ReadOptions): AddedDates {
  const undated = (cause: string): AddedDates => ({
    dates: new Map(names.map((name) => [name, { status: "undated" }])),
    warning: `${ADDED_WARNING}${cause}; every article is undated`,
  });
  const top = run(git, dir, ["rev-parse", "--is-shallow-repository", "--show-prefix"]);
  if (top.error) return undated(`no git binary ("${git}" could not run: ${top.error.message})`);
  if (top.status !== 0) return undated("the seed folder is not in a git repository (no history to read)");
  const [shallowLine = "", prefix = ""] = top.stdout.split("\n");
  const shallow = shallowLine.trim() === "true";

  const log = run(git, dir, [...GIT_LOG_ARGS, "."]);
  // A repository without any commit yet: every seed is a preview.
  const noCommits = log.status !== 0 && /does not have any commits/.test(log.stderr);
  if (log.status !== 0 && !noCommits) return undated(`git log failed (${log.stderr.trim()})`);
  const added = noCommits ? new Map<string, string>() : parseAddedLog(log.stdout);

  // Files that were never committed at all: untracked, or staged as new. Paths are from the repository root.
  const status = run(git, dir, [
    "-c",
    "core.quotePath=false",
    "status",
    "--porcelain",
    "-z",
    "--untracked-files=all",
    "--",
    ".",
  ]);
  const uncommitted = new Set<string>();
  if (status.status === 0) {
    for (const entry of status.stdout.split("\0")) {
      const code = entry.slice(0, 2);
      if (entry.length >= 4 && (code === "??" || code[0] === "A")) uncommitted.add(entry.slice(3));
    }
  }
  const dates = new Map<string, AddedDate>();
  for (const name of names) {
    const path = `${prefix}${name}`;
    const date = added.get(path);
    dates.set(
      name,
      uncommitted.has(path)
        ? { status: "not yet added" }
        : date === undefined
          ? { status: "undated" }
          : { status: "added", date },
    );
  }
  const missing = [...dates.values()].filter((d) => d.status === "undated").length;
  const warning =
    missing === 0
      ? null
      : shallow
        ? `${ADDED_WARNING}shallow clone: the history of ${missing} seed file(s) is missing (fetch with fetch-depth: 0); they are undated`
        : `${ADDED_WARNING}${missing} seed file(s) have no commit adding them; they are undated`;
  return { dates, warning };
}
