import { describe, expect, it } from "vitest";
import { isBanner, withoutBanners } from "../../src/lib/seed/banner.ts";

describe("isBanner", () => {
  it.each([
    "Esta página no está disponible en el idioma seleccionado Spanish : Español y la proponemos por consiguiente en English : English.",
    "Cette page n'est pas disponible dans la langue sélectionnée Français : Français et vous est proposée en English : English.",
    "Cette page n’est pas disponible dans la langue sélectionnée.",
    "This page is not available in the selected language English : English.",
  ])("recognises the banner %j", (line) => {
    expect(isBanner(line)).toBe(true);
  });

  it.each([
    "WCO INAMA Project delivers Multi-Regional Workshops on Illegal Wildlife Trade",
    "The page is not available in print, the WCO said.",
    "Officers noted that this page is not available in the selected language.",
  ])("leaves article text %j alone", (line) => {
    expect(isBanner(line)).toBe(false);
  });

  it.each([
    "Sorry, this page is not available in your language.",
    "Cette page n’est malheureusement pas disponible dans votre langue.",
    "Esta página no está disponible en su idioma.",
  ])("recognises a reworded banner %j on a file's first line only", (line) => {
    expect(isBanner(line, true)).toBe(true);
    expect(isBanner(line, false)).toBe(false);
  });

  it("does not take a first-line title about languages for the banner", () => {
    expect(isBanner("WCO Publishes Guide in Six Languages", true)).toBe(false);
  });

  it("does not take a banner run into article text for a banner line", () => {
    expect(
      isBanner(
        "This page is not available in the selected language English : English. Customs seized ivory.",
      ),
    ).toBe(false);
  });
});

describe("withoutBanners", () => {
  const spanish =
    "Esta página no está disponible en el idioma seleccionado Spanish : Español y la proponemos por consiguiente en English : English.";

  it.each([
    [`${spanish} Customs seized 3 tonnes of ivory.`, "Customs seized 3 tonnes of ivory."],
    [
      `Customs seized ivory. ${spanish} Officers were trained.`,
      "Customs seized ivory. Officers were trained.",
    ],
    [`Customs seized ivory.  ${spanish}`, "Customs seized ivory."],
    [spanish, ""],
    [spanish.normalize("NFD"), ""],
    [
      "Cette page n’est pas disponible dans la langue sélectionnée. Le projet INAMA continue.",
      "Le projet INAMA continue.",
    ],
  ])("removes the banner sentence from %j", (text, rest) => {
    expect(withoutBanners(text)).toBe(rest);
  });

  it.each([
    "Officers noted that this page is not available in the selected language.",
    "The report is not available in print; the project is disponible online.",
    `This page is not available in the selected language ${"and more text without a full stop ".repeat(10)}`,
  ])("returns text with no banner sentence unchanged: %j", (text) => {
    expect(withoutBanners(text)).toBe(text);
  });
});
