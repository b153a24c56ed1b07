/**
 * A query as the search runs it: its words (folded), quoted phrases, the word being typed, and the
 * synonyms of what it names. Pure; ships to the browser.
 */
import { SEARCH_OPTIONS } from "../shared/options.ts";
import { MIN_PREFIX_LENGTH, words as tokenize } from "./match.ts";

/** One word to find. */
export interface QueryTerm {
  /** Folded. */
  readonly text: string;
  /** The word being typed: it may be the beginning of a longer word. */
  readonly typing: boolean;
  /** Typos allowed (false in phrases and synonyms: they match exactly). */
  readonly fuzzy: boolean;
}

/** One way of satisfying a unit: all its terms, adjacent and in order when `adjacent`. */
export interface Alternative {
  readonly terms: readonly QueryTerm[];
  readonly adjacent: boolean;
  /** A synonym of what was typed (ranks just below an exact match). */
  readonly synonym: boolean;
}

/** Something every result must hold: a word, a phrase, or a name with its synonyms. */
export interface QueryUnit {
  /** The first alternative is what the reader typed. */
  readonly alternatives: readonly Alternative[];
}

export interface ParsedQuery {
  readonly units: readonly QueryUnit[];
}

/** Synonym groups: each group lists equivalent expressions, each a sequence of folded words. */
export type SynonymTable = readonly (readonly (readonly string[])[])[];

/** Equivalent expressions by their words joined with a space. */
export interface SynonymIndex {
  readonly groups: SynonymTable;
  readonly byKey: ReadonlyMap<string, number>;
  /** Words in the longest expression. */
  readonly longest: number;
}

/** Indexes a synonym table (expressions must already be folded word sequences). */
export function indexSynonyms(groups: SynonymTable): SynonymIndex {
  const byKey = new Map<string, number>();
  let longest = 0;
  groups.forEach((group, g) => {
    for (const expr of group) {
      if (expr.length === 0) continue;
      if (!byKey.has(expr.join(" "))) byKey.set(expr.join(" "), g);
      longest = Math.max(longest, expr.length);
    }
  });
  return { groups, byKey, longest };
}

const NO_SYNONYMS = indexSynonyms([]);

/**
 * Parses what the reader typed. Words outside quotes must each match (AND); a quoted phrase must
 * match as adjacent words in order (an unclosed quote is a phrase being typed). The last word is
 * "being typed" (prefix matching) unless the query ends with a space or a closing quote. Words of
 * one letter are ignored outside phrases ("the s of WCO's"); a repeated word counts once.
 */
export function parseQuery(query: string, synonyms: SynonymIndex = NO_SYNONYMS): ParsedQuery {
  const { minWordLength, maxWordLength, maxWords } = SEARCH_OPTIONS;
  const endsOpen = query.length > 0 && !/[\s"“”]$/u.test(query);
  const parts = query.split(/["“”]/u);
  const units: QueryUnit[] = [];
  const seen = new Set<string>();
  const push = (unit: QueryUnit): void => {
    const key = JSON.stringify(unit.alternatives[0]?.terms.map((t) => t.text));
    if (seen.has(key) || units.length >= maxWords) return;
    seen.add(key);
    units.push(unit);
  };
  parts.forEach((part, p) => {
    const last = p === parts.length - 1;
    const tokens = tokenize(part).filter((t) => t.length <= maxWordLength);
    if (tokens.length === 0) return;
    const typingAt = last && endsOpen ? tokens.length - 1 : -1;
    const term = (i: number, fuzzy: boolean): QueryTerm => {
      const text = tokens[i] ?? "";
      return { text, typing: i === typingAt && text.length >= MIN_PREFIX_LENGTH, fuzzy };
    };
    if (p % 2 === 1) {
      const terms = tokens.map((_, i) => term(i, false));
      push({ alternatives: [{ terms, adjacent: terms.length > 1, synonym: false }] });
      return;
    }
    for (let i = 0; i < tokens.length;) {
      const span = synonymSpan(tokens, i, synonyms);
      if (span) {
        const typed = tokens.slice(i, i + span.length);
        const others = (synonyms.groups[span.group] ?? [])
          .filter((expr) => expr.join(" ") !== typed.join(" "))
          .map((expr) => ({
            terms: expr.map((text) => ({ text, typing: false, fuzzy: false })),
            adjacent: expr.length > 1,
            synonym: true,
          }));
        // A name holding a one-letter word ("e-commerce") is matched as typed, adjacent and exact.
        const exact = typed.some((t) => t.length < minWordLength);
        const first: Alternative = {
          terms: typed.map((_, j) => term(i + j, !exact)),
          adjacent: exact && typed.length > 1,
          synonym: false,
        };
        push({ alternatives: [first, ...others] });
        i += span.length;
        continue;
      }
      if ((tokens[i] ?? "").length >= minWordLength) {
        push({ alternatives: [{ terms: [term(i, true)], adjacent: false, synonym: false }] });
      }
      i++;
    }
  });
  return { units };
}

/** The longest synonym expression starting at word `i`. */
function synonymSpan(
  tokens: readonly string[],
  i: number,
  synonyms: SynonymIndex,
): { length: number; group: number } | undefined {
  for (let n = Math.min(synonyms.longest, tokens.length - i); n >= 1; n--) {
    const g = synonyms.byKey.get(tokens.slice(i, i + n).join(" "));
    if (g !== undefined) return { length: n, group: g };
  }
  return undefined;
}

/** Every distinct word of the query (what the reader typed, not synonyms), for highlighting and suggestions. */
export function typedTerms(parsed: ParsedQuery): QueryTerm[] {
  const out: QueryTerm[] = [];
  for (const unit of parsed.units) for (const t of unit.alternatives[0]?.terms ?? []) out.push(t);
  return out;
}
