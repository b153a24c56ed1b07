/**
 * Runs one build step as a child process and measures its wall time, CPU
 * time (user + system of the whole tree, from /proc/self/stat) and peak memory: ru_maxrss via GNU `/usr/bin/time -v` when available, and the
 * summed RSS of the whole process tree, polled from /proc.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readdirSync, rmSync } from "node:fs";

const GNU_TIME = "/usr/bin/time";
const PAGE_SIZE = 4096;
const POLL_MS = 100;
/** sysconf(_SC_CLK_TCK); 100 on Linux. */
const CLOCK_TICKS = 100;

/** Wall time, CPU time and memory of one finished step. */
export interface StepResult {
  readonly wallMs: number;
  /** User + system CPU time of the whole process tree (ms); less sensitive to machine load than wall time. */
  readonly cpuMs: number;
  /** Largest RSS of any single process in the tree (bytes), from `time -v`; undefined without GNU time. */
  readonly maxProcessRss?: number;
  /** Largest sum of RSS over the process tree at any poll (bytes). */
  readonly treeRss: number;
  /** Everything the step printed (stdout and stderr). */
  readonly output: string;
}

/** A step that exited non-zero; carries the tail of its output. */
export class StepError extends Error {}

let gnuTime: boolean | undefined;

/** True when GNU time with `-v` ("Maximum resident set size") is installed. */
export function hasGnuTime(): boolean {
  if (gnuTime === undefined) {
    const probe = existsSync(GNU_TIME)
      ? spawnSync(GNU_TIME, ["-v", "true"], { encoding: "utf8" })
      : undefined;
    gnuTime = probe?.status === 0 && /Maximum resident set size/.test(probe.stderr);
  }
  return gnuTime;
}

/** Runs `command args` in `cwd`, logging to `logFile`; throws StepError on failure. */
export async function runStep(
  label: string,
  command: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly logFile: string; readonly env?: NodeJS.ProcessEnv },
): Promise<StepResult> {
  const timeFile = `${options.logFile}.time`;
  const useTime = hasGnuTime();
  const [cmd, argv] = useTime ? [GNU_TIME, ["-v", "-o", timeFile, command, ...args]] : [command, [...args]];
  const log = openSync(options.logFile, "w");
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const child = spawn(cmd, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", log, log],
  });
  let treeRss = 0;
  const poll = setInterval(() => {
    if (child.pid !== undefined) treeRss = Math.max(treeRss, treeRssOf(child.pid));
  }, POLL_MS);
  const code = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status, signal) => resolve(status ?? (signal ? 128 : 1)));
  }).finally(() => {
    clearInterval(poll);
    closeSync(log);
  });
  const wallMs = performance.now() - started;
  const cpuMs = childrenCpuMs() - cpuBefore;
  const output = readFileSync(options.logFile, "utf8");
  if (code !== 0) {
    const tail = output.split("\n").slice(-40).join("\n");
    throw new StepError(`${label} failed (exit ${code}) in ${options.cwd}; log ${options.logFile}:\n${tail}`);
  }
  const maxProcessRss = useTime ? parseMaxRss(readFileSync(timeFile, "utf8")) : undefined;
  rmSync(timeFile, { force: true });
  const base = { wallMs, cpuMs, treeRss, output };
  return maxProcessRss === undefined ? base : { ...base, maxProcessRss };
}

/**
 * CPU time (ms) of this process's waited-for descendants so far: cutime +
 * cstime from /proc/self/stat, which include grandchildren once reaped.
 */
export function childrenCpuMs(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // cutime and cstime are fields 16 and 17 (1-based), i.e. 13 and 14 here.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
}

/** Parses "Maximum resident set size (kbytes): N" from `time -v` output, in bytes. */
export function parseMaxRss(text: string): number | undefined {
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1]) * 1024;
}

/** Sum of RSS (bytes) of `root` and all its descendants right now. */
export function treeRssOf(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the ")" that closes the command name: state ppid ... (rss is field 24).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * PAGE_SIZE);
      const list = children.get(ppid);
      if (list) list.push(pid);
      else children.set(ppid, [pid]);
    } catch {
      // The process exited while we were reading it.
    }
  }
  let total = 0;
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
