/**
 * Runs a build step in a child process beside the page renderer, which keeps one core busy with
 * JavaScript: the child takes the core it leaves idle, and its memory does not add to the
 * renderer's. The child reports once over IPC, `{ ok: true, ...result }` or `{ ok: false, error }`,
 * then exits; a build that ends first does not leave it running.
 */
import { fork } from "node:child_process";

/** What a child reports to its parent. */
export type ChildReply<T> = ({ ok: true } & T) | { ok: false; error: string };

/**
 * Runs `script` (TypeScript, beside the caller) with `args`.
 * @param what names the step in errors ("search index").
 * @returns the child's report, once it has exited with code 0.
 */
export function runChild<T extends object>(
  what: string,
  script: string,
  args: readonly string[],
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, {
      // Node strips the script's TypeScript types itself (a no-op flag on current Node).
      execArgv: ["--experimental-strip-types"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
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

/** Sends the child's report to its parent (in the child). */
export function reply<T extends object>(message: ChildReply<T>): void {
  process.send?.(message);
}
