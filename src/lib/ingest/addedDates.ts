/**
 * When each seed file entered the repository: its "added" date.
 *
 * One `git log` call covers the whole seed folder (never one call per file). Its output is parsed by
 * `parseAddedLog`; `readAddedDates` (scripts/addedDates.ts) runs git and classifies every seed file as
 *   - "added" with the author date (UTC calendar day) of the first commit that added it,
 *   - "not yet added" when it is untracked or staged but never committed (an editor's preview),
 *   - "undated" when there is no history to read (no git binary, not a repository, or a shallow
 *     clone lacking the file's history), with ONE warning naming the cause.
 * Never mtime, never the clock: two builds of one commit get the same dates.
 */
/** Marks a commit header line in the log format below; cannot occur in a path git prints. */
const COMMIT_MARK = "\u0001commit ";

/**
 * The `git log` arguments, before the folder's path: newest first, each added file (renames count as the new name being
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

export type AddedDate =
  | { readonly status: "added"; readonly date: string }
  | { readonly status: "not yet added" }
  | { readonly status: "undated" };

/** The added date of every seed file of a folder, and why some have none when history could not be read. */
export interface AddedDates {
  /** Keyed by the seed file's name in the folder, e.g. "000_x.txt". */
  readonly dates: ReadonlyMap<string, AddedDate>;
  /** One warning naming the cause when some or all files are undated; null when history was read. */
  readonly warning: string | null;
}

/** What every added-date warning starts with. */
export const ADDED_WARNING = "added dates: ";

/** An article's added date over its sources: the earliest "added"; "not yet added" if any source is. */
export function earliestAdded(dates: readonly AddedDate[]): AddedDate {
  const days = dates.flatMap((d) => (d.status === "added" ? [d.date] : [])).sort();
  const [first] = days;
  if (first !== undefined) return { status: "added", date: first };
  return dates.some((d) => d.status === "not yet added")
    ? { status: "not yet added" }
    : { status: "undated" };
}
