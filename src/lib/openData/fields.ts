/** What each field of the open data means, for the /data/ page; a test checks every field is here. Pure. */

/** One field: where it is in the JSON and the CSV, and what it holds. */
export interface FieldDoc {
  readonly json: string;
  readonly csv: readonly string[];
  readonly meaning: string;
}

/** Every article field, in the order of the JSON. */
export const FIELD_DOCS: readonly FieldDoc[] = [
  { json: "id", csv: ["id"], meaning: "The article's slug, the last segment of its URL; stable." },
  { json: "url", csv: ["url"], meaning: "The absolute URL of the article's page." },
  { json: "title", csv: ["title"], meaning: "The title as shown, with apostrophes and hyphens restored." },
  { json: "sourceTitle", csv: ["source_title"], meaning: "The title exactly as the digest file wrote it." },
  {
    json: "dates.source",
    csv: ["source_date"],
    meaning:
      "The date the text states (YYYY-MM-DD); null (empty in CSV) when it states none. Never invented.",
  },
  {
    json: "dates.added",
    csv: ["added_date"],
    meaning:
      "The day the article's first digest file was committed to the digest (YYYY-MM-DD); null when not known.",
  },
  {
    json: "dates.listing",
    csv: ["listing_date"],
    meaning: "The date listings sort by and feeds carry: the source date when stated, else the added date.",
  },
  {
    json: "dates.preview",
    csv: ["preview"],
    meaning: "True when none of its digest files is committed yet (an editor's preview); never in the feeds.",
  },
  { json: "summary", csv: ["summary"], meaning: "A plain-text summary of at most 200 characters." },
  {
    json: "text",
    csv: ["text"],
    meaning: "The full text, plain; paragraphs and headings separated by a blank line.",
  },
  {
    json: "programmes[] (slug, name, fullName)",
    csv: ["programmes", "programme_names", "programme_full_names"],
    meaning: "The WCO programmes the text names: slug, short name and full name.",
  },
  { json: "topics[] (slug, name)", csv: ["topics", "topic_names"], meaning: "The topics of the article." },
  {
    json: "places[] (slug, name, placeType, code)",
    csv: ["places", "place_names", "place_types", "place_codes"],
    meaning:
      "The countries the text names, then the regions it names; placeType is country or region, code a country's ISO 3166-1 alpha-2 code (empty for a region).",
  },
  {
    json: "partners[] (slug, name, partnerType)",
    csv: ["partners", "partner_names", "partner_types"],
    meaning:
      "The partner organisations and conventions the text names; partnerType is organisation or convention.",
  },
  { json: "sources[]", csv: ["sources"], meaning: "The digest files the article was taken from." },
];
