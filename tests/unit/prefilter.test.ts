/**
 * The classifier's literal prefilter: the literals it derives are ones every match contains, the
 * automaton finds exactly the literals a text contains, and classify() with the prefilter tags
 * every text exactly as running every pattern would.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classify, normaliseForMatching } from "../../src/lib/taxonomy/classify.ts";
import { TAXONOMY } from "../../src/lib/taxonomy/data.ts";
import {
  alternativeLiteralSets,
  foldForLiterals,
  LiteralSet,
  requiredLiteralSets,
  requiredLiterals,
} from "../../src/lib/taxonomy/prefilter.ts";
import { toRegExp, type Pattern, type Taxonomy } from "../../src/lib/taxonomy/schema.ts";
import { generateCorpus, readSeedTexts } from "../bench/generateCorpus.ts";
import { SEEDS_DIR, realArticles } from "../support/realSeeds.ts";

/** The classifier without a prefilter: every pattern runs on every text. */
function bruteForce(text: { title: string; body: string }, taxonomy: Taxonomy = TAXONOMY) {
  const full = normaliseForMatching(`${text.title}\n\n${text.body}`);
  const hits = (entries: ReadonlyArray<{ slug: string; patterns: Pattern[] }>, t: string) =>
    entries.filter((e) => e.patterns.some((p) => toRegExp(p).test(t))).map((e) => e.slug);
  const topics = hits(taxonomy.topics, full);
  return {
    programmes: hits(taxonomy.programmes, full),
    topics: topics.length > 0 ? topics : [taxonomy.fallbackTopic],
    partners: hits(taxonomy.partners, full),
  };
}

const ALL_PATTERNS = (["programmes", "topics", "partners"] as const).flatMap((k) =>
  TAXONOMY[k].flatMap((e) => e.patterns.map((p) => toRegExp(p))),
);

/**
 * Checks `holds` on every match of every taxonomy pattern in the real articles (folded as the
 * prefilter folds a case-insensitive pattern's text), for the patterns `literalsOf` gives literals
 * for; returns how many matches it checked.
 */
function everyTaxonomyMatch<L>(
  literalsOf: (re: RegExp) => L | undefined,
  holds: (literals: L, match: string) => boolean,
): number {
  const texts = realArticles().map((a) =>
    normaliseForMatching([a.title, ...a.blocks.map((b) => b.text)].join("\n")),
  );
  let checked = 0;
  for (const re of ALL_PATTERNS) {
    const literals = literalsOf(re);
    if (literals === undefined) continue;
    const global = new RegExp(re.source, `${re.flags}g`);
    for (const text of texts) {
      for (const m of text.matchAll(global)) {
        const match = re.flags.includes("i") ? foldForLiterals(m[0]) : m[0];
        expect(holds(literals, match), `${re} matched "${m[0]}"`).toBe(true);
        checked++;
      }
    }
  }
  return checked;
}

describe("required literals", () => {
  it.each<[RegExp, string[] | undefined]>([
    [/\bwildlife\b/iu, ["wildlife"]],
    [/\bINAMA\b/u, ["INAMA"]],
    [/\bendangered\s+species\b/iu, ["endangered"]],
    [/\b(?:ivory|pangolins?|shark\s+fins?)\b/iu, ["ivory", "pangolin", "shark"]],
    [/\bWorld\s+Health\s+Organi[sz]ation\b/iu, ["organisation", "organization"]],
    [/\bC[ôo]te\s+d'Ivoire\b/u, ["d'Ivoire"]],
    [/\b(?:non[\s-]?)?proliferation\b/iu, ["proliferation"]],
    [/\bEU\b/u, undefined], // two letters: too common to be worth a prefilter
    [/\bG[\s-]?7\b/u, undefined],
    [/\b\w+ing\b/u, ["ing"]],
    [/x*/u, undefined],
    [/(?:abc|.)def/u, ["def"]],
  ])("%s needs one of %j", (re, expected) => {
    expect(requiredLiterals(re)).toEqual(expected);
  });

  it("finds a literal for nearly every taxonomy pattern", () => {
    const without = ALL_PATTERNS.filter((re) => requiredLiterals(re) === undefined);
    expect(without.length).toBeLessThanOrEqual(ALL_PATTERNS.length / 20);
  });

  it.each<[RegExp, string[][]]>([
    [/\b(?:hazardous|plastic)\s+waste\b/iu, [["hazardous", "plastic"], ["waste"]]],
    [/\bWorld\s+Trade\s+Organi[sz]ation\b/iu, [["world"], ["trade"], ["organisation", "organization"]]],
    [/\bart\s+(?:theft|crime)\b/iu, [["art"], ["theft", "crime"]]],
    [/\b(?:ivory|tusk)\b|\bpangolin\b/iu, [["ivory", "tusk", "pangolin"]]],
    [/\bEU\b/u, []],
  ])("%s needs a literal of each of %j", (re, expected) => {
    expect(requiredLiteralSets(re)).toEqual(expected);
  });

  it.each<[RegExp, string[][][] | undefined]>([
    [
      /\b(?:blockchain|artificial\s+intelligence|big\s+data)\b/iu,
      [[["blockchain"]], [["artificial"], ["intelligence"]], [["big"], ["data"]]],
    ],
    [/\bart\s+(?:theft|crime)\b/iu, [[["theft"]], [["crime"]]]],
    // An alternative a match could take without any literal: no sharper test.
    [/\b(?:ivory|\w+)\b/iu, undefined],
    [/\b(?:ivory|tusk)?\s+trade\b/iu, undefined],
    [/\bEU\b/u, undefined],
  ])("%s: every match through one alternative holds every set of %j", (re, expected) => {
    expect(alternativeLiteralSets(re)).toEqual(expected);
  });

  it("never names alternatives' literals that a match of a taxonomy pattern lacks", () => {
    const checked = everyTaxonomyMatch(alternativeLiteralSets, (alternatives, match) =>
      alternatives.some((sets) => sets.every((set) => set.some((l) => match.includes(l)))),
    );
    expect(checked).toBeGreaterThan(50);
  });

  it("never names a literal that a match of a taxonomy pattern lacks", () => {
    const checked = everyTaxonomyMatch(requiredLiterals, (literals, match) =>
      literals.some((l) => match.includes(l)),
    );
    expect(checked).toBeGreaterThan(100);
  });
});

describe("literal automaton", () => {
  it("finds exactly the literals a text contains, overlapping ones included", () => {
    // A small alphabet, so literals overlap and share prefixes and suffixes; non-ASCII included.
    const unit = fc.constantFrom("a", "b", "c", "é", "\u2019", "\u{1F600}");
    // The text also has code units no literal has ("x", "ü"): they send the automaton to its root.
    const textUnit = fc.constantFrom("a", "b", "c", "é", "\u2019", "\u{1F600}", "x", "ü");
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        fc.string({ unit: textUnit, maxLength: 60 }),
        (literals, text) => {
          const set = new LiteralSet(literals);
          const found = new Uint8Array(set.size);
          set.scan(text, found);
          expect([...found].map((f) => f === 1)).toEqual(literals.map((l) => text.includes(l)));
        },
      ),
    );
  });

  it("handles literals that are suffixes and prefixes of each other", () => {
    const set = new LiteralSet(["he", "she", "his", "hers", "ers"]);
    const found = new Uint8Array(set.size);
    set.scan("ushers", found);
    expect([...found]).toEqual([1, 1, 0, 1, 1]);
  });

  it("folds case like a case-insensitive Unicode pattern, keeping the length", () => {
    expect(foldForLiterals("İstanbul WILDLIFE \u212aenya \u017fmuggling")).toBe(
      "İstanbul wildlife kenya smuggling",
    );
    expect(/\bkenya\b/iu.test("\u212aenya")).toBe(true);
  });
});

describe("classify with the prefilter", () => {
  it("tags every real article exactly as running every pattern does", () => {
    for (const a of realArticles()) {
      const text = { title: a.title, body: a.blocks.map((b) => b.text).join("\n\n") };
      expect(classify(text), a.slug).toEqual(bruteForce(text));
    }
  });

  it("tags synthetic articles exactly as running every pattern does", () => {
    const corpus = generateCorpus({ count: 300, sources: readSeedTexts(SEEDS_DIR), seed: "prefilter" });
    const texts = corpus.files.flatMap((f) => f.content.split(/\n\s*\n/u));
    for (let i = 0; i + 6 < texts.length; i += 6) {
      const text = { title: texts[i] ?? "", body: texts.slice(i + 1, i + 6).join("\n\n") };
      expect(classify(text)).toEqual(bruteForce(text));
    }
  });

  it("agrees with running every pattern on random mixes of taxonomy words and case changes", () => {
    const words = ALL_PATTERNS.flatMap((re) => [
      ...requiredLiteralSets(re).flat(),
      ...(alternativeLiteralSets(re) ?? []).flat(2),
    ]);
    const token = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(
        " ",
        "\n",
        "-",
        "'",
        "’",
        "s",
        "’s",
        ".",
        "UK",
        "US",
        "EU",
        "G7",
        "\u212a",
        "\u017f",
        "é",
      ),
    );
    const caseChange = fc.constantFrom<(s: string) => string>(
      (s) => s,
      (s) => s.toUpperCase(),
      (s) => s.charAt(0).toUpperCase() + s.slice(1),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(token, caseChange), { maxLength: 40 }), (parts) => {
        const body = parts.map(([t, f]) => f(t)).join(" ");
        expect(classify({ title: "", body })).toEqual(bruteForce({ title: "", body }));
      }),
      { numRuns: 300 },
    );
  });
});
