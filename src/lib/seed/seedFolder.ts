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

/** Reads every seed file of `dir` (whose own listing may throw: the caller reports that). */
export async function readSeedFolder(dir: string): Promise<SeedFolder> {
  const root = await realpath(dir);
  const names = (await readdir(dir)).sort();
  const problems: string[] = [];
  const warnings: string[] = [];
  const files: SeedInput[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    if (!isSeedName(name)) {
      const what = (await lstat(full).catch(() => undefined))?.isDirectory() ? "folder" : "file";
      warnings.push(`${name}: ignored: this ${what} is not a seed file (seed files end in .txt)`);
      continue;
    }
    const problem = await whyNotReadable(full, root);
    if (problem) {
      problems.push(`${name}: ${problem}`);
      continue;
    }
    try {
      files.push({ name, bytes: await readFile(full) });
    } catch (error) {
      problems.push(
        `${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}); check its permissions`,
      );
    }
  }
  return { files, problems, warnings };
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
