import { describe, expect, it } from "vitest";
import { slugify } from "../../src/lib/seed/slugify.ts";

describe("slugify", () => {
  it.each([
    [
      "WCO Enhances Cambodias Trade Controls to Curb Proliferation",
      "wco-enhances-cambodias-trade-controls-to-curb-proliferation",
    ],
    ["WCO’s “Green” Customs Push", "wcos-green-customs-push"],
    ["Sécurité & Douane: l'été", "securite-and-douane-lete"],
    ["  --Odd   spacing--  ", "odd-spacing"],
  ])("turns %j into %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("keeps long slugs under 90 characters, cut between words", () => {
    const slug = slugify("Word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(90);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.split("-").every((w) => w === "word")).toBe(true);
  });
});
