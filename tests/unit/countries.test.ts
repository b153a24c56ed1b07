import { describe, expect, it } from "vitest";
import { countryCodes } from "../../src/lib/places/countries.ts";

describe("countryCodes: names, short forms and adjectives", () => {
  it.each([
    ["WCO mission to Malawi", ["MW"]],
    ["Malawian Customs officers", ["MW"]],
    ["Philippine Bureau of Customs", ["PH"]],
    ["Kosovar and Peruvian delegations", ["XK", "PE"]],
    ["Cambodian border posts", ["KH"]],
    ["training in Bosnia and in BiH", ["BA"]],
    ["Côte d'Ivoire and Ivory Coast", ["CI"]],
    ["Türkiye, formerly Turkey", ["TR"]],
    ["Burma (Myanmar)", ["MM"]],
    ["Swaziland, now Eswatini", ["SZ"]],
    ["the United States and the U.S. and the USA", ["US"]],
    ["officers from Holland", ["NL"]],
    ["Czech and Czechia", ["CZ"]],
  ])("%s → %j", (text, codes) => {
    expect(countryCodes(text)).toEqual(codes);
  });
});

describe("countryCodes: precision", () => {
  it.each([
    ["Papua New Guinea", ["PG"]],
    ["Equatorial Guinea", ["GQ"]],
    ["Guinea-Bissau", ["GW"]],
    ["Guinea and Papua New Guinea", ["GN", "PG"]],
    ["Nigeria", ["NG"]],
    ["Niger and Nigeria", ["NE", "NG"]],
    ["South Sudan", ["SS"]],
    ["Sudan", ["SD"]],
    ["Northern Ireland", ["GB"]],
    ["Ireland", ["IE"]],
    ["Dominican Republic", ["DO"]],
    ["Dominica", ["DM"]],
    ["a woman officer", []],
    ["American partners", []],
    ["Korea", []],
    ["Congo basin", []],
    ["the Democratic Republic of the Congo", ["CD"]],
    ["French-speaking countries", []],
    ["materials in Spanish and Portuguese", []],
    ["the European Union", []],
    ["Asian partners", []],
    ["UK Border Force", ["GB"]],
    ["Polish Customs Administration", ["PL"]],
    ["US and CA", []],
  ])("%s → %j", (text, codes) => {
    expect(countryCodes(text)).toEqual(codes);
  });
});
