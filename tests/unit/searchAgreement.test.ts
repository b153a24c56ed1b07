/**
 * The term index must answer like an exhaustive Fuse.js token search over the documents (same
 * options, useTokenSearch, tokenMatch "all"). Fuse.js runs Bitap over the raw field text, so it can
 * also align a query word across two words ("inama" ~ "in mai", "raman" ~ "r mana"); the index is
 * word-based and never does. So: on texts whose words are kept apart (same words, tokens and word
 * counts), results, scores and order are identical; on the raw texts the index returns a subset,
 * the missing documents being exactly those cross-word alignments.
 */
import { describe, expect, it } from "vitest";
import { queryWords } from "../../src/lib/search/analyze.ts";
import {
  loadedEngine,
  realSearchDocuments,
  referenceFuse,
  wordSeparatedFuse,
} from "../support/searchFixtures.ts";

/** Typos, prefixes as typed, body-only words, acronyms, several words, short words, no match. */
export const AGREEMENT_QUERIES = [
  "wildlife",
  "wildlfe",
  "wildl",
  "wi",
  "wil",
  "wild",
  "w",
  "tobbaco",
  "tobacco",
  "tob",
  "Philipines",
  "philippines",
  "Beirut",
  "beir",
  "explosive precursors",
  "precursors explosive",
  "Mikuriya",
  "mikuria",
  "malawi risk management",
  "management risk malawi",
  "heritage cultural trafficking",
  "cultural heritage",
  "STCE",
  "stc",
  "strategic trade control",
  "strategic trade control enforcement",
  "INAMA",
  "inama malawi",
  "DEMETER",
  "demeter waste",
  "COPES",
  "cites",
  "ivory",
  "pangolin",
  "training",
  "training stce",
  "customs",
  "wco",
  "WCO's",
  "e-commerce",
  "ecommerce",
  "covid-19 vaccines",
  "vaccine",
  "earthquake",
  "floods",
  "albania kosovo",
  "bosnia",
  "peru",
  "cambodia",
  "raman",
  "spectrometers",
  "plastic waste",
  "illegal waste trade",
  "air cargo",
  "iata",
  "supply chain",
  "adbi",
  "g7",
  "francophone",
  "mena",
  "environmental",
  "enviromental crime",
  "eco-sensitive",
  "disruptive technology",
  "oie",
  "osce",
  "xylophone",
  "quantum",
  "blockchain",
  "submarine",
  "zzz",
  "trafficking of art",
  "a",
  "w",
  "to",
  "of the",
] as const;

const docs = realSearchDocuments();
const engine = loadedEngine(docs);
const filters = { programmes: [], topics: [] };

describe("the term index equals exhaustive Fuse.js over word-separated texts", () => {
  const fuse = wordSeparatedFuse(docs);

  it("ignores words shorter than two letters, as the page does", () => {
    expect(queryWords("a")).toEqual([]);
    expect(queryWords("w")).toEqual([]);
    expect(queryWords("WCO's")).toEqual(["wco"]);
  });

  it.each(AGREEMENT_QUERIES.filter((q) => queryWords(q).length > 0))("%s", (query) => {
    const words = queryWords(query);
    const mine = engine.search(words, filters);
    const reference = fuse.search(words.join(" "));
    expect([...mine.ids].sort((a, b) => a - b)).toEqual(
      reference.map((r) => r.refIndex).sort((a, b) => a - b),
    );
    expect(mine.total).toBe(reference.length);
    // Same scores, so the same order (Fuse.js breaks ties by document order, as the index does).
    reference.forEach((r, i) => expect(mine.scores[i]).toBeCloseTo(r.score ?? 0, 9));
    expect([...mine.ids]).toEqual(reference.map((r) => r.refIndex));
  });
});

describe("on the raw texts the term index returns a subset of exhaustive Fuse.js", () => {
  const raw = referenceFuse(docs);
  const separated = wordSeparatedFuse(docs);

  it.each(AGREEMENT_QUERIES.filter((q) => queryWords(q).length > 0))("%s", (query) => {
    const words = queryWords(query);
    const mine = new Set(engine.search(words, filters).ids);
    const rawIds = raw.search(words.join(" ")).map((r) => r.refIndex);
    const separatedIds = new Set(separated.search(words.join(" ")).map((r) => r.refIndex));
    for (const id of mine) expect(rawIds).toContain(id);
    // What only the raw texts match comes from an alignment across words.
    expect(rawIds.filter((id) => !mine.has(id))).toEqual(rawIds.filter((id) => !separatedIds.has(id)));
  });

  it("differs on few queries of the list", () => {
    const differing = AGREEMENT_QUERIES.filter((q) => {
      const words = queryWords(q);
      return words.length > 0 && raw.search(words.join(" ")).length !== engine.search(words, filters).total;
    });
    expect(differing.length).toBeLessThanOrEqual(6);
  });
});
