/**
 * Restores the joins that seed titles lost between words: the hyphen of a compound
 * ("Antitrafficking" → "Anti-trafficking", "Wcobacked" → "WCO-backed") and the separator in a run
 * of names ("WHO WCO Boost" → "WHO, WCO Boost", "in Albania Kosovo" → "in Albania and Kosovo").
 *
 * Each rule needs evidence from the article's own body, so a title is never changed on a guess:
 * a compound's second part is a word the body uses (or, after an acronym, a participle such as
 * "backed"), and names are joined only when the body names both, never as one phrase.
 */
import { PLACE_NAMES } from "./placeNames.ts";
import { isJoinerCode, isWordCode } from "./wordCodes.ts";

/** Prefixes that English writes with a hyphen before a word ("anti-trafficking", "eco-sensitive"). */
const PREFIXES = ["anti", "eco", "counter", "cross", "non"] as const;

/** Solid words that begin with one of those prefixes and must stay as they are. */
const SOLID = new Set([
  "ecosystem",
  "ecosystems",
  "ecology",
  "ecological",
  "ecotourism",
  "economy",
  "economic",
  "economics",
  "antibiotic",
  "antibiotics",
  "antibody",
  "antibodies",
  "antique",
  "antiques",
  "counterfeit",
  "counterfeits",
  "counterfeiting",
  "counterpart",
  "counterparts",
  "crossroads",
  "nonetheless",
]);

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const ACRONYM = /^\p{Lu}{2,}$/u;
const SPACES = /^\s+$/u;

/** Whether `text` holds a character outside the BMP (a surrogate code unit). */
function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/**
 * The body's words (WORD tokens), lower-cased, and the acronyms it writes in capitals. A word is
 * looked up in the lower-cased body where it stands as a whole token, rather than by listing
 * every token of every body (a third of a second at 10,000 articles); a body where that is not
 * exact (lower-casing changes its length, or it holds characters outside the BMP) is listed.
 */
class BodyWords {
  private readonly body: string;
  /** The body lower-cased, when its positions are the body's; else undefined. */
  private readonly lower: string | undefined;
  private listed: Set<string> | undefined;
  private acronymCache: Set<string> | undefined;
  private pairCache: Set<string> | undefined;

  constructor(body: string) {
    this.body = body;
    const lower = body.toLowerCase();
    this.lower = lower.length === body.length && !hasSurrogate(body) ? lower : undefined;
  }

  /** Every token, lower-cased (the slow way, for bodies `lower` cannot serve). */
  private get words(): ReadonlySet<string> {
    this.listed ??= new Set(Array.from(this.body.matchAll(WORD), (m) => m[0].toLowerCase()));
    return this.listed;
  }

  /** Whether a word of the body starts at `at` in `text`. */
  private static startsToken(text: string, at: number): boolean {
    if (at === 0) return true;
    const before = text.charCodeAt(at - 1);
    if (isWordCode(before)) return false;
    return !(isJoinerCode(before) && at >= 2 && isWordCode(text.charCodeAt(at - 2)));
  }

  /** Whether a word of the body ends at `end` in `text`. */
  private static endsToken(text: string, end: number): boolean {
    if (end === text.length) return true;
    const after = text.charCodeAt(end);
    if (isWordCode(after)) return false;
    return !(isJoinerCode(after) && end + 1 < text.length && isWordCode(text.charCodeAt(end + 1)));
  }

  /** Whether `word` (lower-case) is one of the body's words. */
  has(word: string): boolean {
    const text = this.lower;
    if (text === undefined) return this.words.has(word);
    if (word === "") return false;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (BodyWords.startsToken(text, at) && BodyWords.endsToken(text, at + word.length)) return true;
    }
    return false;
  }

  /** Whether one of the body's words begins with `stem` (lower-case letters). */
  hasWordStartingWith(stem: string): boolean {
    const text = this.lower;
    if (text === undefined) {
      for (const w of this.words) if (w.startsWith(stem)) return true;
      return false;
    }
    if (stem === "") return false;
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
      if (BodyWords.startsToken(text, at)) return true;
    }
    return false;
  }

  /** Whether the body writes `acronym` (capitals, as given) as a whole word: `acronyms.has`, without listing them. */
  hasAcronym(acronym: string): boolean {
    if (this.lower === undefined || acronym === "") return this.acronyms.has(acronym);
    const text = this.body;
    for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
      if (BodyWords.startsToken(text, at) && BodyWords.endsToken(text, at + acronym.length)) return true;
    }
    return false;
  }

  /** The words the body writes in capitals (two or more). */
  get acronyms(): ReadonlySet<string> {
    if (this.acronymCache) return this.acronymCache;
    const acronyms = new Set<string>();
    for (const m of this.body.matchAll(WORD)) if (ACRONYM.test(m[0])) acronyms.add(m[0]);
    return (this.acronymCache = acronyms);
  }

  /** Lower-cased pairs of words that stand side by side, "a b"; made on first use (few titles need them). */
  get pairs(): ReadonlySet<string> {
    if (this.pairCache) return this.pairCache;
    const pairs = new Set<string>();
    let previous = "";
    let end = 0;
    for (const m of this.body.matchAll(WORD)) {
      const lower = m[0].toLowerCase();
      // Only words with nothing but spaces between them form a phrase ("Africa, Asia" does not).
      if (previous && SPACES.test(this.body.slice(end, m.index))) pairs.add(`${previous} ${lower}`);
      previous = lower;
      end = m.index + m[0].length;
    }
    return (this.pairCache = pairs);
  }
}

/** The word with its lost hyphen restored, or the word itself. */
function restoreCompound(word: string, body: BodyWords): string {
  const lower = word.toLowerCase();
  // Both repairs below need 7 letters or more (a prefix of 3+ and a rest of 4+, or an acronym
  // and a participle), so a shorter word is never looked up.
  if (lower.length < 7 || body.has(lower) || SOLID.has(lower)) return word;
  // An acronym of 3+ letters and a participle of 4+ ("WCO-backed"): only such words need the acronyms.
  for (const acronym of lower.length >= 7 && lower.endsWith("ed") ? body.acronyms : []) {
    if (acronym.length < 3 || !lower.startsWith(acronym.toLowerCase())) continue;
    const rest = lower.slice(acronym.length);
    if (rest.length >= 4 && /ed$/u.test(rest)) return `${acronym}-${rest}`;
  }
  for (const prefix of PREFIXES) {
    const rest = lower.slice(prefix.length);
    if (!lower.startsWith(prefix) || rest.length < 4 || !body.has(rest)) continue;
    return `${word.slice(0, prefix.length)}-${word.slice(prefix.length)}`;
  }
  return word;
}

/** Plurals that usually modify the next word rather than name a thing of their own. */
const MODIFIER_PLURALS = new Set([
  "customs",
  "goods",
  "arms",
  "news",
  "species",
  "means",
  "series",
  "affairs",
  "sales",
]);

type NameClass = "acronym" | "place" | "plural";

/** What class of name a title word is, if it is one the body names on its own. */
function nameClass(word: string, body: BodyWords): NameClass | undefined {
  const lower = word.toLowerCase();
  if (/^\p{Lu}{2,}$/u.test(word)) return body.hasAcronym(word) ? "acronym" : undefined;
  if (!/^\p{Lu}/u.test(word)) return undefined;
  if (PLACE_NAMES.has(lower)) {
    // "Albania" is named by "Albania" or "Albanian"; "Kosovo" by "Kosovar".
    const stem = lower.slice(0, Math.max(4, lower.length - 1));
    return body.hasWordStartingWith(stem) ? "place" : undefined;
  }
  if (lower.length > 4 && lower.endsWith("s") && !lower.endsWith("ss") && !MODIFIER_PLURALS.has(lower)) {
    const singular = lower.slice(0, -1);
    if (body.has(lower) || body.has(singular)) return "plural";
  }
  return undefined;
}

/** Joins two adjacent names of the same class that the body names apart but never as one phrase. */
function restoreSeparators(words: string[], body: BodyWords): string[] {
  const out = [...words];
  const classes = words.map((word) => nameClass(word, body));
  for (let i = 0; i + 1 < out.length; i++) {
    const a = words[i] ?? "";
    const b = words[i + 1] ?? "";
    const cls = classes[i];
    if (!cls || cls !== classes[i + 1] || body.pairs.has(`${a} ${b}`.toLowerCase())) continue;
    // A run that opens the headline is its subject ("WHO, WCO Boost"); elsewhere it reads "A and B".
    out[i] = i === 0 ? `${a},` : `${a} and`;
    i++;
  }
  return out;
}

/** The title with lost compound hyphens and name separators restored from the body's evidence. */
export function restoreJoins(title: string, body: string): string {
  const words = new BodyWords(body);
  const tokens = title.split(" ");
  if (tokens.some((t) => t === "")) return title.replace(WORD, (w) => restoreCompound(w, words));
  const compounds = tokens.map((t) => (/^[\p{L}\p{N}]+$/u.test(t) ? restoreCompound(t, words) : t));
  const bare = compounds.map((t) => (/^[\p{L}\p{N}]+$/u.test(t) ? t : ""));
  const joined = restoreSeparators(bare, words);
  return compounds.map((t, i) => (bare[i] === "" ? t : (joined[i] ?? t))).join(" ");
}
