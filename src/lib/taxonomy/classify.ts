/**
 * Classifier: tags an article's title and body with programme, topic, region and partner
 * slugs by matching the taxonomy's patterns (compiled once per taxonomy object).
 * Rules it must keep: a programme is tagged only when the text names it, never inferred
 * from a topic or region; every article gets at least one topic (the taxonomy's fallback
 * topic when nothing else matches); a place named only inside a partner organisation's
 * name ("UK Border Force", "Asian Development Bank Institute") is not a region mention.
 * Must never import from Astro.
 */
import { TAXONOMY } from "./data.ts";
import { toRegExp, type Pattern, type Taxonomy } from "./schema.ts";

/** Slugs assigned to one article, each list in taxonomy order. Partners are given as slugs. */
export interface Classification {
  programmes: string[];
  topics: string[];
  regions: string[];
  partners: string[];
}

/** The text classify() reads: the article's title and its plain-text body. */
export interface ClassifiableText {
  title: string;
  body: string;
}

interface CompiledEntry {
  slug: string;
  res: RegExp[];
}

/**
 * Entries whose single pattern is a self-delimited, case-sensitive place name (the shape of
 * most countries), folded into one global regular expression with a capture group per entry:
 * one scan of the text instead of ~180. Place names do not overlap (each pattern excludes the
 * longer names that contain it), so one scan finds what separate scans would.
 */
interface CombinedEntries {
  re: RegExp | undefined;
  /** Number of each entry's capture group, and that entry's slug (same order). */
  indexes: number[];
  slugs: string[];
}

const SELF_DELIMITED = "(?<![\\p{L}\\p{N}_])";

function combinePlaces(entries: ReadonlyArray<{ slug: string; patterns: Pattern[] }>): {
  rest: CompiledEntry[];
  combined: CombinedEntries;
} {
  const indexes: number[] = [];
  const slugs: string[] = [];
  const sources: string[] = [];
  let group = 1;
  const rest: CompiledEntry[] = [];
  for (const e of entries) {
    const [p] = e.patterns;
    const combinable =
      e.patterns.length === 1 &&
      p !== undefined &&
      typeof p !== "string" &&
      p.source.startsWith(SELF_DELIMITED) &&
      !/\\\d|\(\?<[A-Za-z]/u.test(p.source);
    if (!combinable) {
      rest.push({ slug: e.slug, res: e.patterns.map((q) => toRegExp(q)) });
      continue;
    }
    indexes.push(group);
    slugs.push(e.slug);
    sources.push(`(${p.source})`);
    // Skip the entry's group and its own capture groups (`source|` matches "" with all unset).
    group += new RegExp(`${p.source}|`, "u").exec("")?.length ?? 1;
  }
  const re = sources.length > 0 ? new RegExp(sources.join("|"), "gu") : undefined;
  return { rest, combined: { re, indexes, slugs } };
}

function matchingCombined(combined: CombinedEntries, text: string): Set<string> {
  const found = new Set<string>();
  if (!combined.re) return found;
  const { indexes, slugs } = combined;
  for (const m of text.matchAll(combined.re)) {
    // The alternatives are top-level, so exactly one entry's group took part in the match.
    const i = indexes.findIndex((g) => m[g] !== undefined);
    if (i >= 0) found.add(slugs[i] ?? "");
  }
  return found;
}

interface Compiled {
  programmes: CompiledEntry[];
  topics: CompiledEntry[];
  regions: CompiledEntry[];
  /** Regions folded into one scan (see CombinedEntries). */
  places: CombinedEntries;
  /** Every region slug, in taxonomy order. */
  regionOrder: string[];
  partners: CompiledEntry[];
  /** Global versions of every partner pattern, used to blank out partner names. */
  partnerMasks: RegExp[];
}

const cache = new WeakMap<Taxonomy, Compiled>();

function compileEntries(entries: ReadonlyArray<{ slug: string; patterns: Pattern[] }>): CompiledEntry[] {
  return entries.map((e) => ({ slug: e.slug, res: e.patterns.map((p) => toRegExp(p)) }));
}

function compiled(taxonomy: Taxonomy): Compiled {
  let c = cache.get(taxonomy);
  if (!c) {
    const { rest, combined } = combinePlaces(taxonomy.regions);
    c = {
      programmes: compileEntries(taxonomy.programmes),
      topics: compileEntries(taxonomy.topics),
      regions: rest,
      places: combined,
      regionOrder: taxonomy.regions.map((r) => r.slug),
      partners: compileEntries(taxonomy.partners),
      partnerMasks: taxonomy.partners.flatMap((e) => e.patterns.map((p) => toRegExp(p, "g"))),
    };
    cache.set(taxonomy, c);
  }
  return c;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Normalises typographic variants (dashes, curly apostrophes, non-breaking spaces) before matching. */
export function normaliseForMatching(text: string): string {
  if (!NON_ASCII.test(text)) return text; // every step below only changes non-ASCII text
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, " ")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

function matching(entries: CompiledEntry[], text: string): string[] {
  return entries.filter((e) => e.res.some((re) => re.test(text))).map((e) => e.slug);
}

function matchingRegions(c: Compiled, text: string): string[] {
  const found = matchingCombined(c.places, text);
  for (const slug of matching(c.regions, text)) found.add(slug);
  return c.regionOrder.filter((slug) => found.has(slug));
}

function maskPartners(text: string, masks: RegExp[]): string {
  const blank = new Uint8Array(text.length);
  // An exec loop rather than matchAll, which clones the regular expression on every call
  // (hundreds of partner patterns × every article).
  for (const re of masks) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      blank.fill(1, m.index, m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    }
  }
  // Copy unmasked runs whole; each masked code unit becomes one space.
  const parts: string[] = [];
  let start = 0;
  for (let i = blank.indexOf(1); i !== -1;) {
    const end = blank.indexOf(0, i);
    const stop = end === -1 ? text.length : end;
    parts.push(text.slice(start, i), " ".repeat(stop - i));
    start = stop;
    i = end === -1 ? -1 : blank.indexOf(1, end);
  }
  parts.push(text.slice(start));
  return parts.join("");
}

/** Tags an article with programme, topic, region and partner slugs, each in taxonomy order. */
export function classify(text: ClassifiableText, taxonomy: Taxonomy = TAXONOMY): Classification {
  const c = compiled(taxonomy);
  const full = normaliseForMatching(`${text.title}\n\n${text.body}`);
  const topics = matching(c.topics, full);
  return {
    programmes: matching(c.programmes, full),
    topics: topics.length > 0 ? topics : [taxonomy.fallbackTopic],
    regions: matchingRegions(c, maskPartners(full, c.partnerMasks)),
    partners: matching(c.partners, full),
  };
}
