/**
 * The index answers exactly like the matching rule applied by brute force to every word of every
 * document (tests/support/searchFixtures.ts): the same documents for every query, on the real
 * articles and on invented documents full of words that hold each other ("covid" in "provided").
 * And every document holding the typed words exactly is among the results.
 */
import { describe, expect, it } from "vitest";
import type { SearchDocument } from "../../src/lib/search/build/documents.ts";
import { words } from "../../src/lib/search/query/match.ts";
import { parseQuery } from "../../src/lib/search/query/parse.ts";
import { createRng } from "../bench/corpus/prng.ts";
import {
  exactHolders,
  loadedIndex,
  realSearchDocuments,
  referenceSearch,
} from "../support/searchFixtures.ts";

/** Typos, prefixes as typed, body-only words, acronyms and names, several words, phrases, short words, no match. */
export const AGREEMENT_QUERIES = [
  "wildlife",
  "wildlfe",
  "wildl",
  "wi",
  "wil",
  "w",
  "tobbaco",
  "tob",
  "Philipines",
  "Beirut",
  "beir",
  "explosive precursors",
  "precursors explosive",
  "mikuria",
  "malawi risk management",
  "heritage cultural trafficking",
  '"cultural heritage"',
  '"heritage cultural"',
  '"cultural her',
  "STCE",
  "strategic trade control enforcement",
  "INAMA",
  "inama malawi",
  "DEMETER waste",
  "cites",
  "covid",
  "peru",
  "Perú",
  "iata",
  "plastic",
  "pangolin",
  "training stce",
  "customs",
  "wco",
  "WCO's",
  "World Customs Organization",
  "OMD",
  "IWT",
  "illegal wildlife trade",
  "ODS",
  "WMD",
  "OIE",
  "programme",
  "program",
  "organization",
  "e-commerce",
  "ecommerce",
  "covid-19 vaccines",
  "albania kosovo",
  "Cambodia's",
  "enviromental crime",
  "eco-sensitive",
  "xylophone",
  "zzz",
  "trafficking of art",
  "a",
  "to",
  "of the",
] as const;

describe("the index equals the brute-force rule on the real articles", () => {
  const docs = realSearchDocuments();
  const index = loadedIndex(docs);

  it.each(AGREEMENT_QUERIES)("%s", (query) => {
    const parsed = parseQuery(query, index.synonyms);
    const outcome = index.search(parsed, []);
    expect(outcome.complete).toBe(true);
    // A query of one-letter words searches nothing: the page then lists what the filters keep.
    expect(outcome.searched).toBe(parsed.units.length > 0);
    if (!outcome.searched) return;
    expect([...outcome.ids].sort((a, b) => a - b)).toEqual(referenceSearch(docs, parsed));
    expect(outcome.total).toBe(outcome.ids.length);
  });

  it("shows every article that holds the typed words exactly", () => {
    for (const query of AGREEMENT_QUERIES) {
      if (query.includes('"')) continue;
      const parsed = parseQuery(`${query} `, index.synonyms);
      const typed = [...new Set(words(query).filter((w) => w.length >= 2))];
      const shown = new Set(index.search(parsed, []).ids);
      for (const id of exactHolders(docs, typed))
        expect(shown.has(id), `${query}: ${docs[id]?.slug ?? ""}`).toBe(true);
    }
  });

  it("finds no fragment: covid, peru, iata, plastic and cites match whole words only", () => {
    const holds = (q: string, text: string): boolean =>
      referenceSearch([{ ...EMPTY, body: text }], parseQuery(`${q} `, index.synonyms)).length === 1;
    expect(holds("covid", "the funds were provided")).toBe(false);
    expect(holds("peru", "a supermarket")).toBe(false);
    expect(holds("iata", "variations")).toBe(false);
    expect(holds("cites", "agencies and species")).toBe(false);
    expect(holds("cites", "under CITES")).toBe(true);
  });
});

const EMPTY: SearchDocument = {
  slug: "x",
  title: "",
  programmes: [],
  topics: [],
  places: [],
  tags: "",
  body: "",
};

/** Words that hold each other, differ by a letter or two, or carry diacritics. */
const WORDS = [
  "covid",
  "provided",
  "vid",
  "peru",
  "perú",
  "supermarket",
  "iata",
  "variations",
  "cites",
  "species",
  "agencies",
  "cities",
  "plastic",
  "plasticity",
  "trade",
  "trademark",
  "traded",
  "customs",
  "accustomed",
  "wildlife",
  "wild",
  "life",
  "tobacco",
  "tobago",
  "malawi",
  "malawian",
  "heritage",
  "cultural",
  "seize",
  "seized",
  "seizure",
  "ivory",
  "ivories",
  "ozone",
  "ozones",
  "waste",
  "paste",
  "wastes",
  "café",
  "cafe",
  "naïve",
  "e",
  "commerce",
  "ecommerce",
  "wco",
  "world",
  "organization",
  "organisation",
  "omd",
  "x1",
  "g7",
] as const;

function invented(count: number, seed: number): SearchDocument[] {
  const random = createRng(seed);
  const rng = (): number => random.next();
  const pick = (): string => WORDS[Math.floor(rng() * WORDS.length)] ?? "";
  const text = (n: number): string => Array.from({ length: n }, pick).join(rng() < 0.5 ? " " : ", ");
  return Array.from({ length: count }, (_, i) => ({
    slug: `doc-${i}`,
    title: text(1 + Math.floor(rng() * 6)),
    programmes: [],
    topics: [],
    places: [],
    tags: rng() < 0.3 ? text(2) : "",
    body: text(5 + Math.floor(rng() * 40)),
  }));
}

describe("the index equals the brute-force rule on documents it has never seen", () => {
  const docs = invented(400, 15);
  const index = loadedIndex(docs);
  const random = createRng(99);
  const rng = (): number => random.next();
  const typo = (w: string): string => {
    const i = Math.floor(rng() * w.length);
    const r = rng();
    if (r < 0.25 && i + 1 < w.length) return w.slice(0, i) + (w[i + 1] ?? "") + (w[i] ?? "") + w.slice(i + 2);
    if (r < 0.5) return w.slice(0, i) + w.slice(i + 1);
    if (r < 0.75) return `${w.slice(0, i)}x${w.slice(i)}`;
    return `${w.slice(0, i)}q${w.slice(i + 1)}`;
  };
  const queries: string[] = [];
  for (let i = 0; i < 300; i++) {
    const n = 1 + Math.floor(rng() * 3);
    const ws = Array.from({ length: n }, () => {
      const w = WORDS[Math.floor(rng() * WORDS.length)] ?? "";
      const r = rng();
      return r < 0.3
        ? typo(w)
        : r < 0.45
          ? w.slice(0, Math.max(2, Math.ceil(w.length / 2)))
          : w.toUpperCase();
    });
    const q = ws.join(" ");
    queries.push(rng() < 0.15 ? `"${q}"` : rng() < 0.5 ? `${q} ` : q);
  }

  it.each(queries.filter((q) => parseQuery(q, index.synonyms).units.length > 0))("%j", (query) => {
    const parsed = parseQuery(query, index.synonyms);
    const all = index.search(parsed, []);
    expect([...all.ids].sort((a, b) => a - b)).toEqual(referenceSearch(docs, parsed));
    // The best few are the head of the whole ranking: a result left out unread must rank below them.
    for (const limit of [1, 3, 10])
      expect([...index.search(parsed, [], limit).ids]).toEqual([...all.ids.slice(0, limit)]);
  });
});
