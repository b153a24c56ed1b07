/**
 * Escapes text for markup built as a string: element text and quoted attribute values. Pure;
 * never imports from Astro.
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
  return escapeWith(text, "&apos;");
}
