/**
 * A literal prefilter for the classifier's regular expressions: from each pattern's syntax tree
 * (regexpp), a set of literal strings of which every match must contain at least one; one
 * Aho–Corasick pass over a text then tells which patterns can match at all, so only those run.
 * Exact by construction: it only ever skips a pattern that cannot match.
 */
import { RegExpParser, type AST } from "@eslint-community/regexpp";

export { LiteralSet } from "./literalSet.ts";

/** Literal sets larger than this are not worth tracking (the pattern just runs). */
const MAX_SET = 32;
/** The shortest literal worth prefiltering on: a one-letter literal occurs in nearly every text. */
const MIN_LITERAL = 3;

/** What a node of the pattern can match: the exact strings (when few) and a required-literal set. */
interface Info {
  /** Every string the node matches, when they are few and known; undefined otherwise. */
  readonly exact: readonly string[] | undefined;
  /** Literals of which every match contains one (all non-empty), or undefined. */
  readonly required: readonly string[] | undefined;
}

const EMPTY: Info = { exact: [""], required: undefined };
const UNKNOWN: Info = { exact: undefined, required: undefined };

/** The better of two required sets: the one whose shortest literal is longest. */
function better(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
): readonly string[] | undefined {
  if (!a || a.length === 0) return b && b.length > 0 ? b : undefined;
  if (!b || b.length === 0) return a;
  const min = (s: readonly string[]) => Math.min(...s.map((x) => x.length));
  return min(b) > min(a) ? b : a;
}

/** A usable required set: no empty string, not too large; a literal containing another is dropped (the shorter one is found whenever it is). */
function usable(set: readonly string[] | undefined): readonly string[] | undefined {
  if (!set || set.length === 0 || set.length > MAX_SET || set.some((s) => s === "")) return undefined;
  const distinct = [...new Set(set)];
  return distinct.filter((a) => !distinct.some((b) => b !== a && a.includes(b)));
}

/** Letters whose case the folded text would not match (non-ASCII letters with case) make a character unknown under /i. */
function characterInfo(code: number, ignoreCase: boolean): Info {
  const c = String.fromCodePoint(code);
  if (!ignoreCase) return { exact: [c], required: undefined };
  if (code < 128) return { exact: [c.toLowerCase()], required: undefined };
  return c.toLowerCase() === c.toUpperCase() ? { exact: [c], required: undefined } : UNKNOWN;
}

function classInfo(node: AST.CharacterClass, ignoreCase: boolean): Info {
  if (node.negate || node.unicodeSets) return UNKNOWN;
  const out: string[] = [];
  for (const e of node.elements) {
    if (e.type === "Character") {
      const info = characterInfo(e.value, ignoreCase);
      if (!info.exact) return UNKNOWN;
      out.push(...info.exact);
    } else if (e.type === "CharacterClassRange" && e.max.value - e.min.value < 8) {
      for (let v = e.min.value; v <= e.max.value; v++) {
        const info = characterInfo(v, ignoreCase);
        if (!info.exact) return UNKNOWN;
        out.push(...info.exact);
      }
    } else return UNKNOWN;
  }
  return { exact: [...new Set(out)], required: undefined };
}

function alternativesInfo(alternatives: readonly AST.Alternative[], ignoreCase: boolean): Info {
  const infos = alternatives.map((a) => sequenceInfo(a.elements, ignoreCase));
  const exact = infos.every((i) => i.exact) ? infos.flatMap((i) => i.exact ?? []) : undefined;
  // Every alternative must contribute a literal (its required set, else its exact strings).
  const parts = infos.map((i) => usable(i.required) ?? usable(i.exact));
  const required = parts.every((p) => p) ? parts.flatMap((p) => p ?? []) : undefined;
  return {
    exact: exact && exact.length <= MAX_SET ? [...new Set(exact)] : undefined,
    required: usable(required),
  };
}

function sequenceInfo(
  elements: readonly AST.Element[],
  ignoreCase: boolean,
  /** When given, receives every required set found along the sequence (each one holds on its own). */
  candidates?: (readonly string[])[],
): Info {
  let run: string[] = [""];
  let best: readonly string[] | undefined;
  let exact: string[] | undefined = [""];
  const consider = (set: readonly string[] | undefined): void => {
    const u = usable(set);
    if (u) candidates?.push(u);
    best = better(best, u);
  };
  for (const element of elements) {
    const info = elementInfo(element, ignoreCase);
    consider(info.required);
    const next: string[] = [];
    if (info.exact) for (const a of run) for (const b of info.exact) next.push(a + b);
    if (info.exact && next.length <= MAX_SET) {
      run = next;
      if (exact) exact = run;
    } else {
      // The run of exact strings ends here: keep it as a candidate, start a new one.
      consider(run);
      run = info.exact ? [...info.exact] : [""];
      exact = undefined;
    }
  }
  consider(run);
  return { exact, required: best };
}

function elementInfo(node: AST.Element, ignoreCase: boolean): Info {
  switch (node.type) {
    case "Character":
      return characterInfo(node.value, ignoreCase);
    case "CharacterClass":
      return classInfo(node, ignoreCase);
    case "Assertion":
      return EMPTY; // consumes nothing, so adds nothing a match must contain
    case "Group":
      return node.modifiers ? UNKNOWN : alternativesInfo(node.alternatives, ignoreCase);
    case "CapturingGroup":
      return alternativesInfo(node.alternatives, ignoreCase);
    case "Quantifier": {
      const inner = elementInfo(node.element, ignoreCase);
      if (node.min === 0) {
        return node.max === 1 && inner.exact ? { exact: ["", ...inner.exact], required: undefined } : UNKNOWN;
      }
      const required = better(usable(inner.required), usable(inner.exact));
      return { exact: node.min === 1 && node.max === 1 ? inner.exact : undefined, required };
    }
    default:
      return UNKNOWN; // character sets (\s, \p{…}, .), backreferences
  }
}

const parser = new RegExpParser();

function parse(re: RegExp): AST.Pattern | undefined {
  try {
    return parser.parsePattern(re.source, 0, re.source.length, {
      unicode: re.flags.includes("u"),
      unicodeSets: re.flags.includes("v"),
    });
  } catch {
    return undefined;
  }
}

/** Whether a literal set is selective enough to be worth checking. */
function worthIt(set: readonly string[] | undefined): set is readonly string[] {
  return set !== undefined && Math.min(...set.map((s) => s.length)) >= MIN_LITERAL;
}

/**
 * Literals of which every match of `re` contains one (lower-cased when `re` ignores case), or
 * undefined when no useful set is known (the pattern must always run).
 */
export function requiredLiterals(re: RegExp): string[] | undefined {
  const pattern = parse(re);
  if (!pattern) return undefined;
  const info = alternativesInfo(pattern.alternatives, re.flags.includes("i"));
  const set = usable(better(usable(info.required), usable(info.exact)));
  return worthIt(set) ? [...set] : undefined;
}

/**
 * Several literal sets that every match of `re` satisfies at once (each match contains a
 * literal of every set): "(?:hazardous|plastic) waste" needs one of {hazardous, plastic} and
 * "waste". Empty when no useful set is known.
 */
export function requiredLiteralSets(re: RegExp): string[][] {
  const pattern = parse(re);
  const [only] = pattern?.alternatives ?? [];
  if (!pattern || pattern.alternatives.length !== 1 || !only) {
    const set = requiredLiterals(re);
    return set ? [set] : [];
  }
  return sequenceSets(only.elements, re.flags.includes("i"));
}

/** The distinct literal sets worth checking that every match of a sequence satisfies at once. */
function sequenceSets(elements: readonly AST.Element[], ignoreCase: boolean): string[][] {
  const candidates: (readonly string[])[] = [];
  sequenceInfo(elements, ignoreCase, candidates);
  const seen = new Set<string>();
  return candidates.filter(worthIt).flatMap((set) => {
    const key = [...set].sort().join("\n");
    if (seen.has(key)) return [];
    seen.add(key);
    return [[...set]];
  });
}

/**
 * Folds a text the way a case-insensitive Unicode pattern compares ASCII letters: A–Z to a–z,
 * and the two non-ASCII characters whose simple case folding is an ASCII letter (K KELVIN SIGN
 * → k, ſ LONG S → s). Keeps the length.
 */
export function foldForLiterals(text: string): string {
  let out = text.toLowerCase();
  if (out.length !== text.length) {
    // toLowerCase changed the length (e.g. İ); fold ASCII only, character by character.
    out = text.replace(/[A-Z]/gu, (c) => c.toLowerCase());
  }
  // The Kelvin sign and the long s fold to ASCII letters; most texts hold neither.
  if (!out.includes("\u212a") && !out.includes("\u017f")) return out;
  return out.replace(/[\u212a\u017f]/gu, (c) => (c === "\u212a" ? "k" : "s"));
}

/**
 * For a pattern that is one sequence holding a group of alternatives ("\b(?:blockchain|big\s+data)\b"),
 * per alternative of that group the literal sets that a match through it satisfies at once, as
 * requiredLiteralSets gives them for a whole pattern ({blockchain}; {big} and {data}). Every
 * match goes through one alternative, so it satisfies all the sets of at least one: a sharper
 * test than one literal per alternative, which "data" alone passes in most customs news.
 * Undefined when the pattern has no such group, or when an alternative has no useful set.
 */
export function alternativeLiteralSets(re: RegExp): string[][][] | undefined {
  const pattern = parse(re);
  const [only] = pattern?.alternatives ?? [];
  if (!pattern || pattern.alternatives.length !== 1 || !only) return undefined;
  // A group that is itself an element of the sequence (not under a quantifier) is matched once.
  const group = only.elements.find(
    (e): e is AST.Group | AST.CapturingGroup =>
      ((e.type === "Group" && !e.modifiers) || e.type === "CapturingGroup") && e.alternatives.length > 1,
  );
  if (!group) return undefined;
  const sets = group.alternatives.map((a) => sequenceSets(a.elements, re.flags.includes("i")));
  return sets.every((s) => s.length > 0) ? sets : undefined;
}
