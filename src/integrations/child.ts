/**
 * Runs a build step in a child process beside the page renderer, which keeps one core busy with
 * JavaScript: the child takes the core it leaves idle, and its memory does not add to the
 * renderer's. The child reports once over IPC, `{ ok: true, ...result }` or `{ ok: false, error }`,
 * then exits; a build that ends first does not leave it running.
 *
 * Children run one at a time, in the order asked for: on this 2-core machine two at once beside
 * Astro's content sync slowed the sync by 2.1–2.3 s (7 s alone), one at a time not at all.
 */
import { fork } from "node:child_process";
import { setPriority } from "node:os";
import { compileCacheDir } from "../../scripts/compileCache.ts";

/** What a child reports to its parent. */
export type ChildReply<T> = ({ ok: true } & T) | { ok: false; error: string };

/**
 * Runs `script` (TypeScript, beside the caller) with `args`.
 * @param what names the step in errors ("search index").
 * @param nodeFlags V8 or Node options for the child, beside type stripping.
 * @returns the child's report, once it has exited with code 0.
 */
export function runChild<T extends object>(
  what: string,
  script: string,
  args: readonly string[],
  nodeFlags: readonly string[] = [],
): Promise<T> {
  const run = queue.then(() => spawn<T>(what, script, args, nodeFlags));
  queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

/** Settles when the last child asked for has exited. */
let queue: Promise<void> = Promise.resolve();

function spawn<T extends object>(
  what: string,
  script: string,
  args: readonly string[],
  nodeFlags: readonly string[],
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, {
      // Node strips the script's TypeScript types itself (a no-op flag on current Node).
      execArgv: ["--experimental-strip-types", ...nodeFlags],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      // The project's compile cache (filled when npm install ends): the child's modules load compiled.
      env: compileCacheEnv(),
      // Structured clone: maps and long strings cross without a JSON round trip.
      serialization: "advanced",
    });
    let reply: ChildReply<T> | undefined;
    child.on("message", (message: ChildReply<T>) => {
      reply = message;
    });
    const stop = (): void => {
      child.kill();
    };
    process.once("exit", stop);
    child.once("error", reject);
    child.once("exit", (code) => {
      process.off("exit", stop);
      if (reply?.ok && code === 0) resolve(reply);
      else
        reject(
          new Error(
            reply?.ok === false
              ? `${what}: ${reply.error}`
              : `${what}: the process exited with code ${String(code)}`,
          ),
        );
    });
  });
}

/**
 * Gives the calling child the lowest CPU priority (in the child), so it takes only the CPU time
 * the build leaves idle. Where the system refuses, it runs at normal priority: slower beside the
 * renderer, with the same results.
 */
export function lowerPriority(): void {
  try {
    setPriority(19);
  } catch {
    // Refused: see above.
  }
}

/** Sends the child's report to its parent (in the child). */
export function reply<T extends object>(message: ChildReply<T>): void {
  process.send?.(message);
}

/** The environment of a child: this one's, with Node's compile cache when the project has one. */
function compileCacheEnv(): NodeJS.ProcessEnv {
  const dir = compileCacheDir();
  return dir === undefined ? process.env : { ...process.env, NODE_COMPILE_CACHE: dir };
}
