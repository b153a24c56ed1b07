import { describe, expect, it } from "vitest";
import { lostLines } from "../support/nothingLost.ts";
import { realArticles, realReport, realSeedFiles } from "../support/realSeeds.ts";

describe("the real seeds", () => {
  it("hold 41 article occurrences, 37 unique articles and 4 merged duplicates", () => {
    expect(realReport().problems).toEqual([]);
    expect(realReport().stats).toEqual({ files: 5, occurrences: 41, unique: 37, merged: 4 });
  });

  it("date the INAMA multi-regional workshops article 2023-05-17, and no other", () => {
    const dated = realArticles().filter((a) => a.date !== undefined);
    expect(dated.map((a) => [a.slug, a.date])).toEqual([
      ["wco-inama-project-delivers-multi-regional-workshops-on-illegal-wildlife-trade", "2023-05-17"],
    ]);
  });

  it("lose no line: every non-blank line is published, or is the banner or a duplicate", () => {
    expect(lostLines(realSeedFiles(), realReport())).toEqual([]);
  });

  it("never publish the language banner", () => {
    expect(JSON.stringify(realArticles())).not.toMatch(/disponible|not available in the selected/iu);
  });

  it("give every article a unique slug made from its seed title", () => {
    const slugs = realArticles().map((a) => a.slug);
    expect(new Set(slugs).size).toBe(37);
    expect(slugs).toContain("wco-enhances-cambodias-trade-controls-to-curb-proliferation");
  });

  it("list every seed file an article came from", () => {
    const merged = realArticles().filter((a) => a.sources.length > 1);
    expect(merged).toHaveLength(4);
    for (const a of merged) expect(a.sources).toEqual([...a.sources].sort());
  });

  it("restore the damaged titles the bodies spell", () => {
    const titles = realArticles().map((a) => a.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        "WCO Enhances Cambodia's Trade Controls to Curb Proliferation",
        "Global Customs Crack Down on Fake COVID-19 Vaccines Illicit Trade",
        "Asia-Pacific Nations Crack Down on Illegal Plastic Waste Trade",
        "WCO Aids Bosnia in E-commerce Customs Reform",
        "WCO and OIE Partner to Boost Cross-border Trade Safety",
        "WCO's COPES Initiative Strengthens Customs Against Wildlife Trafficking",
        "WCO Launches Anti-trafficking Training in MENA to Protect Cultural Heritage",
        "INAMA Initiative Expands Anti-wildlife Trafficking in Africa and Asia",
        "WCO Releases Guide to Curb Illegal Trade in Eco-sensitive Goods",
        "Peru Boosts Customs Efficiency with WCO-backed Strategy",
        "WHO, WCO Boost Data Tracking to Curb Illicit Tobacco Trade",
      ]),
    );
  });

  it("summarise every article in at most 200 characters", () => {
    for (const a of realArticles()) {
      expect(a.summary.length).toBeGreaterThan(0);
      expect(a.summary.length).toBeLessThanOrEqual(200);
    }
  });
});
