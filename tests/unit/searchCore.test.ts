/**
 * Unit tests of the pure search modules: vocabulary expansion, highlighting, URL state, result
 * dates, postings blocks, checked indexing, the best-k heap, and corrupt index files.
 */
import Fuse from "fuse.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { excerptSegments, markSegments } from "../../src/lib/search/highlight.ts";
import { FUSE_BASE_OPTIONS, SEARCH_ERRORS, SEARCH_OPTIONS } from "../../src/lib/search/options.ts";
import { formatState, isActive, parseState } from "../../src/lib/search/state.ts";
import { Vocabulary, withinEdits } from "../../src/lib/search/vocabulary.ts";
import { formatDate } from "../../src/lib/dates.ts";
import { ByteReader, ByteWriter } from "../../src/lib/search/bytes.ts";
import { readBlock, writeBlock } from "../../src/lib/search/postings.ts";
import { at, atNumber } from "../../src/lib/search/at.ts";
import { BestScores } from "../../src/lib/search/bestScores.ts";
import { SearchEngine } from "../../src/lib/search/engine.ts";
import { packCore, unpackCore, type CoreData } from "../../src/lib/search/format.ts";
import { buildIndexOf, loadedEngine, realSearchDocuments } from "../support/searchFixtures.ts";

describe("vocabulary expansion", () => {
  const terms = loadedEngine(realSearchDocuments()).vocabulary.terms;
  const vocabulary = new Vocabulary(terms);
  const fuse = new Fuse(terms, { ...FUSE_BASE_OPTIONS });
  const expected = (word: string): number[] =>
    fuse
      .search(word)
      .map((r) => r.refIndex)
      .sort((a, b) => a - b);

  it("finds exactly the terms Fuse.js finds over the whole vocabulary, with its scores", () => {
    const words = terms
      .filter((_, i) => i % 7 === 0)
      .flatMap((t) => [t, `${t.slice(1)}e`, t.slice(0, -1), `x${t}`]);
    for (const word of words.filter((w) => w.length >= 4 && w.length <= 32)) {
      const got = vocabulary.expand(word, SEARCH_OPTIONS.threshold);
      expect([...got.ids], word).toEqual(expected(word));
    }
  });

  it("agrees with Fuse.js on random words", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{4,12}$/u), (word) => {
        expect([...vocabulary.expand(word, SEARCH_OPTIONS.threshold).ids]).toEqual(expected(word));
      }),
      { numRuns: 300 },
    );
  });

  it("counts edits like Bitap: substitutions, insertions, deletions, overhanging ends", () => {
    expect(withinEdits("tobbaco", "tobacco", 2)).toBe(true);
    expect(withinEdits("tobbaco", "tobacco", 1)).toBe(false);
    expect(withinEdits("wildlfe", "wildlife", 1)).toBe(true);
    expect(withinEdits("trade", "contraded", 0)).toBe(true);
    expect(withinEdits("wildlifes", "wildlife", 1)).toBe(true);
  });
});

describe("highlighting", () => {
  const matches = (t: string): boolean => t === "wildlife" || t === "malawi";

  it("marks whole matched words and keeps every character", () => {
    const segments = markSegments("Malawi's Wildlife <b>fight</b>", matches);
    expect(segments.map((s) => s.text).join("")).toBe("Malawi's Wildlife <b>fight</b>");
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(["Malawi", "Wildlife"]);
  });

  it("cuts an excerpt around the first match, at word boundaries", () => {
    const body = `${"Intro words here. ".repeat(30)}The wildlife unit in Malawi grew. ${"More text follows. ".repeat(30)}`;
    const segments = excerptSegments(body, matches, 120);
    const text = segments.map((s) => s.text).join("");
    expect(text.startsWith("…The wildlife unit")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(text.length).toBeLessThanOrEqual(125);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(["wildlife", "Malawi"]);
  });
});

describe("URL state", () => {
  it("round-trips query, repeated programmes and topics", () => {
    const state = {
      q: "malawi risk",
      programmes: ["stce", "inama"],
      topics: ["wildlife"],
      sort: "relevance",
    } as const;
    expect(parseState(formatState(state))).toEqual(state);
    expect(formatState(state)).toBe("?q=malawi+risk&programme=stce&programme=inama&topic=wildlife");
  });

  it("keeps the newest-first order in the URL, and relevance (the default) out of it", () => {
    const state = { q: "wildlife", programmes: [], topics: [], sort: "newest" } as const;
    expect(formatState(state)).toBe("?q=wildlife&sort=newest");
    expect(parseState("?q=wildlife&sort=newest")).toEqual(state);
    expect(parseState("?q=wildlife&sort=anything").sort).toBe("relevance");
    expect(isActive(parseState("?sort=newest"))).toBe(false);
  });

  it("is empty and inactive for an empty state, active with a filter alone", () => {
    expect(formatState({ q: " ", programmes: [], topics: [], sort: "relevance" })).toBe("");
    expect(isActive(parseState(""))).toBe(false);
    expect(isActive(parseState("?programme=stce"))).toBe(true);
  });

  it("keeps hostile text as text", () => {
    expect(parseState("?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E").q).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("dates (article pages, cards and search results)", () => {
  it("reads like Intl's en-GB long date, for every month and single-digit days", () => {
    const intl = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    for (const iso of ["2024-01-05", "2023-02-28", "2024-02-29", "2022-03-12", "2021-12-31", "1999-07-01"]) {
      expect(formatDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
    }
    for (let month = 1; month <= 12; month++) {
      const iso = `2025-${String(month).padStart(2, "0")}-15`;
      expect(formatDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
    }
  });
});

describe("postings blocks", () => {
  const lists = fc.array(fc.uniqueArray(fc.nat(5000), { maxLength: 40 }), { minLength: 3, maxLength: 3 });
  const sorted = (l: number[][]): number[][] => l.map((x) => [...x].sort((a, b) => a - b));

  it("decode to the lists written, whichever layout is shorter", () => {
    fc.assert(
      fc.property(fc.array(lists, { maxLength: 12 }), (raw) => {
        const keys = raw.map(sorted);
        const writer = new ByteWriter();
        writeBlock(writer, keys);
        const block = readBlock(new ByteReader(writer.bytes()), keys.length, 3);
        keys.forEach((fields, k) =>
          fields.forEach((ids, f) =>
            expect([...block.ids.slice(block.offsets[k * 3 + f], block.offsets[k * 3 + f + 1])]).toEqual(ids),
          ),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("uses one list with field bits when a key's documents repeat across fields", () => {
    const same = [1, 5, 9, 400, 401];
    const writer = new ByteWriter();
    writeBlock(writer, [[same, [], same]]);
    const bytes = writer.bytes();
    expect(bytes[0]).toBe(1);
    const block = readBlock(new ByteReader(bytes), 1, 3);
    expect([...block.ids]).toEqual([...same, ...same]);
    expect([...block.offsets]).toEqual([0, 5, 5, 10]);
  });
});

describe("checked indexing", () => {
  it("reads the element at an index, whatever its value", () => {
    expect(at(["a", "b"], 1)).toBe("b");
    expect(atNumber(Float64Array.of(0.5, 0), 1)).toBe(0);
    expect(atNumber(Int32Array.of(-3), 0)).toBe(-3);
    expect(atNumber(Uint32Array.of(7, 9), 1)).toBe(9);
  });

  it.each([-1, 2, 1.5, Number.NaN])("throws the named error for index %s", (i) => {
    expect(() => at(["a", "b"], i)).toThrow(SEARCH_ERRORS.outOfRange);
    expect(() => atNumber(new Float64Array(2), i)).toThrow(SEARCH_ERRORS.outOfRange);
    expect(() => atNumber(new Int32Array(2), i)).toThrow(SEARCH_ERRORS.outOfRange);
    expect(() => atNumber(new Uint32Array(2), i)).toThrow(SEARCH_ERRORS.outOfRange);
  });
});

describe("BestScores", () => {
  it("keeps the k lowest scores, ties broken by the lower id, best first", () => {
    const best = new BestScores(3);
    [
      [0.5, 4],
      [0.2, 9],
      [0.9, 1],
      [0.2, 3],
      [0.5, 2],
      [0.1, 7],
    ].forEach(([score = 0, id = 0]) => best.offer(score, id));
    const { ids, scores } = best.sorted();
    expect([...ids]).toEqual([7, 3, 9]);
    expect([...scores]).toEqual([0.1, 0.2, 0.2]);
  });

  it("keeps nothing when k is 0", () => {
    const best = new BestScores(0);
    best.offer(0.1, 1);
    expect([...best.sorted().ids]).toEqual([]);
  });
});

describe("a corrupt index", () => {
  const core = buildIndexOf(realSearchDocuments().slice(0, 6)).core;
  const programmes = core.facets.programmes;

  it("is refused when a facet names a document the index does not have", () => {
    const [first, ...rest] = programmes;
    if (!first) throw new Error("the real articles have programmes");
    const bad: CoreData = {
      ...core,
      facets: { ...core.facets, programmes: [{ ...first, docs: [core.docCount] }, ...rest] },
    };
    expect(() => new SearchEngine(bad)).toThrow(SEARCH_ERRORS.outOfRange);
  });

  it("is refused when a term is in a shard the shard table does not list", () => {
    const bad: CoreData = { ...core, termShard: core.termShard.map(() => core.termShardSizes.length) };
    expect(() => new SearchEngine(bad)).toThrow(SEARCH_ERRORS.outOfRange);
  });

  it("is refused when the core file is cut short", () => {
    const bytes = packCore(core, [{ kind: "term", k: 0, bytes: Uint8Array.of(1, 2, 3) }]);
    expect(unpackCore(bytes).shards).toHaveLength(1);
    for (const length of [2, 10, bytes.length - 1]) {
      expect(() => unpackCore(bytes.subarray(0, length))).toThrow(SEARCH_ERRORS.truncatedCore);
    }
  });
});

describe("newest first", () => {
  it("gives the same matches as relevance, in listing order (ids ascending)", () => {
    const docs = realSearchDocuments();
    const engine = loadedEngine(docs);
    const none = { programmes: [], topics: [] };
    for (const words of [["customs"], ["wildlife"], ["training", "workshop"]]) {
      const relevance = engine.search(words, none);
      const newest = engine.search(words, none, Number.MAX_SAFE_INTEGER, false, "newest");
      expect(newest.total).toBe(relevance.total);
      expect([...newest.ids].sort((a, b) => a - b)).toEqual([...relevance.ids].sort((a, b) => a - b));
      expect([...newest.ids]).toEqual([...newest.ids].sort((a, b) => a - b));
      expect(newest.total).toBeGreaterThan(1);
    }
    expect([...engine.search(["customs"], none, 3, false, "newest").ids]).toEqual(
      [...engine.search(["customs"], none, Number.MAX_SAFE_INTEGER, false, "newest").ids].slice(0, 3),
    );
  });
});
