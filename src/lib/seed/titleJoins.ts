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

/** Whether `token` may be an acronym: its first character is a capital A–Z or not ASCII (cheap before ACRONYM). */
function mayBeAcronym(token: string): boolean {
  const c = token.charCodeAt(0);
  return (c >= 65 && c <= 90) || c > 127;
}

/** The body's words, lower-cased, and the acronyms it writes in capitals. */
class BodyWords {
  readonly words = new Set<string>();
  readonly acronyms = new Set<string>();
  private pairCache: Set<string> | undefined;
  private readonly body: string;

  constructor(body: string) {
    this.body = body;
    for (const m of body.matchAll(WORD)) {
      const token = m[0];
      this.words.add(token.toLowerCase());
      if (mayBeAcronym(token) && ACRONYM.test(token)) this.acronyms.add(token);
    }
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
  if (body.words.has(lower) || SOLID.has(lower)) return word;
  for (const acronym of body.acronyms) {
    if (acronym.length < 3 || !lower.startsWith(acronym.toLowerCase())) continue;
    const rest = lower.slice(acronym.length);
    if (rest.length >= 4 && /ed$/u.test(rest)) return `${acronym}-${rest}`;
  }
  for (const prefix of PREFIXES) {
    const rest = lower.slice(prefix.length);
    if (!lower.startsWith(prefix) || rest.length < 4 || !body.words.has(rest)) continue;
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
  if (/^\p{Lu}{2,}$/u.test(word)) return body.acronyms.has(word) ? "acronym" : undefined;
  if (!/^\p{Lu}/u.test(word)) return undefined;
  if (PLACE_NAMES.has(lower)) {
    // "Albania" is named by "Albania" or "Albanian"; "Kosovo" by "Kosovar".
    const stem = lower.slice(0, Math.max(4, lower.length - 1));
    for (const w of body.words) if (w.startsWith(stem)) return "place";
    return undefined;
  }
  if (lower.length > 4 && lower.endsWith("s") && !lower.endsWith("ss") && !MODIFIER_PLURALS.has(lower)) {
    const singular = lower.slice(0, -1);
    if (body.words.has(lower) || body.words.has(singular)) return "plural";
  }
  return undefined;
}

/** Joins two adjacent names of the same class that the body names apart but never as one phrase. */
function restoreSeparators(words: string[], body: BodyWords): string[] {
  const out = [...words];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = words[i] ?? "";
    const b = words[i + 1] ?? "";
    const cls = nameClass(a, body);
    if (!cls || cls !== nameClass(b, body) || body.pairs.has(`${a} ${b}`.toLowerCase())) continue;
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
