/**
 * Makes text safe to print on a terminal: control characters (C0, DEL, C1, so ANSI escape
 * sequences too), line and paragraph separators and bidi controls are written as escapes
 * (`\n`, `\x1b`, `\u202e`), so seed text or a file name can neither drive the terminal nor
 * print a line that looks like another message. Pure.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\\]/gu;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\" };

/** `text` with every unprintable character escaped. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
