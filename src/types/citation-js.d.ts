/**
 * The little of @citation-js that the build uses (the packages ship no types). The plugins are
 * imported for their side effect: each registers its formats with the core.
 */
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    /** CSL-JSON items, as parsed from the input. */
    data: Record<string, unknown>[];
    format(format: "bibliography", options: { format: "text"; template: string; lang?: string }): string;
    /** One [id, entry] pair per item, in the bibliography's order. */
    format(
      format: "bibliography",
      options: { format: "text"; template: string; lang?: string; asEntryArray: true },
    ): [string, string][];
    format(format: "bibtex" | "biblatex" | "ris", options?: { format?: "text" }): string;
  }
  export const plugins: {
    input: {
      /** Parses `data` into CSL-JSON items, as `new Cite(data)` does. */
      chain(data: unknown): Record<string, unknown>[];
    };
    output: {
      /** Formats CSL-JSON items with a registered output format, as `Cite#format` does. */
      format(name: "bibtex" | "ris", data: readonly Record<string, unknown>[]): string;
    };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
