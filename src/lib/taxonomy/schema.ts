/**
 * Taxonomy schema: the shape and invariants of the programme, topic and partner-organisation
 * lists, and the single place where patterns become RegExps.
 * Must never accept an entry whose patterns do not compile, whose slug is not unique
 * kebab-case, or whose text is empty.
 */
import { z } from "astro/zod";

/** Every validation message starts with this prefix. */
export const TAXONOMY_ERROR_PREFIX = "taxonomy:";

/** Fragments of validation messages, exported so tests can assert on them. */
export const TAXONOMY_MESSAGES = {
  required: "is required",
  notString: "must be a string",
  empty: "must not be empty",
  notKebabCase: "must be kebab-case (lower-case letters and digits joined by single hyphens)",
  noPatterns: "must list at least one pattern",
  invalidRegex: "is not a valid regular expression",
  duplicateSlug: "duplicates the slug of",
  unknownField: "has unknown field",
  unknownFallback: "does not name a topic in topics",
  /** A page or feed asked for a tag the taxonomy does not have (a stale article, or a typo). */
  unknownSlug: (group: "programme" | "topic" | "region" | "country" | "partner", slug: string) =>
    `${TAXONOMY_ERROR_PREFIX} unknown ${group} slug "${slug}"`,
} as const;

const M = TAXONOMY_MESSAGES;
const text = () =>
  z
    .string({ error: (i) => (i.input === undefined ? M.required : M.notString) })
    .refine((s) => s.trim().length > 0, { error: M.empty });
const slug = () => text().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: M.notKebabCase });
const pattern = z
  .union([text(), z.strictObject({ source: text(), caseSensitive: z.literal(true) })], {
    error: "must be a string or { source, caseSensitive: true }",
  })
  .superRefine((p, ctx) => {
    try {
      toRegExp(p);
    } catch (e) {
      ctx.addIssue({ code: "custom", message: `${M.invalidRegex}: ${(e as Error).message}` });
    }
  });
const patterns = z.array(pattern, { error: M.required }).min(1, { error: M.noPatterns });
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: M.required });

const programme = z.strictObject({
  slug: slug(),
  shortName: text(),
  fullName: text(),
  description: text(),
  patterns,
});
const topic = z.strictObject({ slug: slug(), name: text(), description: text(), patterns });
/** What a partner is: an organisation (the default), or a convention or treaty it names. */
const partnerType = z.enum(["organisation", "convention"], {
  error: 'must be "organisation" or "convention"',
});
const partner = z.strictObject({
  slug: slug(),
  name: text(),
  partnerType: partnerType.default("organisation"),
  patterns,
});

/** Zod schema of the whole taxonomy (shape only; cross-entry checks live in validateTaxonomy). */
export const taxonomySchema = z.strictObject(
  {
    programmes: list(programme),
    topics: list(topic),
    partners: list(partner),
    fallbackTopic: slug(),
  },
  { error: "must be an object with programmes, topics, partners and fallbackTopic" },
);

/** A pattern: a string is matched case-insensitively; `{ source, caseSensitive: true }` is not. */
export type Pattern = z.infer<typeof pattern>;
/** A validated taxonomy. */
export type Taxonomy = z.infer<typeof taxonomySchema>;
/** The raw (pre-validation) taxonomy shape, for typing data modules. */
export type TaxonomyInput = z.input<typeof taxonomySchema>;
/** One of the four lists of the taxonomy. */
export type TaxonomyList = "programmes" | "topics" | "partners";
const TAXONOMY_LISTS: readonly TaxonomyList[] = ["programmes", "topics", "partners"];

/** Compiles one pattern with the flags every consumer must use (`u`, plus `i` unless case-sensitive). */
export function toRegExp(p: Pattern, extraFlags = ""): RegExp {
  return typeof p === "string" ? new RegExp(p, `iu${extraFlags}`) : new RegExp(p.source, `u${extraFlags}`);
}

function entryLabel(raw: unknown, collection: PropertyKey, index: PropertyKey): string {
  const entry = (raw as Record<PropertyKey, unknown> | null)?.[collection];
  const s =
    Array.isArray(entry) && typeof index === "number"
      ? (entry[index] as { slug?: unknown })?.slug
      : undefined;
  return `${String(collection)}[${String(index)}]${typeof s === "string" ? ` (${JSON.stringify(s)})` : ""}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
    .join("");
}

function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const { path } = issue;
  const message =
    issue.code === "unrecognized_keys"
      ? `${M.unknownField} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`
      : issue.message;
  if (path.length >= 2 && typeof path[1] === "number") {
    const rest = fieldPath(path.slice(2));
    return `${entryLabel(raw, path[0] as PropertyKey, path[1])}: ${rest ? `${rest} ` : ""}${message}`;
  }
  return `${path.length ? fieldPath(path) : "(root)"} ${message}`;
}

/** Checks that need more than one entry; reads the raw data defensively so they run alongside shape errors. */
function crossEntryProblems(raw: unknown): string[] {
  const problems: string[] = [];
  const data = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const slugs = (c: string): unknown[] =>
    Array.isArray(data[c]) ? (data[c] as unknown[]).map((e) => (e as { slug?: unknown } | null)?.slug) : [];
  for (const c of TAXONOMY_LISTS) {
    const seen = new Map<unknown, number>();
    slugs(c).forEach((slug, i) => {
      const first = seen.get(slug);
      if (typeof slug !== "string") return;
      if (first === undefined) seen.set(slug, i);
      else problems.push(`${c}[${i}] (${JSON.stringify(slug)}): slug ${M.duplicateSlug} ${c}[${first}]`);
    });
  }
  const fallback = data["fallbackTopic"];
  if (typeof fallback === "string" && !slugs("topics").includes(fallback)) {
    problems.push(`fallbackTopic (${JSON.stringify(fallback)}) ${M.unknownFallback}`);
  }
  return problems;
}

/** Validates raw taxonomy data; throws one Error listing every problem, each naming its entry. */
export function validateTaxonomy(raw: unknown): Taxonomy {
  const parsed = taxonomySchema.safeParse(raw);
  const problems = [
    ...(parsed.error?.issues ?? []).map((i) => describeIssue(raw, i)),
    ...crossEntryProblems(raw),
  ];
  if (!parsed.success || problems.length > 0) {
    throw new Error(problems.map((p) => `${TAXONOMY_ERROR_PREFIX} ${p}`).join("\n"));
  }
  return parsed.data;
}
