/**
 * How a worker thread or child process reports an error to the process that started it: as
 * text, because an `Error` does not survive `postMessage` or `process.send` with its stack.
 */

/** The stack of an `Error` (or its message when it has none), or the thrown value as a string. */
export function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
