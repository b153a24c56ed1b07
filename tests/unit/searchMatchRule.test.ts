import { describe, expect, it } from "vitest";
import { fold, matchWord, osaDistance, words } from "../../src/lib/search/query/match.ts";
import { indexSynonyms, parseQuery } from "../../src/lib/search/query/parse.ts";
import { compareRank, minDistance, type RankKey } from "../../src/lib/search/query/score.ts";
import { TopK } from "../../src/lib/search/query/topK.ts";
import { SYNONYMS, synonymTable, validateSynonyms } from "../../src/lib/taxonomy/synonyms.ts";
import { TAXONOMY } from "../../src/lib/taxonomy/data.ts";

/** Whether query word `q` (the last word being typed when `typing`) matches some word of `text`. */
function holds(q: string, text: string, typing = false): boolean {
  const w = fold(q);
  return words(text).some((t) => matchWord(w, t, typing) !== null);
}

describe("matching rule: (query word, article text, match?)", () => {
  it.each([
    ["covid", "The funds were provided by Japan", false, false],
    ["covid", "COVID-19 response", false, true],
    ["peru", "Customs of Perú", false, true],
    ["Perú", "peru and chile", false, true],
    ["peru", "the supermarket", false, false],
    ["iata", "variations of tariffs", false, false],
    ["iata", "IATA guidance", false, true],
    ["cites", "government agencies", false, false],
    ["cites", "endangered species", false, false],
    ["cites", "under CITES rules", false, true],
    ["plastic", "plasticity of law", false, false],
    ["plastic", "plastic waste", false, true],
    ["wildlfie", "illegal wildlife trade", false, true],
    ["tobbaco", "tobacco smuggling", false, true],
    ["Malawii", "Malawi Revenue Authority", false, true],
    ["wco", "the WCO's role", false, true],
    ["wco", "the WHO", false, false],
    ["seize", "seizures of goods", false, false],
    ["seize", "seized goods", true, true],
    ["sei", "seized goods", true, true],
    ["se", "seized goods", true, false],
    ["waste", "wastes", false, true],
    ["waste", "paste", false, true],
    ["ozone", "ozones", false, true],
    ["ivory", "ivory", false, true],
    ["ivroy", "ivory", false, true],
    ["ivry", "ivory", false, false],
    ["customs", "accustomed", false, false],
    ["trade", "trademark", false, false],
    ["trade", "trademark", true, true],
  ])("%s in %j (typing: %s) → %s", (q, text, typing, expected) => {
    expect(holds(q, text, typing)).toBe(expected);
  });

  it("counts a transposition as one edit and stops past the limit", () => {
    expect(osaDistance("wildlfie", "wildlife", 2)).toBe(1);
    expect(osaDistance("abcde", "badce", 1)).toBe(2);
    expect(osaDistance("kitten", "sitting", 3)).toBe(3);
    expect(osaDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("query parsing", () => {
  const synonyms = indexSynonyms(synonymTable(TAXONOMY.programmes));
  const texts = (q: string): string[][] =>
    parseQuery(q, synonyms).units.map((u) => u.alternatives.map((a) => a.terms.map((t) => t.text).join(" ")));

  it("keeps a quoted phrase as one adjacent unit", () => {
    const [unit] = parseQuery('"cultural heritage"').units;
    expect(unit?.alternatives[0]?.adjacent).toBe(true);
    expect(unit?.alternatives[0]?.terms.map((t) => t.text)).toEqual(["cultural", "heritage"]);
  });

  it("marks only the last word as typed, and not after a space", () => {
    expect(parseQuery("illegal wildl").units.map((u) => u.alternatives[0]?.terms[0]?.typing)).toEqual([
      false,
      true,
    ]);
    expect(parseQuery("wildl ").units[0]?.alternatives[0]?.terms[0]?.typing).toBe(false);
  });

  it("drops one-letter words and repeats", () => {
    expect(texts("WCO's s wco")).toEqual([["wco", "world customs organization", "omd"]]);
  });

  it("expands acronyms, full names and spellings both ways", () => {
    expect(texts("IWT")[0]).toContain("illegal wildlife trade");
    expect(texts("illegal wildlife trade")[0]).toContain("iwt");
    expect(texts("STCE")[0]).toContain("strategic trade control enforcement");
    expect(texts("programme")[0]).toContain("program");
    expect(texts("e-commerce")[0]).toEqual(["e commerce", "ecommerce"]);
    expect(texts("WOAH")[0]).toEqual(expect.arrayContaining(["oie", "world organisation for animal health"]));
  });

  it("rejects a bad synonym group, naming it", () => {
    expect(() => validateSynonyms([["WCO"]])).toThrow(/synonyms\[0\]: must list at least two/);
    expect(() => validateSynonyms([["WCO", "wco"]])).toThrow(/synonyms\[0\]/);
    expect(SYNONYMS.length).toBeGreaterThan(5);
  });
});

describe("ranking rules, in order", () => {
  const base: RankKey = {
    exact: 1,
    synonyms: 0,
    typos: 0,
    proximity: 0,
    field: 2,
    frequency: 0.01,
    date: "",
    title: "b",
    id: 5,
  };
  const order = (...keys: RankKey[]): number[] => [...keys].sort(compareRank).map((k) => k.id);

  it("1. exact before synonym before typo", () => {
    expect(
      order(
        { ...base, exact: 0, typos: 1, id: 1 },
        { ...base, exact: 0, synonyms: 1, id: 2 },
        { ...base, id: 3 },
      ),
    ).toEqual([3, 2, 1]);
  });
  it("2. fewer typos", () => {
    expect(order({ ...base, exact: 0, typos: 2, id: 1 }, { ...base, exact: 0, typos: 1, id: 2 })).toEqual([
      2, 1,
    ]);
  });
  it("3. proximity beats field", () => {
    expect(
      order({ ...base, proximity: 5, field: 0, id: 1 }, { ...base, proximity: 1, field: 2, id: 2 }),
    ).toEqual([2, 1]);
  });
  it("4. field beats frequency", () => {
    expect(
      order({ ...base, field: 2, frequency: 0.5, id: 1 }, { ...base, field: 0, frequency: 0.01, id: 2 }),
    ).toEqual([2, 1]);
  });
  it("5. frequency beats date", () => {
    expect(
      order({ ...base, frequency: 0.01, date: "2025-01-01", id: 1 }, { ...base, frequency: 0.05, id: 2 }),
    ).toEqual([2, 1]);
  });
  it("6. newest, then title, then listing order", () => {
    expect(
      order(
        { ...base, date: "2023-01-01", id: 1 },
        { ...base, date: "2024-01-01", id: 2 },
        { ...base, date: "2023-01-01", title: "a", id: 3 },
      ),
    ).toEqual([2, 3, 1]);
  });
  it("proximity is the smallest gap, wrong order costing one more", () => {
    expect(minDistance([3, 10], [4])).toBe(1);
    expect(minDistance([5], [4])).toBe(2);
    expect(minDistance([0], [100])).toBe(8);
  });
  it("the heap keeps the k best in order", () => {
    const top = new TopK<number>(3, (a, b) => a - b);
    for (const v of [9, 1, 8, 2, 7, 3]) top.offer(v);
    expect(top.sorted()).toEqual([1, 2, 3]);
  });
});
