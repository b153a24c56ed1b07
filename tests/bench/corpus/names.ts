/**
 * Invented, pronounceable proper nouns (places, ports) for the synthetic
 * corpus, with a pool whose size grows sub-linearly with the article count
 * (Heaps' law), so the corpus vocabulary grows with N like real news does.
 */
import type { Rng } from "./prng.ts";

const ONSETS = [
  "b",
  "d",
  "g",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "z",
  "br",
  "dr",
  "kr",
  "tr",
  "st",
  "sh",
  "ch",
  "th",
  "gr",
  "pl",
  "kh",
] as const;
const VOWELS = ["a", "e", "i", "o", "u", "a", "o", "ai", "ou", "ia"] as const;
const CODAS = ["", "", "", "n", "r", "l", "s", "m", "k"] as const;
const PLACE_ENDINGS = ["ia", "ar", "ovo", "esh", "ania", "istan", "ora", "ene", "u", ""] as const;

/** Returns one invented, capitalised, pronounceable word (not necessarily unique). */
export function inventWord(rng: Rng): string {
  const syllables = rng.int(2, 3);
  let word = "";
  for (let i = 0; i < syllables; i++) {
    word += rng.pick(ONSETS) + rng.pick(VOWELS) + (i < syllables - 1 ? "" : rng.pick(CODAS));
  }
  if (rng.chance(0.5)) word += rng.pick(PLACE_ENDINGS);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Growing pool of unique invented names; size after i articles ≈ k·i^beta. */
export class NamePool {
  readonly names: string[] = [];
  readonly #seen: Set<string>;
  readonly #k: number;
  readonly #beta: number;

  /** `reserved` words (e.g. real place names) are never produced. */
  constructor(reserved: Iterable<string> = [], k = 6, beta = 0.75) {
    this.#seen = new Set(reserved);
    this.#k = k;
    this.#beta = beta;
  }

  /**
   * Names for article number `index` (0-based): grows the pool to its target
   * size, uses the freshly invented names first, fills up with reused ones.
   * Returns `count` distinct names.
   */
  namesFor(index: number, count: number, rng: Rng): string[] {
    const target = Math.ceil(this.#k * Math.pow(index + 1, this.#beta));
    const chosen: string[] = [];
    while (this.names.length < Math.max(target, count)) {
      const name = this.#invent(rng);
      this.names.push(name);
      if (chosen.length < count) chosen.push(name);
    }
    while (chosen.length < count) {
      const name = rng.pick(this.names);
      if (!chosen.includes(name)) chosen.push(name);
    }
    return chosen;
  }

  #invent(rng: Rng): string {
    for (;;) {
      const name = inventWord(rng);
      if (!this.#seen.has(name)) {
        this.#seen.add(name);
        return name;
      }
    }
  }
}
