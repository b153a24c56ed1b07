import { describe, expect, it } from "vitest";
import { restoreJoins } from "../../src/lib/seed/titleJoins.ts";

describe("restoreJoins: compounds", () => {
  it.each([
    [
      "WCO Launches Antitrafficking Training",
      "Customs officers trained on trafficking of goods.",
      "WCO Launches Anti-trafficking Training",
    ],
    [
      "Expands Antiwildlife Trafficking",
      "Illegal wildlife trade is a threat.",
      "Expands Anti-wildlife Trafficking",
    ],
    [
      "Curb Illegal Trade in Ecosensitive Goods",
      "Environmentally sensitive goods.",
      "Curb Illegal Trade in Eco-sensitive Goods",
    ],
    [
      "Customs Efficiency with Wcobacked Strategy",
      "The WCO supports Peru.",
      "Customs Efficiency with WCO-backed Strategy",
    ],
    ["Counterterrorism Training", "Training on terrorism financing.", "Counter-terrorism Training"],
  ])("%s", (title, body, expected) => {
    expect(restoreJoins(title, body)).toBe(expected);
  });

  it.each([
    // Solid English words that start with a prefix stay solid.
    ["Protecting the Ecosystem", "A healthy system of ecosystem services."],
    ["Counterfeit Vaccines Seized", "Fake vaccines, a feit of crime."],
    ["The Economic Case", "The nomic case."],
    // No evidence in the body: the word stays.
    ["Antibribery Pact", "A pact against corruption."],
    // The body spells the word solid.
    ["Crossborder Trade", "Crossborder trade grew."],
    // An acronym prefix needs a participle, and an acronym of three letters or more.
    ["Unrelated Matters", "The UN discussed related matters."],
    ["Whoever Wins", "The WHO said whoever wins."],
  ])("leaves %s alone", (title, body) => {
    expect(restoreJoins(title, body)).toBe(title);
  });
});

describe("restoreJoins: runs of names", () => {
  it.each([
    [
      "WHO WCO Boost Data Tracking",
      "In 2009, the WCO and WHO met to work on data and tracking.",
      "WHO, WCO Boost Data Tracking",
    ],
    [
      "Enforcement in Albania Kosovo",
      "Training for Albanian and Kosovar Customs.",
      "Enforcement in Albania and Kosovo",
    ],
    [
      "Trafficking in Africa Asia",
      "Participants from Africa, Asia and South America.",
      "Trafficking in Africa and Asia",
    ],
    [
      "Aid After Earthquakes Floods",
      "The recent earthquake in Morocco and the floods in Libya.",
      "Aid After Earthquakes and Floods",
    ],
  ])("%s", (title, body, expected) => {
    expect(restoreJoins(title, body)).toBe(expected);
  });

  it.each([
    // The body writes the pair as one phrase: it is one name.
    ["Customs Officers Trained", "Customs officers from ten countries were trained."],
    // One of the two is not named in the body.
    ["WHO WCO Boost", "The WCO met health officials."],
    ["Aid After Earthquakes Floods", "The recent earthquake in Morocco."],
    // Different kinds of name are not a run.
    ["WCO Malawi Project", "The WCO works in Malawi."],
    // A plural that modifies the next word.
    ["Customs Agencies Crack Down", "Agencies and customs crack down."],
    // Ordinary words are not names.
    ["Boost Data Tracking", "Data and tracking."],
  ])("leaves %s alone", (title, body) => {
    expect(restoreJoins(title, body)).toBe(title);
  });
});
