/**
 * Turns the raw bytes of a seed file into clean lines.
 *
 * Tolerates a UTF-8 BOM, CRLF/CR line endings, trailing spaces and a missing final newline.
 * Never guesses an encoding: bytes that are not UTF-8 are reported with the line they sit on.
 */

/** A line of a seed file: its 1-based number and its text without line ending or trailing spaces. */
export interface SeedLine {
  readonly line: number;
  readonly text: string;
}

/** The decoded file, or the line of the first byte that is not UTF-8. */
export type DecodeResult =
  | { readonly ok: true; readonly lines: SeedLine[] }
  | { readonly ok: false; readonly line: number; readonly column: number };

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 bytes into numbered, right-trimmed lines; reports the first invalid byte's line. */
export function decodeSeed(bytes: Uint8Array): DecodeResult {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    return { ok: false, ...locateBadByte(bytes) };
  }
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ line: index + 1, text: raw.replace(/[\s\uFEFF]+$/u, "") }));
  return { ok: true, lines };
}

/** Finds the line (and byte column) of the first byte sequence that is not valid UTF-8. */
function locateBadByte(bytes: Uint8Array): { line: number; column: number } {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        strict.decode(bytes.subarray(lineStart, i));
      } catch {
        return { line, column: firstBadColumn(bytes.subarray(lineStart, i)) };
      }
      line++;
      lineStart = i + 1;
    }
  }
  return { line: 1, column: 1 };
}

/** 1-based byte column of the first invalid sequence within one line. */
function firstBadColumn(lineBytes: Uint8Array): number {
  for (let end = 1; end <= lineBytes.length; end++) {
    try {
      // A prefix fails only when it holds a bad sequence (a cut-off tail is not an error in stream mode).
      new TextDecoder("utf-8", { fatal: true }).decode(lineBytes.subarray(0, end), { stream: true });
    } catch {
      let start = end - 1;
      while (start > 0 && ((lineBytes[start] ?? 0) & 0xc0) === 0x80) start--;
      return start + 1;
    }
  }
  return lineBytes.length;
}
