/**
 * Synonyms and acronyms the search treats as the same query, beside the taxonomy they complete:
 * each group lists expressions a reader may type for one thing. Every programme's acronym and full
 * name are added from the taxonomy itself (see synonymTable), so they are never listed twice.
 * Validated by the schema below when this module loads.
 */
import { z } from "astro/zod";
import { words as tokenize } from "../search/query/match.ts";

/** One group: two or more distinct expressions (words, acronyms, names). */
const expression = z
  .string({ error: "must be a string" })
  .refine((s) => tokenize(s).length > 0, { error: "must contain a word" });
const group = z
  .array(expression, { error: "must be a list of expressions" })
  .min(2, { error: "must list at least two expressions" })
  .refine((g) => new Set(g.map((e) => tokenize(e).join(" "))).size === g.length, {
    error: "lists the same expression twice",
  });
export const synonymsSchema = z.array(group, { error: "must be a list of groups" });

const GROUPS: z.input<typeof synonymsSchema> = [
  ["WCO", "World Customs Organization", "OMD"],
  ["IWT", "illegal wildlife trade"],
  ["ODS", "ozone-depleting substances"],
  ["WMD", "weapons of mass destruction"],
  ["OIE", "WOAH", "World Organisation for Animal Health"],
  ["programme", "program"],
  ["programmes", "programs"],
  ["organisation", "organization"],
  ["organisations", "organizations"],
  ["e-commerce", "ecommerce"],
];

/** Validates raw synonym data; throws naming every bad group (`synonyms[i]: reason`). */
export function validateSynonyms(raw: unknown): string[][] {
  const parsed = synonymsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (i) => `synonyms${i.path.map((p) => `[${String(p)}]`).join("")}: ${i.message}`,
  );
  throw new Error(`Invalid synonyms:\n${problems.join("\n")}`);
}

/** The hand-listed groups, validated. */
export const SYNONYMS: readonly (readonly string[])[] = validateSynonyms(GROUPS);

/**
 * The search's synonym table: the listed groups, plus each programme's acronym ↔ full name, as
 * folded word sequences. Groups sharing an expression are merged ("World Organisation for Animal
 * Health" also reached through "organisation" stays one group of its own: only whole expressions merge).
 */
export function synonymTable(
  programmes: readonly { readonly shortName: string; readonly fullName: string }[],
  listed: readonly (readonly string[])[] = SYNONYMS,
): string[][][] {
  const raw: string[][] = [
    ...listed.map((g) => [...g]),
    ...programmes
      .filter((p) => tokenize(p.shortName).join(" ") !== tokenize(p.fullName).join(" "))
      .map((p) => [p.shortName, p.fullName]),
  ];
  const groups: string[][][] = [];
  const where = new Map<string, number>();
  for (const g of raw) {
    const exprs = g.map((e) => tokenize(e));
    const hit = exprs.map((e) => where.get(e.join(" "))).find((i) => i !== undefined);
    const target = hit ?? groups.push([]) - 1;
    const list = groups[target] ?? [];
    for (const e of exprs) {
      if (where.has(e.join(" "))) continue;
      where.set(e.join(" "), target);
      list.push(e);
    }
  }
  return groups.filter((g) => g.length > 1);
}
