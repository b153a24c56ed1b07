/**
 * Lists the seed files of a folder: every `*.txt` (any case), in name order. Anything else in
 * the folder is named in a warning; a `*.txt` that is a folder, a dangling symlink, a symlink
 * leading outside the folder or unreadable is a `file: reason` problem, never a raw error.
 */
import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { SeedInput } from "../ingest/collect.ts";

/** The seed folder's files, with what could not be read and what was ignored. */
export interface SeedFolder {
  readonly files: SeedInput[];
  /** `name: reason`, for *.txt entries that cannot be read as seed files. */
  readonly problems: string[];
  /** `name: reason`, for entries that are not seed files. */
  readonly warnings: string[];
}

/** True when a name is a seed file's: ends in .txt, in any case. */
export function isSeedName(name: string): boolean {
  return /\.txt$/iu.test(name);
}

/** Files read at the same time. */
const READ_AT_ONCE = 64;

/** Reads every seed file of `dir` (whose own listing may throw: the caller reports that). */
export async function readSeedFolder(dir: string): Promise<SeedFolder> {
  const root = await realpath(dir);
  const names = (await readdir(dir)).sort();
  // Many files at a time: one after the other waited 0.4 ms per file on the file system. A bound
  // keeps a folder of 100,000 files from opening them all at once.
  const read: Awaited<ReturnType<typeof readEntry>>[] = [];
  for (let i = 0; i < names.length; i += READ_AT_ONCE) {
    read.push(
      ...(await Promise.all(names.slice(i, i + READ_AT_ONCE).map((name) => readEntry(dir, root, name)))),
    );
  }
  return {
    files: read.flatMap((r) => (r.file ? [r.file] : [])),
    problems: read.flatMap((r) => (r.problem ? [r.problem] : [])),
    warnings: read.flatMap((r) => (r.warning ? [r.warning] : [])),
  };
}

/** One entry of the seed folder: a seed file, a problem or a warning. */
async function readEntry(
  dir: string,
  root: string,
  name: string,
): Promise<{ file?: SeedInput; problem?: string; warning?: string }> {
  const full = path.join(dir, name);
  if (!isSeedName(name)) {
    const what = (await lstat(full).catch(() => undefined))?.isDirectory() ? "folder" : "file";
    return { warning: `${name}: ignored: this ${what} is not a seed file (seed files end in .txt)` };
  }
  const problem = await whyNotReadable(full, root);
  if (problem) return { problem: `${name}: ${problem}` };
  try {
    return { file: { name, bytes: await readFile(full) } };
  } catch (error) {
    return {
      problem: `${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}); check its permissions`,
    };
  }
}

async function whyNotReadable(full: string, root: string): Promise<string | undefined> {
  const link = await lstat(full);
  if (link.isSymbolicLink()) {
    const target = await realpath(full).catch(() => undefined);
    if (target === undefined)
      return "a symlink to nothing (its target does not exist); remove it or restore the target";
    const relative = path.relative(root, target);
    if (relative.startsWith("..") || path.isAbsolute(relative)) {
      return "refused: a symlink pointing outside the seed folder; copy the file into the folder instead";
    }
  }
  const info = await stat(full);
  if (info.isDirectory()) return "is a folder, not a text file; rename or remove it";
  if (!info.isFile()) return "is not a regular file; replace it with a text file";
  return undefined;
}
