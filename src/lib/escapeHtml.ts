/**
 * Escapes text for HTML text and quoted attribute values, exactly as Astro escapes expressions
 * (& < > " ' become entities), so markup built as a string matches what a template would render.
 * Pure; never imports from Astro.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** `text` with every character that could start or end markup written as an entity. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
}
