/**
 * Formats an article's ISO date for readers.
 *
 * Uses UTC so the printed day never shifts with the build machine's time zone.
 */

const formatter = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** Dates already formatted: a 10k-article build prints the same few thousand days ~20k times. */
const formatted = new Map<string, string>();

/** "2023-05-17" → "17 May 2023". */
export function formatDate(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    text = formatter.format(new Date(`${iso}T00:00:00Z`));
    formatted.set(iso, text);
  }
  return text;
}
