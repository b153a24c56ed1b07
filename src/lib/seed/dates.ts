/**
 * Recognises a date line in English, French or Spanish and returns it as YYYY-MM-DD.
 *
 * Never invents a date: a line is a date only when the whole line states one.
 */

const MONTHS: Readonly<Record<string, number>> = (() => {
  const names: Array<[number, string[]]> = [
    [1, ["january", "jan", "janvier", "janv", "enero", "ene"]],
    [2, ["february", "feb", "février", "fevrier", "févr", "fevr", "fév", "fev", "febrero"]],
    [3, ["march", "mar", "mars", "marzo"]],
    [4, ["april", "apr", "avril", "avr", "abril", "abr"]],
    [5, ["may", "mai", "mayo", "may"]],
    [6, ["june", "jun", "juin", "junio"]],
    [7, ["july", "jul", "juillet", "juil", "julio"]],
    [8, ["august", "aug", "août", "aout", "agosto", "ago"]],
    [9, ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "set"]],
    [10, ["october", "oct", "octobre", "octubre"]],
    [11, ["november", "nov", "novembre", "noviembre"]],
    [12, ["december", "dec", "décembre", "decembre", "déc", "diciembre", "dic"]],
  ];
  const table: Record<string, number> = {};
  for (const [month, words] of names) for (const word of words) table[word] = month;
  return table;
})();

const WEEKDAY =
  "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)";
const MONTH = "([a-zà-ÿ]+)\\.?";
const DAY = "(\\d{1,2})(?:er|st|nd|rd|th|º|°)?";
const YEAR = "(\\d{4})";
const PREFIX = `^(?:${WEEKDAY},?\\s+)?`;

/** "17 mayo 2023", "5 juin 2024", "17 de mayo de 2023", "1er juin 2024". */
const DAY_MONTH_YEAR = new RegExp(`${PREFIX}${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}$`, "iu");
/** "March 12, 2024", "Mar. 12 2024". */
const MONTH_DAY_YEAR = new RegExp(`${PREFIX}${MONTH}\\s+${DAY},?\\s+${YEAR}$`, "iu");
/** "2024-03-12". */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What a line says about a date: none, a valid date, or a date-shaped line naming no real day. */
export type DateLine =
  | { readonly status: "none" }
  | { readonly status: "date"; readonly iso: string }
  | { readonly status: "invalid"; readonly reason: string };

/** Reads a whole line as a date in English, French or Spanish. */
export function parseDateLine(text: string): DateLine {
  const line = text.trim().normalize("NFC");
  let match = ISO.exec(line);
  if (match) return build(Number(match[1]), Number(match[2]), Number(match[3]), line);
  match = DAY_MONTH_YEAR.exec(line);
  if (match) return fromNamedMonth(match[2] ?? "", Number(match[1]), Number(match[3]), line);
  match = MONTH_DAY_YEAR.exec(line);
  if (match) return fromNamedMonth(match[1] ?? "", Number(match[2]), Number(match[3]), line);
  return { status: "none" };
}

function fromNamedMonth(name: string, day: number, year: number, line: string): DateLine {
  const month = MONTHS[name.toLowerCase()];
  if (month === undefined) return { status: "none" };
  return build(year, month, day, line);
}

function build(year: number, month: number, day: number, line: string): DateLine {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    month >= 1 &&
    month <= 12 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  if (!real) return { status: "invalid", reason: `"${line}" looks like a date but names no real day` };
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { status: "date", iso };
}
