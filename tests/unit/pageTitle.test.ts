import { describe, expect, it } from "vitest";
import { pageTitle } from "../../src/lib/pageTitle.ts";

describe("pageTitle", () => {
  it.each([
    ["WCO Enforcement Digest", "WCO Enforcement Digest"],
    ["Programmes", "Programmes · WCO Enforcement Digest"],
    ["x".repeat(45), `${"x".repeat(45)} · WCO Enforcement Digest`],
    ["x".repeat(46), "x".repeat(46)],
  ])("%s → %s", (title, expected) => {
    expect(pageTitle(title, "WCO Enforcement Digest")).toBe(expected);
  });
});
