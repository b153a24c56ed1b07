/**
 * Recognises the WCO website's language-availability banner, which is site chrome.
 *
 * The website prints it in the reader's language; English, French and Spanish forms exist.
 * Never matches article text: the patterns anchor on the banner's fixed opening words.
 */

const BANNERS: readonly RegExp[] = [
  /^this page is not available in the (?:selected|chosen) language\b/iu,
  /^cette page n['’]est pas disponible dans la langue (?:sélectionnée|selectionnee|choisie)\b/iu,
  /^esta p[aá]gina no est[aá] disponible en el idioma seleccionado\b/iu,
];

/** True when a line is the language-availability banner in English, French or Spanish. */
export function isBanner(text: string): boolean {
  const line = text.trim().normalize("NFC");
  return BANNERS.some((pattern) => pattern.test(line));
}
