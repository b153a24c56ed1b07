/**
 * Escapes text for markup built as a string: element text and quoted attribute values.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

function escapeWith(text: string, apostrophe: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? apostrophe);
}

/** HTML, escaped exactly as Astro escapes expressions, so string-built markup matches a template's. */
export function escapeHtml(text: string): string {
  return escapeWith(text, "&#39;");
}

/** XML (sitemaps): the same, with XML's named entity for the apostrophe. */
export function escapeXml(text: string): string {
  return escapeWith(xmlSafe(text), "&apos;");
}

/** Characters XML 1.0 forbids: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu;

/** `text` without the characters XML 1.0 forbids, so no generated XML is ever ill-formed. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, "");
}

/**
 * Plain text as HTML text (`&`, `<`, `>` escaped), for a feed's description, which readers
 * decode and then render as HTML: escaped twice in all (here, then as XML), a reader shows the
 * characters and never markup.
 */
export function textAsHtml(text: string): string {
  return xmlSafe(text).replace(/[&<>]/gu, (c) => ENTITIES[c] ?? c);
}
