import { describe, expect, it } from "vitest";
import { programmeDisplayName } from "../../src/lib/taxonomy/programmeName.ts";
import { TAXONOMY } from "../../src/lib/taxonomy/data.ts";

describe("programmeDisplayName", () => {
  it.each([
    ["INAMA", "INAMA Project", "INAMA Project"],
    ["Asia/Pacific Security", "Asia/Pacific Security Project", "Asia/Pacific Security Project"],
    ["DEMETER", "Operation DEMETER", "Operation DEMETER"],
    ["PITCH", "PITCH", "PITCH"],
    ["Environment Programme", "WCO Environment Programme", "WCO Environment Programme"],
    ["STCE", "Strategic Trade Control Enforcement", "Strategic Trade Control Enforcement (STCE)"],
    ["APPW", "Asia Pacific Plastic Waste Project", "Asia Pacific Plastic Waste Project (APPW)"],
    [
      "COVID-19 Emergency Project",
      "COVID-19-related Goods Cross-Border Transport Facilitation and Coordination Customs Supervision Emergency Project",
      "COVID-19-related Goods Cross-Border Transport Facilitation and Coordination Customs Supervision Emergency Project",
    ],
    // A short name inside another word is not an echo.
    ["COPE", "COPES Project", "COPES Project (COPE)"],
  ])("%s + %s → %s", (short, full, expected) => {
    expect(programmeDisplayName(short, full)).toBe(expected);
  });

  it("never repeats a programme's name in the taxonomy", () => {
    for (const p of TAXONOMY.programmes) {
      const name = programmeDisplayName(p.shortName, p.fullName);
      const words = name.split(/[\s()-]+/).filter((w) => w.length > 2);
      expect(new Set(words).size, name).toBe(words.length);
    }
  });
});
