/**
 * The language of an article written in a script that the site's English is not: found from the
 * script of its letters (no language model), so that pages and feed items carry the right
 * `lang` and readers' software picks the right fonts, voices and hyphenation.
 */

/**
 * Text with nothing beyond Latin Extended-B holds only Latin letters: the common case, tested
 * first. Over code units, not code points (no `u` flag): the ranges hold no surrogate, so a
 * character beyond the BMP fails it either way, and V8 scans such a class several times faster.
 */
const ONLY_LATIN = /^[\t\n\r\u0020-\u024f\u1e00-\u1eff\u2000-\u206f]*$/;

/** Scripts that name a language well enough, with that language (BCP 47). */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Arabic}/gu, "ar"],
  [/\p{Script=Cyrillic}/gu, "ru"],
  [/\p{Script=Greek}/gu, "el"],
  [/\p{Script=Hebrew}/gu, "he"],
  [/\p{Script=Thai}/gu, "th"],
  [/\p{Script=Devanagari}/gu, "hi"],
  [/\p{Script=Hangul}/gu, "ko"],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, "ja"],
  [/\p{Script=Han}/gu, "zh"],
];

const LATIN = /\p{Script=Latin}/gu;
/** Letters only Ukrainian writes in Cyrillic; Serbian and Macedonian likewise. */
const UKRAINIAN = /[ієїґІЄЇҐ]/u;
const SERBIAN = /[ђћџљњјЂЋЏЉЊЈ]/u;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * The language of `text` when most of its letters are in one non-Latin script, else undefined
 * (the site's English). Japanese is told from Chinese by its kana, Ukrainian and Serbian from
 * Russian by letters only they use.
 */
export function scriptLanguage(text: string): string | undefined {
  if (ONLY_LATIN.test(text)) return undefined;
  const counts = SCRIPTS.map(([pattern, lang]) => ({ lang, n: count(text, pattern) }));
  const kana = counts.find((c) => c.lang === "ja")?.n ?? 0;
  const han = counts.find((c) => c.lang === "zh")?.n ?? 0;
  // Japanese writes Han and kana together: together they are Japanese.
  const scripts =
    kana > 0 ? counts.map((c) => (c.lang === "ja" ? { lang: "ja", n: kana + han } : c)) : counts;
  const best = scripts.reduce((a, b) => (b.n > a.n ? b : a));
  if (best.n === 0 || best.n <= count(text, LATIN)) return undefined;
  if (best.lang === "ru") return UKRAINIAN.test(text) ? "uk" : SERBIAN.test(text) ? "sr" : "ru";
  return best.lang;
}
