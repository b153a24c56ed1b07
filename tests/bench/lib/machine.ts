/** Describes the machine and checkout a benchmark ran on. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";
import { join } from "node:path";

/** Facts printed above the results table. */
export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly astro: string;
  readonly commit: string;
  readonly date: string;
}

/** Reads CPU model, cores, memory, Node and Astro versions and the git commit. */
export function describeMachine(projectRoot: string): MachineInfo {
  let cpu = "unknown";
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: keep "unknown".
  }
  let astro = "unknown";
  try {
    const pkg: unknown = JSON.parse(
      readFileSync(join(projectRoot, "node_modules", "astro", "package.json"), "utf8"),
    );
    if (typeof pkg === "object" && pkg !== null && "version" in pkg) astro = String(pkg.version);
  } catch {
    // Astro not installed: keep "unknown".
  }
  let commit = "unknown";
  try {
    const git = (...args: string[]): string =>
      execFileSync("git", args, { cwd: projectRoot, encoding: "utf8" }).trim();
    commit =
      git("rev-parse", "--short", "HEAD") +
      // node_modules left out: the bench's worktree links the project's (a symlink, which the
      // .gitignore's "node_modules/" does not match), and installed packages are not the project's code.
      (git("status", "--porcelain", "--", ".", ":(exclude)node_modules").length > 0
        ? " + uncommitted changes"
        : "");
  } catch {
    // Not a git checkout.
  }
  return {
    cpu,
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    astro,
    commit,
    date: new Date().toISOString(),
  };
}
