/**
 * Recognises the WCO website's language-availability banner, which is site chrome.
 *
 * The website prints it in the reader's language; English, French and Spanish forms exist. It
 * stands in one place, the first line of an article page, and has one shape: a sentence that
 * opens with the banner's fixed words ("… English : English."), or a short reworded sentence
 * ending with its full stop. Anywhere else the same words are article text.
 *
 * Copied text sometimes runs the article's first sentence into the banner on one line; then only
 * the banner sentence is chrome and the rest of the line is article text, which is published.
 */

/** The banner's fixed opening words, per language. */
const OPENINGS: readonly string[] = [
  String.raw`(?:sorry,\s*)?this page is not available in the (?:selected|chosen|requested) language\b`,
  String.raw`cette page n['’]est pas disponible dans la langue (?:sélectionnée|selectionnee|choisie|demandée)\b`,
  String.raw`esta p[aá]gina no est[aá] disponible en el idioma (?:seleccionado|elegido|solicitado)\b`,
];

/**
 * The banner at the start of a text: one of its openings, up to its full stop (at most 250
 * characters later) or the end of the text. Anchored, so it is tried once and costs linear time.
 */
const LEADING_BANNER = new RegExp(
  String.raw`^(?:${OPENINGS.join("|")})[^.!?]{0,250}(?:[.!?]+(?=\s|$)|$)`,
  "iu",
);

/** Cheap test: text without these words cannot hold a banner. */
const MAY_HOLD_BANNER = /not available|disponible/iu;

/** A reworded banner: "This page … not available … language", "Cette page … pas disponible … langue", "Esta página … no está disponible … idioma". */
const REWORDED: readonly RegExp[] = [
  /^(?:sorry,?\s+)?(?:this|the)\s+(?:page|content)\b.{0,40}\bnot available\b.{0,40}\blanguage\b/iu,
  /^(?:désolé,?\s+)?cette\s+page\b.{0,40}\bpas disponible\b.{0,40}\blangue\b/iu,
  /^(?:lo sentimos,?\s+)?esta\s+p[aá]gina\b.{0,40}\bno est[aá] disponible\b.{0,40}\bidioma\b/iu,
];

/** A reworded banner is one short sentence: at most this long, ending with its full stop. */
const REWORDED_MAX = 300;

/**
 * The first paragraph of a seed file without the banner standing at its start, white space
 * folded: "" when it is all banner, the rest when copied text ran the article into it. Text that
 * does not start with the banner comes back unchanged (the same string).
 *
 * Only the first paragraph of a file is the banner's position; the caller never passes another,
 * so a sentence like it anywhere else is article text and is published.
 */
export function withoutLeadingBanner(text: string): string {
  if (!MAY_HOLD_BANNER.test(text)) return text;
  const line = text.trim().normalize("NFC");
  const banner = LEADING_BANNER.exec(line);
  if (banner) return line.slice(banner[0].length).replace(/\s+/gu, " ").trim();
  const reworded = line.length <= REWORDED_MAX && /[.!?]$/u.test(line) && REWORDED.some((p) => p.test(line));
  return reworded ? "" : text;
}
