/**
 * The JSON Schema (draft 2020-12) of every JSON file of the open data: `articles.json`, whole
 * or as the index of its parts, and each part. Pure data; `/data/articles.schema.json` serves it.
 */
import { DATA_VERSION } from "./files.ts";

const DATE = { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" } as const;
const nullable = <T extends object>(schema: T) => ({ anyOf: [schema, { type: "null" }] });
const text = { type: "string", minLength: 1 } as const;
const slug = { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" } as const;
const strict = (properties: Record<string, unknown>, description: string) => ({
  type: "object",
  description,
  required: Object.keys(properties),
  additionalProperties: false,
  properties,
});
const part = strict(
  {
    path: { type: "string", pattern: "^articles-\\d{4}\\.(json|csv)$" },
    url: { type: "string", format: "uri" },
    count: { type: "integer", minimum: 1 },
  },
  "One part file: its name in the data folder, its URL and how many articles it holds.",
);

/** The schema, with `$id` its own published URL. */
export function articlesSchema(schemaUrl: string): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: schemaUrl,
    title: "WCO Enforcement Digest: articles",
    description: `Open data of the digest, format version ${DATA_VERSION}. A file holds \`articles\`, or, when the data is split, lists its \`parts\`.`,
    type: "object",
    required: ["version", "generated", "licence", "count"],
    additionalProperties: false,
    properties: {
      $schema: { type: "string", format: "uri" },
      version: {
        type: "string",
        pattern: "^\\d+\\.\\d+\\.\\d+$",
        description: "Version of this data format (semver).",
      },
      generated: {
        ...nullable(DATE),
        description:
          "The newest date an article was added to the digest; null when no history is known. Never the clock.",
      },
      licence: { ...text, description: "Whose the text is, and what may be done with it." },
      count: {
        type: "integer",
        minimum: 0,
        description: "Articles in this file, or in all parts for an index.",
      },
      articles: { type: "array", items: { $ref: "#/$defs/article" } },
      parts: { type: "array", minItems: 2, items: part, description: "The JSON parts, in listing order." },
      csvParts: { type: "array", minItems: 2, items: part, description: "The CSV parts, in listing order." },
    },
    // Either the articles or the parts (the properties are repeated so Ajv's strict mode sees them).
    oneOf: [
      { properties: { articles: true }, required: ["articles"] },
      { properties: { parts: true }, required: ["parts"] },
    ],
    $defs: {
      article: strict(
        {
          id: { ...slug, description: "The article's slug, the last segment of its URL." },
          url: { type: "string", format: "uri" },
          title: text,
          sourceTitle: { ...text, description: "The title exactly as the seed file wrote it." },
          dates: strict(
            {
              source: { ...nullable(DATE), description: "The date the text states; never invented." },
              added: { ...nullable(DATE), description: "The day its first seed file was committed." },
              listing: { ...nullable(DATE), description: "The source date, else the added date." },
              preview: { type: "boolean", description: "No seed file of it is committed yet." },
            },
            "The article's dates; null where none is known.",
          ),
          summary: { type: "string", maxLength: 200 },
          text: { type: "string", description: "The full text, blocks separated by a blank line." },
          programmes: {
            type: "array",
            items: strict({ slug, name: text, fullName: text }, "A WCO programme the text names."),
          },
          topics: { type: "array", items: strict({ slug, name: text }, "A topic.") },
          places: {
            type: "array",
            items: strict(
              {
                slug,
                name: text,
                placeType: { enum: ["country", "region"] },
                code: {
                  type: ["string", "null"],
                  pattern: "^[A-Z]{2}$",
                  description: "A country's ISO 3166-1 alpha-2 code (Kosovo: XK); null for a region.",
                },
              },
              "A country or region the text names: first the countries, then the regions it names itself.",
            ),
          },
          partners: {
            type: "array",
            items: strict(
              { slug, name: text, partnerType: { enum: ["organisation", "convention"] } },
              "A partner organisation or convention the text names.",
            ),
          },
          sources: {
            type: "array",
            minItems: 1,
            items: text,
            description: "The seed files it was taken from.",
          },
        },
        "One article.",
      ),
    },
  };
}
