import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_TITLE, documentTitle } from "../../src/lib/documentTitle.ts";

const SITE = "WCO Enforcement Digest";

describe("documentTitle", () => {
  it("appends the site name when both fit", () => {
    expect(documentTitle("INAMA", SITE)).toBe("INAMA · WCO Enforcement Digest");
  });

  it("is the site name alone on the home page", () => {
    expect(documentTitle(SITE, SITE)).toBe(SITE);
  });

  it("drops the site name before it cuts the title", () => {
    const title = "Asia/Pacific Customs Boost Environmental Pact Enforcement Now";
    expect(documentTitle(title, SITE)).toBe(title);
  });

  it("cuts a long title at a word boundary, with an ellipsis, within the limit", () => {
    const title =
      "WCO and Partners Train Customs Officers of Eastern and Southern Africa on Illegal Wildlife Trade";
    const result = documentTitle(title, SITE);
    expect([...result].length).toBeLessThanOrEqual(MAX_DOCUMENT_TITLE);
    expect(result).toBe("WCO and Partners Train Customs Officers of Eastern and Southern…");
    expect(title.startsWith(result.slice(0, -1))).toBe(true);
  });

  it("counts characters, not UTF-16 units", () => {
    const title = "🦏".repeat(69);
    expect(documentTitle(title, SITE)).toBe(title);
  });
});
