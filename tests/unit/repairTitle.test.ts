import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJoined, joinedStarts, repairTitle } from "../../src/lib/seed/repairTitle.ts";

describe("repairTitle", () => {
  it.each([
    [
      "WCO Enhances Cambodias Trade Controls",
      "helps countries like Cambodia enhance",
      "WCO Enhances Cambodia's Trade Controls",
    ],
    ["Fake COVID19 Vaccines", 'the "COVID-19-related Goods" project', "Fake COVID-19 Vaccines"],
    ["Asiapacific Nations Act", "The Asia-Pacific region faces", "Asia-Pacific Nations Act"],
    ["Wcos COPES Initiative", "The WCO's COPES project", "WCO's COPES Initiative"],
    ["Wcos Plan", "The WCO published a plan.", "WCO's Plan"],
    [
      "WCO Aids Bosnia in Ecommerce Reform",
      "cross-border e-commerce rules",
      "WCO Aids Bosnia in E-commerce Reform",
    ],
    ["Boost Crossborder Trade", "a safer cross-border trade environment", "Boost Cross-border Trade"],
    ["Kenyas Customs Train", "officers in Kenya trained", "Kenya's Customs Train"],
  ])("restores %j from a body that spells it", (title, body, expected) => {
    expect(repairTitle(title, body)).toBe(expected);
  });

  it.each([
    ["Philippines Boosts Customs Oversight", "the Philippine Customs officers"],
    ["WCO Enhances Trade Controls", "Strategic Trade Control Enforcement and trade control"],
    ["Customs Nations Agree", "the nation agreed"],
    ["COVID19 Response", "the pandemic response"],
    ["Ecommerce Rules", "ecommerce is growing"],
  ])("leaves %j alone when the body does not spell the repair", (title, body) => {
    expect(repairTitle(title, body)).toBe(title);
  });
});

describe("findJoined", () => {
  it("finds the same joined spelling from the joined words' starts as from every start", () => {
    // A small alphabet, so keys and joined spellings collide; joiners, accents and a surrogate pair.
    const unit = fc.constantFrom("a", "b", "c", "é", "-", "'", "\u2019", " ", ".", "\u{1D400}");
    const keyUnit = fc.constantFrom("a", "b", "c", "é");
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 40 }),
        fc.string({ unit: keyUnit, minLength: 1, maxLength: 4 }),
        (lower, key) => {
          expect(findJoined(lower, key, joinedStarts(lower))).toEqual(findJoined(lower, key));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("finds the first joined spelling, and none without a joiner", () => {
    expect(findJoined("ecommerce and e-commerce, e-commerce", "ecommerce")).toEqual([14, 24]);
    expect(findJoined("ecommerce", "ecommerce")).toBeUndefined();
    expect(joinedStarts("the e-commerce-related o'neill's -x")).toEqual([4, 23]);
  });
});
