/**
 * Classifier: tags an article's title and body with programme, topic and partner slugs by
 * matching the taxonomy's patterns (compiled once per taxonomy object; a literal prefilter
 * skips the patterns that cannot match, so each article runs only a handful).
 * Rules it must keep: a programme is tagged only when the text names it, never inferred
 * from a topic; every article gets at least one topic (the taxonomy's fallback topic when
 * nothing else matches). Places are not classified here: src/lib/places/ recognises them.
 */
import { TAXONOMY } from "./data.ts";
import { alternativeLiteralSets, foldForLiterals, LiteralSet, requiredLiteralSets } from "./prefilter.ts";
import { toRegExp, type Pattern, type Taxonomy } from "./schema.ts";

/** Slugs assigned to one article, each list in taxonomy order. Partners are given as slugs. */
export interface Classification {
  programmes: string[];
  topics: string[];
  partners: string[];
}

/** The text classify() reads: the article's title and its plain-text body. */
export interface ClassifiableText {
  title: string;
  body: string;
}

/** One compiled pattern and the literals that decide whether it can match (see prefilter.ts). */
interface Check {
  re: RegExp;
  /**
   * Literal sets (ids in the case-insensitive, folded, or the case-sensitive literal set): the
   * pattern can match only if the text has a literal of every set. Empty: always run.
   */
  literals: number[][];
  /**
   * Per alternative of the pattern's group of alternatives (prefilter.ts alternativeLiteralSets),
   * literal sets as above: the pattern can match only if the text satisfies every set of one.
   */
  alternatives: number[][][] | undefined;
  ignoreCase: boolean;
}

interface CompiledEntry {
  slug: string;
  checks: Check[];
}

interface Compiled {
  programmes: CompiledEntry[];
  topics: CompiledEntry[];
  partners: CompiledEntry[];
  /**
   * Literals of the case-insensitive patterns (matched against folded text), then the folded
   * forms of the other patterns' ASCII literals (`asciiExact`).
   */
  folded: LiteralSet;
  /**
   * The case-sensitive patterns' literals (ids 0 … n − 1, split between the two lists below).
   * Those that are not ASCII are found in the text as it stands; `otherIds` gives each one's id.
   */
  exactOther: LiteralSet;
  otherIds: number[];
  /** Those that are ASCII: where the folded form (`foldedId`) is found, `includes` decides. */
  asciiExact: { readonly id: number; readonly literal: string; readonly foldedId: number }[];
}

const cache = new WeakMap<Taxonomy, Compiled>();

function compiled(taxonomy: Taxonomy): Compiled {
  let c = cache.get(taxonomy);
  if (!c) {
    const lists = { folded: new Map<string, number>(), exact: new Map<string, number>() };
    const compile = (entries: ReadonlyArray<{ slug: string; patterns: Pattern[] }>): CompiledEntry[] =>
      entries.map((e) => ({
        slug: e.slug,
        checks: e.patterns.map((p) => {
          const re = toRegExp(p);
          const ignoreCase = re.flags.includes("i");
          const ids = ignoreCase ? lists.folded : lists.exact;
          const idOf = (lit: string): number => {
            const id = ids.get(lit) ?? ids.size;
            ids.set(lit, id);
            return id;
          };
          const literals = requiredLiteralSets(re).map((set) => set.map(idOf));
          const alternatives = alternativeLiteralSets(re)?.map((sets) => sets.map((set) => set.map(idOf)));
          return { re, literals, alternatives, ignoreCase };
        }),
      }));
    const programmes = compile(taxonomy.programmes);
    const topics = compile(taxonomy.topics);
    const partners = compile(taxonomy.partners);
    // An ASCII literal occurs in a text only where its lower-case form occurs in the folded text
    // (folding keeps positions, and folds ASCII as toLowerCase does), so the folded scan finds
    // its candidates and no second scan of the text is needed for it.
    const folded = [...lists.folded.keys()];
    const other: string[] = [];
    const otherIds: number[] = [];
    const asciiExact: Compiled["asciiExact"] = [];
    for (const [literal, id] of lists.exact) {
      if (!NON_ASCII.test(literal)) {
        asciiExact.push({ id, literal, foldedId: folded.length });
        folded.push(literal.toLowerCase());
      } else {
        other.push(literal);
        otherIds.push(id);
      }
    }
    c = {
      programmes,
      topics,
      partners,
      folded: new LiteralSet(folded),
      exactOther: new LiteralSet(other),
      otherIds,
      asciiExact,
    };
    cache.set(taxonomy, c);
  }
  return c;
}

/** Which literals of the compiled taxonomy occur in a text. */
interface Found {
  folded: Uint8Array;
  exact: Uint8Array;
}

function findLiterals(c: Compiled, text: string): Found {
  const found = {
    folded: new Uint8Array(c.folded.size),
    exact: new Uint8Array(c.otherIds.length + c.asciiExact.length),
  };
  c.folded.scan(foldForLiterals(text), found.folded);
  for (const { id, literal, foldedId } of c.asciiExact) {
    if (found.folded[foldedId] === 1 && text.includes(literal)) found.exact[id] = 1;
  }
  if (c.exactOther.size > 0) {
    const other = new Uint8Array(c.exactOther.size);
    c.exactOther.scan(text, other);
    other.forEach((yes, k) => {
      if (yes === 1) found.exact[c.otherIds[k] ?? 0] = 1;
    });
  }
  return found;
}

/** Whether the check's pattern can match a text with these literals (if not, it certainly does not). */
function possible(check: Check, found: Found): boolean {
  const set = check.ignoreCase ? found.folded : found.exact;
  const has = (ids: number[]): boolean => ids.some((id) => set[id] === 1);
  return check.literals.every(has) && (check.alternatives?.some((sets) => sets.every(has)) ?? true);
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

function matching(entries: CompiledEntry[], text: string, found: Found): string[] {
  return entries
    .filter((e) => e.checks.some((check) => possible(check, found) && check.re.test(text)))
    .map((e) => e.slug);
}

/** Tags an article with programme, topic and partner slugs, each in taxonomy order. */
export function classify(text: ClassifiableText, taxonomy: Taxonomy = TAXONOMY): Classification {
  const c = compiled(taxonomy);
  const full = normaliseForMatching(`${text.title}\n\n${text.body}`);
  const found = findLiterals(c, full);
  const topics = matching(c.topics, full, found);
  return {
    programmes: matching(c.programmes, full, found),
    topics: topics.length > 0 ? topics : [taxonomy.fallbackTopic],
    partners: matching(c.partners, full, found),
  };
}
