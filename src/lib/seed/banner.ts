/**
 * Recognises the WCO website's language-availability banner, which is site chrome.
 *
 * The website prints it in the reader's language; English, French and Spanish forms exist.
 * Never matches article text: anywhere in a file only the banner's fixed opening words count;
 * the looser wording check applies to a file's first line alone, where the banner stands.
 */

const BANNERS: readonly RegExp[] = [
  /^(?:sorry,\s*)?this page is not available in the (?:selected|chosen|requested) language\b/iu,
  /^cette page n['’]est pas disponible dans la langue (?:sélectionnée|selectionnee|choisie|demandée)\b/iu,
  /^esta p[aá]gina no est[aá] disponible en el idioma (?:seleccionado|elegido|solicitado)\b/iu,
];

/** "… not available … language", "… pas disponible … langue", "… no está disponible … idioma". */
const FIRST_LINE: readonly RegExp[] = [
  /\b(?:page|content)\b.{0,40}\bnot available\b.{0,40}\blanguage\b/iu,
  /\bpage\b.{0,40}\bpas disponible\b.{0,40}\blangue\b/iu,
  /\bp[aá]gina\b.{0,40}\bno est[aá] disponible\b.{0,40}\bidioma\b/iu,
];

/** True when a line is the language-availability banner; `first` when it is the file's first line. */
export function isBanner(text: string, first = false): boolean {
  const line = text.trim().normalize("NFC");
  if (BANNERS.some((pattern) => pattern.test(line))) return true;
  return first && line.length <= 300 && FIRST_LINE.some((pattern) => pattern.test(line));
}
