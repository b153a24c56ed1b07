import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  COUNTRIES,
  m49RegionsOf,
  recognisePlaces,
  recognisePlacesUnfiltered,
} from "../../../src/lib/places/recognise.ts";
import { generateCorpus, readSeedTexts } from "../../bench/generateCorpus.ts";
import { SEEDS_DIR } from "../../support/realSeeds.ts";

const codes = (t: string) => recognisePlaces(t).countries;
const regions = (t: string) => recognisePlaces(t).regions;

describe("country recognition: names, short forms, adjectives", () => {
  it.each([
    ["Training for the Malawi Revenue Authority", ["MW"]],
    ["Malawian officers seized ivory", ["MW"]],
    ["Bosnia and Herzegovina hosted", ["BA"]],
    ["officers from Bosnia joined", ["BA"]],
    ["BiH Customs", ["BA"]],
    ["Philippine Customs", ["PH"]],
    ["the Philippines", ["PH"]],
    ["Kosovar Customs", ["XK"]],
    ["Kosovo", ["XK"]],
    ["Peruvian authorities", ["PE"]],
    ["Cambodian Customs", ["KH"]],
    ["WCO Enhances Cambodias Trade Controls", ["KH"]],
    ["Cambodia's border", ["KH"]],
    ["Côte d'Ivoire and Ivory Coast", ["CI"]],
    ["Cote d’Ivoire", ["CI"]],
    ["Türkiye, formerly Turkey", ["TR"]],
    ["Burma, now Myanmar", ["MM"]],
    ["Swaziland, now Eswatini", ["SZ"]],
    ["Macedonia", ["MK"]],
    ["North Macedonia", ["MK"]],
    ["the Czech Republic and Czechia", ["CZ"]],
    ["Czech Customs", ["CZ"]],
    ["Holland", ["NL"]],
    ["the United States", ["US"]],
    ["the U.S. Department", ["US"]],
    ["USA", ["US"]],
    ["seized in Beirut", ["LB"]],
  ])("%s → %j", (text, want) => expect(codes(text)).toEqual(want));
});

describe("country recognition: precision", () => {
  it.each([
    ["Papua New Guinea", ["PG"]],
    ["Equatorial Guinea", ["GQ"]],
    ["Guinea-Bissau", ["GW"]],
    ["Guinea", ["GN"]],
    ["a guinea pig and a Guinea pig", []],
    ["Niger", ["NE"]],
    ["Nigeria", ["NG"]],
    ["Niger and Nigeria", ["NE", "NG"]],
    ["South Sudan", ["SS"]],
    ["Sudan", ["SD"]],
    ["Northern Ireland", ["GB"]],
    ["Ireland", ["IE"]],
    ["Dominica", ["DM"]],
    ["Dominican Republic", ["DO"]],
    ["Dominican officers", []],
    ["Democratic Republic of the Congo", ["CD"]],
    ["DRC", ["CD"]],
    ["Republic of the Congo", ["CG"]],
    ["Congolese officers", []],
    ["North Korea", ["KP"]],
    ["South Korea", ["KR"]],
    ["a woman in Oman", ["OM"]],
    ["women and a woman", []],
    ["a roast turkey", []],
    ["chad", []],
    ["Chad", ["TD"]],
    ["Jersey", ["JE"]],
    ["New Jersey and New Mexico", []],
    ["Atlanta, Georgia, USA", ["US"]],
    ["Georgia", ["GE"]],
    ["American officials in America", []],
    ["Chinese Customs", ["CN"]],
    ["translated into Chinese and French", []],
    ["French-speaking countries", []],
    ["a French speaking workshop", []],
    ["English language training", []],
    ["the English and Spanish versions", []],
    ["Spanish Customs officers", ["ES"]],
    ["Portuguese and Arabic", []],
    ["the European Union and Asian countries", []],
    ["the Indian Ocean", []],
    ["Indian Customs", ["IN"]],
    ["UK Border Force", ["GB"]],
    ["Polish Customs Administration", ["PL"]],
    ["the World Customs Organization in Brussels", []],
    ["Central African Republic", ["CF"]],
    ["West and Central African Customs administrations", []],
    ["South Africa", ["ZA"]],
  ])("%s → %j", (text, want) => expect(codes(text)).toEqual(want));
});

describe("named regions", () => {
  it.each([
    ["the Middle East and North Africa region", ["mena"]],
    ["MENA", ["mena"]],
    ["West and Central Africa", ["west-and-central-africa"]],
    ["West and Central African Customs", ["west-and-central-africa"]],
    ["Eastern Europe and Central Asia", ["eastern-europe-and-central-asia"]],
    ["Trafficking in Eastern Europe Central Asia", ["eastern-europe-and-central-asia"]],
    ["Asia-Pacific and Asia Pacific", ["asia-pacific"]],
    ["Sub-Saharan Africa, South America and Asia", ["sub-saharan-africa", "south-america", "asia"]],
    ["EAC and SADC", ["eac", "sadc"]],
    ["South Africa", []],
    ["the European Union", []],
  ])("%s → %j", (text, want) => expect(regions(text)).toEqual(want));

  it("rolls countries and named regions up to M49 regions", () => {
    expect(m49RegionsOf(recognisePlaces("Malawi and the Asia-Pacific"))).toEqual([
      "Africa",
      "Asia",
      "Oceania",
    ]);
    expect(m49RegionsOf(recognisePlaces("Kosovo"))).toEqual(["Europe"]);
  });

  it("uses UN M49 sub-regions where the package deviates", () => {
    expect(COUNTRIES.get("XK")).toMatchObject({ region: "Europe", subregion: "Southern Europe" });
    expect(COUNTRIES.get("PL")).toMatchObject({ region: "Europe", subregion: "Eastern Europe" });
    expect(COUNTRIES.get("US")).toMatchObject({ region: "Americas", subregion: "Northern America" });
    expect(COUNTRIES.get("MW")).toMatchObject({ region: "Africa", subregion: "Eastern Africa" });
    expect(COUNTRIES.get("CY")).toMatchObject({ region: "Asia", subregion: "Western Asia" });
  });
});

describe("gold: the real seeds, read by hand", () => {
  const gold = JSON.parse(readFileSync(new URL("./gold.json", import.meta.url), "utf8")) as Record<
    string,
    { countries: string[]; regions: string[] }
  >;
  const dir = new URL("../../../seeds/", import.meta.url);
  it("covers every seed file", () => {
    expect(Object.keys(gold).sort()).toEqual(
      readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .sort(),
    );
  });
  it.each(Object.entries(gold))("%s", (file, want) => {
    const got = recognisePlaces(readFileSync(new URL(file, dir), "utf8"));
    expect([...got.countries].sort()).toEqual([...want.countries].sort());
    expect([...got.regions].sort()).toEqual([...want.regions].sort());
  });
});

describe("the literal prefilter", () => {
  it("never changes what is recognised: the same places as running every name's regex", () => {
    const corpus = generateCorpus({ count: 300, sources: readSeedTexts(SEEDS_DIR), seed: "places" });
    const texts = [
      ...corpus.files.flatMap((f) => f.content.split(/\n{2,}/u)),
      ...[...COUNTRIES.values()].map((c) => `Officers from ${c.name} and the ${c.name}'s customs met.`),
      "Côte d’Ivoire, Côte d'Ivoire, Papua New Guinea, Guinea-Bissau, Niger and Nigeria.",
    ];
    let named = 0;
    for (const text of texts) {
      const places = recognisePlaces(text);
      expect(places, text.slice(0, 80)).toEqual(recognisePlacesUnfiltered(text));
      named += places.countries.length;
    }
    expect(named).toBeGreaterThan(COUNTRIES.size);
  }, 60_000);
});
