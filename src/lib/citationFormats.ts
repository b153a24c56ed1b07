/**
 * APA, BibTeX and RIS for an article, made by citation-js from its CSL-JSON record (citation.ts).
 * Runs at build time only: nothing of citation-js ships to the browser. Deterministic: the record
 * has no access date, so nothing here reads the clock.
 */
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import type { CslItem } from "./citation.ts";

/** The formats the "Cite this article" box offers, in its order. */
export interface CitationFormats {
  apa: string;
  bibtex: string;
  ris: string;
}

/**
 * citation-js breaks RIS values every 70 characters, even inside a word, and its own reader joins
 * the pieces back with a space, so a long title does not survive the trip. RIS allows long lines:
 * the pieces are joined back without one.
 */
function unwrapRis(ris: string): string {
  return ris.replace(/\n(?![A-Z][A-Z0-9] {2}-)/gu, "");
}

/** Drops the blank lines citation-js ends with (RIS keeps the space of its closing "ER  - "). */
const untail = (text: string): string => text.replace(/\s*\n\s*$/u, "");

/** The three citations of `record`, as plain text (never HTML). */
export function citationFormats(record: CslItem): CitationFormats {
  const cite = new Cite(record);
  return {
    apa: untail(cite.format("bibliography", { format: "text", template: "apa", lang: "en-US" })),
    bibtex: untail(cite.format("bibtex")),
    ris: untail(unwrapRis(cite.format("ris"))),
  };
}
