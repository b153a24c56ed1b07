/**
 * Turns the raw bytes of a seed file into clean lines.
 *
 * Tolerates a UTF-8 BOM, CRLF/CR line endings, trailing spaces and a missing final newline.
 * Never guesses an encoding: every line holding bytes that are not UTF-8 is reported, and text
 * that looks like UTF-16 is named as such. Line numbers count LF, CRLF and a lone CR as one
 * break each, as editors do. Control characters (C0 but tab, DEL, C1, U+FFFE, U+FFFF), which
 * XML 1.0 forbids or terminals obey, are removed with one warning per line.
 *
 * Linear in the input: one pass over the bytes, one split, no end-anchored regular expression.
 */

/** A line of a seed file: its 1-based number and its text without line ending or trailing spaces. */
export interface SeedLine {
  readonly line: number;
  readonly text: string;
}

/** A line that is not UTF-8: where, and what the editor should do. */
export interface DecodeError {
  readonly line: number;
  readonly message: string;
}

/** The decoded file (with a warning per line where control characters were removed), or every undecodable line. */
export type DecodeResult =
  | { readonly ok: true; readonly lines: SeedLine[]; readonly warnings: DecodeError[] }
  | { readonly ok: false; readonly errors: DecodeError[] };

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** At most this many undecodable lines are reported per file; the rest are counted. */
const MAX_REPORTED = 50;

/** Characters removed from seed text: C0 controls but tab, DEL, C1 controls, U+FFFE, U+FFFF, lone surrogates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]|\p{Cs}/gu;

/**
 * CONTROL less the line breaks the lines are split on, and less lone surrogates, which
 * `isWellFormed` finds natively: when the whole text has neither, no line has. Over code units
 * (no `u` flag, no surrogate in the class), which V8 scans several times faster.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_BUT_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;

/** U+XXXX for a character. */
export function codePoint(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Decodes UTF-8 bytes into numbered, right-trimmed lines; reports every line that is not UTF-8. */
export function decodeSeed(bytes: Uint8Array): DecodeResult {
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) {
    return {
      ok: false,
      errors: [{ line: 1, message: `not UTF-8 (looks like UTF-16 ${utf16}); save the file as UTF-8` }],
    };
  }
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    return { ok: false, errors: invalidLines(bytes) };
  }
  const warnings: DecodeError[] = [];
  const controls = !text.isWellFormed() || CONTROL_BUT_BREAKS.test(text);
  const lines = rawLines(bytes, text).map((raw, index) => {
    let clean = raw;
    if (controls && CONTROL.test(raw)) {
      const found = raw.match(CONTROL) ?? [];
      const first = found[0] ?? "";
      const more = found.length > 1 ? ` and ${found.length - 1} more` : "";
      warnings.push({
        line: index + 1,
        message: `removed control character ${codePoint(first)}${more} from this line; remove it from the seed`,
      });
      clean = raw.replace(CONTROL, "");
    }
    CONTROL.lastIndex = 0;
    // trimEnd is linear; /\s+$/ is quadratic on a long run of white space not at the end.
    return { line: index + 1, text: clean.trimEnd() };
  });
  return { ok: true, lines, warnings };
}

/** Decodes a line's bytes, keeping a U+FEFF it starts with (only the file's first BOM is dropped). */
const lineDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The lines of `text`, the valid UTF-8 `bytes` decoded, without a leading BOM (or two): as
 * `text.split` at each CRLF, CR or LF would give them. A file with any non-ASCII byte is
 * decoded again line by line, from its bytes: a string cut from a text that holds one character
 * beyond Latin-1 takes two bytes a character, and so would every title and paragraph of the
 * file, in memory, between threads and in the read cache; a line decoded alone takes one unless
 * it holds such a character itself.
 */
function rawLines(bytes: Uint8Array, text: string): string[] {
  const whole = text.replace(/^\uFEFF/u, "");
  // As many characters as bytes: every byte is ASCII (and there is no BOM).
  if (text.length === bytes.length) return whole.split(/\r\n|\r|\n/u);
  // The strict decoder dropped a first BOM, and `whole` drops a U+FEFF right after it.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let start = (bom ? 3 : 0) + (whole.length < text.length ? 3 : 0);
  const lines: string[] = [];
  const cut = (end: number) =>
    lines.push(end === start ? "" : lineDecoder.decode(bytes.subarray(start, end)));
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x0a && b !== 0x0d) continue;
    cut(i);
    if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
    start = i + 1;
  }
  cut(bytes.length);
  return lines;
}

/** "LE" or "BE" when the bytes look like UTF-16 text (a BOM, or NUL bytes in every other place). */
function looksLikeUtf16(bytes: Uint8Array): "LE" | "BE" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "BE";
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.3 && evenZero < half * 0.05) return "LE";
  if (evenZero > half * 0.3 && oddZero < half * 0.05) return "BE";
  return undefined;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when it is not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Every line holding an invalid byte sequence, with the byte column of its first one (one pass). */
function invalidLines(bytes: Uint8Array): DecodeError[] {
  const found: Array<{ line: number; column: number; count: number }> = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b === 0x0a || b === 0x0d) {
      i += b === 0x0d && bytes[i + 1] === 0x0a ? 2 : 1;
      line++;
      lineStart = i;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    const last = found.at(-1);
    if (last?.line === line) last.count++;
    else found.push({ line, column: i - lineStart + 1, count: 1 });
    i++;
    while (i < bytes.length && ((bytes[i] ?? 0) & 0xc0) === 0x80) i++; // the rest of the bad sequence
  }
  const errors = found.slice(0, MAX_REPORTED).map(({ line: at, column, count }) => ({
    line: at,
    message: `invalid UTF-8 (first bad byte at byte ${column} of this line${count > 1 ? `, ${count} bad sequences` : ""}); save the file as UTF-8`,
  }));
  const rest = found.slice(MAX_REPORTED);
  if (rest[0]) {
    errors.push({
      line: rest[0].line,
      message: `invalid UTF-8 on ${rest.length} more lines from here; save the file as UTF-8`,
    });
  }
  return errors;
}
