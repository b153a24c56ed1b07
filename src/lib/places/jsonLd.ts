/** An article's places as schema.org objects for its JSON-LD `contentLocation`. */
import { COUNTRIES } from "./recognise.ts";

/** A schema.org Country (with its ISO 3166-1 alpha-2 code as `identifier`) or a named Place. */
export type Location =
  | { readonly "@type": "Country"; readonly name: string; readonly identifier: string }
  | { readonly "@type": "Place"; readonly name: string };

/** The countries (ISO codes, in mention order) and then the named regions (names) an article names. */
export function contentLocation(countries: readonly string[], regionNames: readonly string[]): Location[] {
  return [
    ...countries.map((code): Location => ({
      "@type": "Country",
      name: COUNTRIES.get(code)?.name ?? code,
      identifier: code,
    })),
    ...regionNames.map((name): Location => ({ "@type": "Place", name })),
  ];
}
