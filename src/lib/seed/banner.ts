/**
 * Recognises the WCO website's language-availability banner, which is site chrome.
 *
 * The website prints it in the reader's language; English, French and Spanish forms exist.
 * Never matches article text: anywhere in a file only the banner's fixed opening words count,
 * at the start of a sentence; the looser wording check applies to a file's first line alone,
 * where the banner stands.
 *
 * The banner is one sentence ("… English : English."). Copied text sometimes runs it into the
 * article's first sentence on one line; then only the banner sentence is chrome and the rest of
 * the line is article text, which must be published, not dropped with the banner.
 */

/** The banner's fixed opening words, per language. */
const OPENINGS: readonly string[] = [
  String.raw`(?:sorry,\s*)?this page is not available in the (?:selected|chosen|requested) language\b`,
  String.raw`cette page n['’]est pas disponible dans la langue (?:sélectionnée|selectionnee|choisie|demandée)\b`,
  String.raw`esta p[aá]gina no est[aá] disponible en el idioma (?:seleccionado|elegido|solicitado)\b`,
];

/**
 * A banner sentence: an opening at the start of the text or of a sentence, up to its full stop
 * (at most 250 characters later) or the end of the text.
 */
const BANNER_SENTENCE = new RegExp(
  String.raw`(?<=^|[.!?]["'”’)\]]*\s+)(?:${OPENINGS.join("|")})[^.!?]{0,250}(?:[.!?]+(?=\s|$)|$)`,
  "giu",
);

/** Cheap test: text without these words cannot hold a banner. */
const MAY_HOLD_BANNER = /not available|disponible/iu;

/** "… not available … language", "… pas disponible … langue", "… no está disponible … idioma". */
const FIRST_LINE: readonly RegExp[] = [
  /\b(?:page|content)\b.{0,40}\bnot available\b.{0,40}\blanguage\b/iu,
  /\bpage\b.{0,40}\bpas disponible\b.{0,40}\blangue\b/iu,
  /\bp[aá]gina\b.{0,40}\bno est[aá] disponible\b.{0,40}\bidioma\b/iu,
];

/**
 * The text without its banner sentences, white space folded; "" when it is all banner. Text that
 * holds no banner sentence comes back unchanged (the same string).
 */
export function withoutBanners(text: string): string {
  if (!MAY_HOLD_BANNER.test(text)) return text;
  const nfc = text.normalize("NFC");
  const rest = nfc.replace(BANNER_SENTENCE, " ");
  return rest === nfc ? text : rest.replace(/\s+/gu, " ").trim();
}

/** True when a line is the language-availability banner and nothing else; `first` when it is the file's first line. */
export function isBanner(text: string, first = false): boolean {
  const line = text.trim().normalize("NFC");
  const rest = withoutBanners(line);
  if (rest === "") return true;
  return first && rest === line && line.length <= 300 && FIRST_LINE.some((pattern) => pattern.test(line));
}
