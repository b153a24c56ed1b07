import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SUMMARY_LIMIT, summarize } from "../../src/lib/seed/summarize.ts";

describe("summarize", () => {
  it("returns short text whole", () => {
    expect(summarize(["A short body."])).toBe("A short body.");
  });

  it("cuts long text at a word boundary within 200 characters, ellipsis included", () => {
    const words = "alpha beta gamma delta epsilon ".repeat(20);
    const summary = summarize([words]);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(summary.endsWith("…")).toBe(true);
    const kept = summary.slice(0, -1).split(" ");
    expect(kept.every((w) => ["alpha", "beta", "gamma", "delta", "epsilon"].includes(w))).toBe(true);
  });

  it("joins paragraphs and folds white space", () => {
    expect(summarize(["One.", "Two\n  three."])).toBe("One. Two three.");
  });

  it("drops trailing punctuation before the ellipsis", () => {
    const summary = summarize([`${"word ".repeat(39)}end, ${"more ".repeat(20)}`], 200);
    expect(summary).not.toMatch(/[,\s]…$/u);
  });

  it("cuts a single unbroken word hard rather than exceeding the limit", () => {
    expect(summarize(["x".repeat(500)]).length).toBe(SUMMARY_LIMIT);
  });

  it("summarises as if the whole body were joined and its white space folded first", () => {
    const whole = (paragraphs: string[], limit: number) => {
      const text = paragraphs.join(" ").replace(/\s+/gu, " ").trim();
      return text.length <= limit ? text : summarize([text], limit);
    };
    const piece = fc.constantFrom("word", " ", "  ", "\n", "\t", "", "a,", "(b)", "x".repeat(30), "–");
    const paragraph = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 8 }), fc.integer({ min: 5, max: 60 }), (ps, limit) => {
        expect(summarize(ps, limit)).toBe(whole(ps, limit));
      }),
      { numRuns: 3000 },
    );
  });
});
