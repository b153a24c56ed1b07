/**
 * Unit tests of the search's pure modules: the vocabulary (typos proposed by Fuse.js, checked
 * over the whole word), "Did you mean", highlighting, URL state, result dates, the index codecs,
 * facets as data, the document order, corrupt index files, and newest first.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { excerptSegments, markSegments } from "../../src/lib/search/query/highlight.ts";
import { SEARCH_ERRORS } from "../../src/lib/search/shared/options.ts";
import { formatState, isActive, parseState } from "../../src/lib/search/query/state.ts";
import { Vocabulary } from "../../src/lib/search/query/vocabulary.ts";
import { matchWord, osaDistance } from "../../src/lib/search/query/match.ts";
import { parseQuery } from "../../src/lib/search/query/parse.ts";
import { SearchIndex, intersect } from "../../src/lib/search/query/engine.ts";
import { FacetTables } from "../../src/lib/search/query/facets.ts";
import { formatDate } from "../../src/lib/dates.ts";
import { searchOrder } from "../../src/lib/search/build/buildIndex.ts";
import {
  decodePositions,
  decodePostings,
  encodeFacet,
  encodePositions,
  encodePostings,
  packCore,
  unpackCore,
  type CoreData,
} from "../../src/lib/search/shared/format.ts";
import { buildIndexOf, loadedIndex, realSearchDocuments } from "../support/searchFixtures.ts";
import type { SearchDocument } from "../../src/lib/search/build/documents.ts";

describe("vocabulary", () => {
  const words = loadedIndex(realSearchDocuments()).vocabulary.words;
  const vocabulary = new Vocabulary(words);
  /** The rule, word by word, over the whole vocabulary. */
  const expected = (q: string, typing: boolean): number[] =>
    words.flatMap((w, id) => (matchWord(q, w, typing) === null ? [] : [id]));

  it("finds exactly the words the rule allows, whatever Fuse.js proposes", () => {
    const queries = words
      .filter((_, i) => i % 5 === 0)
      .flatMap((t) => [
        t,
        `${t.slice(1)}e`,
        t.slice(0, -1),
        `x${t}`,
        `${t[1] ?? ""}${t[0] ?? ""}${t.slice(2)}`,
      ]);
    for (const q of queries.filter((w) => w.length >= 2 && w.length <= 32)) {
      for (const typing of [false, true]) {
        expect(
          vocabulary.match(q, typing, true).map((m) => m.id),
          `${q} ${String(typing)}`,
        ).toEqual(expected(q, typing));
      }
    }
  });

  it("agrees with the rule on random words", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2,12}$/u), fc.boolean(), (q, typing) => {
        expect(vocabulary.match(q, typing, true).map((m) => m.id)).toEqual(expected(q, typing));
      }),
      { numRuns: 300 },
    );
  });

  it("matches exactly, and as typed, when typos are not allowed (phrases, synonyms)", () => {
    const v = new Vocabulary(["heritage", "heritages", "hermitage"]);
    expect(v.match("heritage", false, false).map((m) => m.id)).toEqual([0]);
    expect(v.match("herit", true, false).map((m) => m.id)).toEqual([0, 1]);
    expect(v.match("heritage", false, true).map((m) => m.id)).toEqual([0, 1, 2]);
  });

  it("suggests the word the fewest edits away, whole vocabulary compared", () => {
    // Weight: any fixed number per word; ties then go to the shorter word, then the first.
    const weight = (id: number): number => (id * 7919) % 13;
    const brute = (q: string, limit: number): string | undefined => {
      const ranked = words
        .map((w, id) => ({ w, id, d: w === q || w.length < 2 ? Infinity : osaDistance(q, w, limit) }))
        .filter((c) => c.d <= limit)
        .sort((a, b) => a.d - b.d || weight(b.id) - weight(a.id) || a.w.length - b.w.length || a.id - b.id);
      return ranked[0]?.w;
    };
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2,12}$/u), fc.integer({ min: 1, max: 3 }), (q, limit) => {
        expect(vocabulary.nearest(q, limit, weight)).toBe(brute(q, limit));
      }),
      { numRuns: 200 },
    );
    for (const w of words.filter((_, i) => i % 40 === 0)) {
      const q = `${w.slice(1)}s`;
      expect(vocabulary.nearest(q, 2, weight), q).toBe(brute(q, 2));
    }
  });

  it("suggests the nearest word, preferring the commoner one", () => {
    const v = new Vocabulary(["malawi", "malaya", "wildlife"]);
    expect(v.nearest("malawa", 2, (id) => (id === 1 ? 10 : 1))).toBe("malaya");
    expect(v.nearest("malawa", 2, (id) => (id === 0 ? 10 : 1))).toBe("malawi");
    expect(v.nearest("wildlifeeee", 3, () => 1)).toBe("wildlife");
    expect(v.nearest("qqqq", 1, () => 1)).toBeUndefined();
  });

  it("says Did you mean when nothing matches", () => {
    const index = loadedIndex(realSearchDocuments());
    const q = "Wyldlyfxe traficking";
    expect(index.search(parseQuery(q, index.synonyms), []).total).toBe(0);
    expect(index.suggest(parseQuery(q, index.synonyms), q)).toBe("wildlife traficking");
  });
});

describe("highlighting", () => {
  const matches = (t: string): boolean =>
    ["wildlife", "malawi", "peru"].includes(t.toLowerCase().normalize("NFD").replace(/\p{M}/gu, ""));

  it("marks whole matched words and keeps every character", () => {
    const segments = markSegments("Malawi's Wildlife <b>fight</b> in Perú", matches);
    expect(segments.map((s) => s.text).join("")).toBe("Malawi's Wildlife <b>fight</b> in Perú");
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(["Malawi", "Wildlife", "Perú"]);
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
  it("round-trips query, repeated filter values", () => {
    const state = {
      q: "malawi risk",
      filters: { programme: ["stce", "inama"], topic: ["wildlife"], place: ["africa", "malawi"] },
      sort: "relevance",
    } as const;
    expect(parseState(formatState(state))).toEqual(state);
    expect(formatState(state)).toBe(
      "?q=malawi+risk&programme=stce&programme=inama&topic=wildlife&place=africa&place=malawi",
    );
  });

  it("reads any list of filters: a new one is a name, not code", () => {
    expect(parseState("?region=africa&region=asia&topic=x", ["region", "topic"]).filters).toEqual({
      region: ["africa", "asia"],
      topic: ["x"],
    });
  });

  it("keeps the newest-first order in the URL, and relevance (the default) out of it", () => {
    const state = {
      q: "wildlife",
      filters: { programme: [], topic: [], place: [] },
      sort: "newest",
    } as const;
    expect(formatState(state)).toBe("?q=wildlife&sort=newest");
    expect(parseState("?q=wildlife&sort=newest")).toEqual(state);
    expect(parseState("?q=wildlife&sort=anything").sort).toBe("relevance");
    expect(isActive(parseState("?sort=newest"))).toBe(false);
  });

  it("is empty and inactive for an empty state, active with a filter alone", () => {
    expect(formatState({ q: " ", filters: {}, sort: "relevance" })).toBe("");
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
  });
});

describe("index codecs", () => {
  const entry = fc.uniqueArray(fc.nat(50_000), { minLength: 0, maxLength: 30 }).chain((ids) => {
    const docs = [...ids].sort((a, b) => a - b);
    return fc.record({
      docs: fc.constant(docs),
      field: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: docs.length, maxLength: docs.length }),
      rate: fc.array(fc.integer({ min: 1, max: 63 }), { minLength: docs.length, maxLength: docs.length }),
      positions: fc.array(
        fc
          .uniqueArray(fc.nat(20_000), { minLength: 1, maxLength: 6 })
          .map((p) => [...p].sort((a, b) => a - b)),
        { minLength: docs.length, maxLength: docs.length },
      ),
    });
  });

  it("decode the postings and positions written", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
        // The encoders take each word's positions flat: per document, the count, then the positions.
        const flat = entries.map((e) => ({ ...e, positions: e.positions.flatMap((p) => [p.length, ...p]) }));
        const postings = decodePostings(encodePostings(flat), entries.length);
        const positions = decodePositions(encodePositions(flat), entries.length);
        entries.forEach((e, i) => {
          expect([...(postings[i]?.docs ?? [])]).toEqual(e.docs);
          expect([...(postings[i]?.field ?? [])]).toEqual(e.field);
          expect([...(postings[i]?.rate ?? [])]).toEqual(e.rate);
          const p = positions[i];
          expect(
            e.positions.map((_, j) => [...(p?.positions.subarray(p.offsets[j], p.offsets[j + 1]) ?? [])]),
          ).toEqual(e.positions);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("refuses a shard holding more or less than the core says", () => {
    const bytes = encodePostings([{ docs: [1, 5], field: [0, 2], rate: [3, 4], positions: [1, 0, 1, 9000] }]);
    expect(() => decodePostings(bytes, 0)).toThrow(SEARCH_ERRORS.badShard);
    expect(decodePostings(bytes, 1)).toHaveLength(1);
  });
});

describe("facets are data", () => {
  // Three facets, one of them the region filter still to come: no code knows their names.
  const values = (...slugs: string[]) => slugs.map((slug) => ({ slug, label: slug.toUpperCase() }));
  const encoded = [
    encodeFacet("programme", values("a", "b"), [[0], [0], [1, 0], [1], []]),
    encodeFacet("topic", values("t"), [[], [0], [], [0], []]),
    encodeFacet("region", values("africa", "asia"), [[0], [1], [], [0], []]),
  ];
  const tables = new FacetTables(
    encoded.map((e) => e.facet),
    encoded.map((e) => e.rows),
    5,
  );

  it("keeps documents passing every facet and counts each value over the other facets' filters", () => {
    const all = tables.keep(null, []);
    expect([...all.docs]).toEqual([0, 1, 2, 3, 4]);
    expect(all.counts).toEqual([[3, 2], [2], [2, 1]]);
    const picked = tables.keep(null, [[0], [], [0]]);
    expect([...picked.docs]).toEqual([0]);
    // Programme counts under region=africa; region counts under programme=a.
    expect(picked.counts).toEqual([[1, 1], [0], [1, 1]]);
    expect([...tables.keep(Int32Array.of(1, 3), [[], [0], []]).docs]).toEqual([1, 3]);
    // Asked again (the answer over every document is kept per selection), the same answers.
    expect([...tables.keep(null, []).docs]).toEqual([0, 1, 2, 3, 4]);
    expect([...tables.keep(null, [[0], [], [0]]).docs]).toEqual([0]);
    expect(tables.keep(null, [[0], [], [0]]).counts).toEqual([[1, 1], [0], [1, 1]]);
    expect(tables.valuesOf(2, 3)).toEqual([0]);
    expect(tables.valuesOf(0, 2)).toEqual([0, 1]);
    expect(tables.valuesOf(0, 4)).toEqual([]);
  });

  it("gives each document its own values back, one byte a document when its set is common", () => {
    const docValues = Array.from({ length: 300 }, (_, d) => [d % 3, d % 5 === 0 ? 4 : 3, d % 3]);
    const { facet, rows } = encodeFacet("x", values("v0", "v1", "v2", "v3", "v4"), docValues);
    const t = new FacetTables([facet], [rows], docValues.length);
    docValues.forEach((list, d) =>
      expect(t.valuesOf(0, d)).toEqual([...new Set(list)].sort((a, b) => a - b)),
    );
    expect(rows.length).toBe(docValues.length);
    // The most common sets come first, equals in the order they first appear (document 0 has the rarer [0, 4]).
    expect(facet.sets.slice(0, 3)).toEqual([
      [1, 3],
      [2, 3],
      [0, 3],
    ]);
  });

  it("refuses rows or sets naming what the index does not have", () => {
    const { facet, rows } = encodeFacet("x", values("v"), [[0], []]);
    expect(() => new FacetTables([{ ...facet, sets: [[7], []] }], [rows], 2)).toThrow(
      SEARCH_ERRORS.outOfRange,
    );
    expect(() => new FacetTables([facet], [Uint8Array.of(0, 9)], 2)).toThrow(SEARCH_ERRORS.outOfRange);
    expect(() => new FacetTables([facet], [Uint8Array.of(0)], 2)).toThrow(SEARCH_ERRORS.badShard);
    expect(() => new FacetTables([facet], [Uint8Array.of(0, 1, 0)], 2)).toThrow(SEARCH_ERRORS.badShard);
    expect(() => new FacetTables([facet], [], 2)).toThrow(SEARCH_ERRORS.badShard);
  });
});

describe("the document order (the last ranking rule)", () => {
  it("keeps the listing order (newest first), titles in order among articles listed under one date", () => {
    const docs = [
      { title: "z", listed: "2024-05-01" },
      { title: "b", listed: "2023-01-01" },
      { title: "Á", listed: "2023-01-01" },
      { title: "a", listed: "2023-01-01" },
      { title: "c" },
      { title: "b" },
    ];
    expect(searchOrder(docs).map((d) => d.title)).toEqual(["z", "Á", "a", "b", "b", "c"]);
  });
});

describe("a corrupt index", () => {
  const built = buildIndexOf(realSearchDocuments().slice(0, 6));
  const core = built.core;

  it("is refused when a word is in a shard the shard table does not list", () => {
    const bad: CoreData = { ...core, wordShard: core.wordShard.map(() => core.postingsSizes.length) };
    expect(() => new SearchIndex(bad, built.facetRows)).toThrow(SEARCH_ERRORS.outOfRange);
  });

  it("is refused when the core file is cut short, or of another format", () => {
    const bytes = packCore(core, [
      { kind: "facet", k: 0, bytes: Uint8Array.of(4, 5) },
      { kind: "postings", k: 0, bytes: Uint8Array.of(1, 2, 3) },
    ]);
    expect(unpackCore(bytes).shards.map((s) => [s.kind, s.k, [...s.bytes]])).toEqual([
      ["facet", 0, [4, 5]],
      ["postings", 0, [1, 2, 3]],
    ]);
    const unknown = bytes.slice();
    unknown[4 + new DataView(bytes.buffer).getUint32(0, true)] = 9;
    expect(() => unpackCore(unknown)).toThrow(SEARCH_ERRORS.badShard);
    for (const length of [2, 10, bytes.length - 1]) {
      expect(() => unpackCore(bytes.subarray(0, length))).toThrow(SEARCH_ERRORS.truncatedCore);
    }
    expect(() => unpackCore(packCore({ ...core, format: 5 }, []))).toThrow(SEARCH_ERRORS.badFormat);
  });
});

describe("newest first", () => {
  it("gives the same matches as relevance, in document order (ids ascending)", () => {
    const index = loadedIndex(realSearchDocuments());
    for (const q of ["customs", "wildlife", "training workshop"]) {
      const parsed = parseQuery(q, index.synonyms);
      const relevance = index.search(parsed, []);
      const newest = index.search(parsed, [], Number.MAX_SAFE_INTEGER, "newest");
      expect(newest.total).toBe(relevance.total);
      expect([...newest.ids].sort((a, b) => a - b)).toEqual([...relevance.ids].sort((a, b) => a - b));
      expect([...newest.ids]).toEqual([...newest.ids].sort((a, b) => a - b));
      expect(newest.total).toBeGreaterThan(1);
    }
  });
});

describe("proximity", () => {
  const filler = (n: number): string => Array.from({ length: n }, () => "filler").join(" ");
  const doc = (title: string, body: string): SearchDocument => ({
    slug: title,
    title,
    programmes: [],
    topics: [],
    places: [],
    tags: "",
    body,
  });

  it("is measured from a unit's words in the document itself, not in documents outside the unit", () => {
    // "world customs organization" is a name with synonyms (WCO, OMD): a unit of several terms.
    // B holds "world" next to where A holds "tobacco", but B lacks "customs": it is no result, and
    // its "world" must not bring A's words closer together. C's words are 3 apart, A's 8 or more.
    const docs = searchOrder([
      doc("a", `filler tobacco ${filler(20)} world ${filler(20)} customs organization`),
      doc("b", "world tobacco"),
      doc("c", "world customs organization filler filler tobacco"),
    ]);
    const index = loadedIndex(docs);
    const outcome = index.search(parseQuery("world customs organization tobacco ", index.synonyms), []);
    expect([...outcome.ids].map((id) => docs[id]?.title)).toEqual(["c", "a"]);
  });

  it("reads a unit's alternatives only in the documents that hold them", () => {
    // "wco" is a unit of alternatives (wco, omd, world customs organization). Only "b" holds
    // "omd", at its first word; "a" holds "tobacco" at its second word but "wco" far away, so
    // b's "omd" must not count as a's. c's words are 3 apart: it ranks before a.
    const docs = searchOrder([
      doc("a", `filler tobacco ${filler(20)} wco`),
      doc("b", "omd tobacco"),
      doc("c", "wco filler filler tobacco"),
    ]);
    const index = loadedIndex(docs);
    const titles = [...index.search(parseQuery("wco tobacco ", index.synonyms), []).ids].map(
      (id) => docs[id]?.title,
    );
    expect(titles.indexOf("c")).toBeLessThan(titles.indexOf("a"));
    expect(titles).toHaveLength(3);
  });

  it("takes the closest of a unit's words, whichever of its words that is, on either side", () => {
    // "malawx" matches "malawa" and "malawo" (one typo each); "bet", being typed, "beta" and
    // "better". In x1 and x2 a different word of the unit stands next to the other query word,
    // the unit's other word far away; in x3 the nearest pair is 4 apart. x3 ranks last.
    const far = filler(30);
    // Per query: each document's near words, then the unit's other word, far away.
    for (const [q, x1, x2, x3] of [
      [
        "malawx alpha",
        ["malawa alpha", "malawo"],
        ["malawo alpha", "malawa"],
        ["malawa filler filler filler alpha", "malawo"],
      ],
      [
        "alpha bet",
        ["alpha beta", "better"],
        ["alpha better", "beta"],
        ["alpha filler filler filler beta", "better"],
      ],
    ] as const) {
      // Either of x1 and x2 first in document order (each word's list then starts with it).
      for (const order of [
        [x1, x2, x3],
        [x2, x1, x3],
      ]) {
        const docs = searchOrder(order.map(([near, other], i) => doc(`d${i}`, `${near} ${far} ${other}`)));
        const index = loadedIndex(docs);
        const ids = [...index.search(parseQuery(q, index.synonyms), []).ids];
        const bodies = ids.map((id) => docs[id]?.body.split(" ").slice(0, 2).join(" "));
        expect(bodies.slice(0, 2).sort(), q).toEqual([x1[0], x2[0]].sort());
        expect(docs[ids[2] ?? -1]?.title, q).toBe("d2");
      }
    }
  });
});

describe("intersect", () => {
  it("keeps exactly the ids in every list, ascending, whatever their lengths", () => {
    const list = fc
      .uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 200 })
      .map((ids) => Int32Array.from(ids.sort((a, b) => a - b)));
    fc.assert(
      fc.property(fc.array(list, { minLength: 1, maxLength: 4 }), (lists) => {
        const expected = [...(lists[0] ?? [])].filter((id) => lists.every((l) => l.includes(id)));
        expect([...intersect(lists)]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
