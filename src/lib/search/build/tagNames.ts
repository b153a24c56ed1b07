/**
 * Tag names for the search, taken from a taxonomy-shaped object (programmes with short and full
 * names, topics with names). Pure; never imports the taxonomy module itself, so tests can pass any.
 */
import type { SearchTag } from "./buildIndex.ts";
import type { TagNames } from "./documents.ts";

/** The parts of the taxonomy the search reads. */
export interface TaxonomyNames {
  readonly programmes: readonly {
    readonly slug: string;
    readonly shortName: string;
    readonly fullName: string;
  }[];
  readonly topics: readonly { readonly slug: string; readonly name: string }[];
}

/** Names used in the "tags" field. */
export function tagNames(taxonomy: TaxonomyNames): TagNames {
  return {
    programmes: new Map(
      taxonomy.programmes.map((p) => [p.slug, { shortName: p.shortName, fullName: p.fullName }]),
    ),
    topics: new Map(taxonomy.topics.map((t) => [t.slug, t.name])),
  };
}

/** Filter values in taxonomy order: programmes by short name, topics by name. */
export function searchTags(taxonomy: TaxonomyNames): { programmes: SearchTag[]; topics: SearchTag[] } {
  return {
    programmes: taxonomy.programmes.map((p) => ({
      slug: p.slug,
      label: p.shortName,
    })),
    topics: taxonomy.topics.map((t) => ({ slug: t.slug, label: t.name })),
  };
}
