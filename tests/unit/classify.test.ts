import { describe, it, expect } from "vitest";
import { classify, normaliseForMatching } from "../../src/lib/taxonomy/classify.ts";
import { TAXONOMY } from "../../src/lib/taxonomy/data.ts";
import { validateTaxonomy } from "../../src/lib/taxonomy/schema.ts";
import { realArticles } from "../support/realSeeds.ts";

const tag = (body: string, title = "") => classify({ title, body });

describe("classify: programmes", () => {
  it.each<[string, string, boolean]>([
    // INAMA
    ["inama", "The INAMA Project trained officers.", true],
    ["inama", "with support from inama, the workshop went ahead", true],
    ["inama", "INAMA's risk management missions", true],
    ["inama", "Officers from Kinama district attended.", false],
    ["inama", "PANAMAX vessels and INAMAX containers", false],
    // STCE
    ["stce", "The Strategic Trade Control Enforcement programme ran a course.", true],
    ["stce", "strategic trade controls enforcement training", true],
    ["stce", "the stce team met", true],
    ["stce", "ASTCE and STCEX are not programmes", false],
    ["stce", "strategic trade control and weapons of mass destruction", false],
    // DEMETER
    ["demeter", "Operation DEMETER VI seized waste.", true],
    ["demeter", "DEMETER V results", true],
    ["demeter", "during operation demeter customs seized", true],
    ["demeter", "DEMETERS and ADEMETER are other words", false],
    ["demeter", "plastic waste and ozone-depleting substances were seized", false],
    // COPES
    ["copes", "The WCO's COPES project trained investigators.", true],
    ["copes", "a Copes programme workshop", true],
    ["copes", "Customs Operational Practices for Enforcement and Seizures", true],
    ["copes", "Customs copes with rising volumes of e-commerce.", false],
    ["copes", "evidence collection and case management", false],
    // APPW
    ["appw", "The Asia Pacific Plastic Waste (APPW) project", true],
    ["appw", "the Asia-Pacific Plastic Waste project", true],
    ["appw", "the Asia/Pacific Plastic Waste project", true],
    ["appw", "appw workshop", true],
    ["appw", "illegal Asia-Pacific plastic waste trade", false],
    ["appw", "APPWA and XAPPW", false],
    // PITCH
    ["pitch", "a virtual PITCH training", true],
    ["pitch", "the pitch project on cultural heritage", true],
    ["pitch", "a sales pitch on a football pitch", false],
    // Asia/Pacific Security Project
    ["asia-pacific-security", "Under the WCO Asia Pacific Security Project", true],
    ["asia-pacific-security", "the Asia/Pacific Security Project", true],
    ["asia-pacific-security", "the Asia-Pacific Security Project", true],
    ["asia-pacific-security", "security in the Asia-Pacific region and explosive precursors", false],
    // WCO Environment Programme
    ["environment-programme", "The WCO Environment Programme - INAMA Project", true],
    ["environment-programme", "the United Nations Environment Programme (UNEP)", false],
    ["environment-programme", "an environment programme for schools", false],
    // WCO Capacity Building Programme
    ["capacity-building-programme", "and the WCO Capacity Building Programme.", true],
    ["capacity-building-programme", "a capacity building programme for Customs", false],
    // COVID-19 emergency project
    [
      "covid-19-emergency-project",
      'the "COVID-19-related Goods Cross-Border Transport Facilitation and Coordination Customs Supervision Emergency Project"',
      true,
    ],
    ["covid-19-emergency-project", "fake COVID-19 vaccines", false],
  ])("tags %s for %j: %s", (slug, body, expected) => {
    expect(tag(body).programmes.includes(slug)).toBe(expected);
  });

  it("reads the title as well as the body", () => {
    expect(
      tag("Workshop report.", "Philippines Boosts Customs Oversight with STCE Project").programmes,
    ).toEqual(["stce"]);
  });

  it("never infers a programme from a topic or region", () => {
    const text =
      "Malawi and Kenya Customs fight illegal wildlife trade under CITES, seize hazardous plastic waste in the Asia-Pacific, control strategic trade and protect cultural heritage.";
    expect(tag(text).programmes).toEqual([]);
  });

  it("lists programmes in taxonomy order", () => {
    expect(tag("COPES and STCE and INAMA").programmes).toEqual(["inama", "stce", "copes"]);
  });
});

describe("classify: topics", () => {
  it.each<[string, string]>([
    ["wildlife", "ivory and pangolin scales"],
    ["wildlife", "Convention on International Trade in Endangered Species"],
    ["cultural-heritage", "smuggled cultural artefacts and antiquities"],
    ["strategic-trade", "dual-use goods and non-proliferation"],
    ["environment", "ozone-depleting substances under the Basel Convention"],
    ["health-counterfeits", "counterfeit medicines during the COVID19 pandemic"],
    ["tobacco", "illicit cigarettes"],
    ["trade-facilitation", "the Trade Facilitation Agreement"],
    ["border-security", "explosive precursors at the border"],
    ["e-commerce", "cross-border Ecommerce parcels"],
    ["disaster-relief", "relief goods after the earthquakes"],
    ["technology-data", "blockchain and artificial intelligence"],
    ["customs-cooperation", "a Memorandum of Understanding was signed"],
  ])("tags %s for %j", (slug, body) => {
    expect(tag(body).topics).toContain(slug);
  });

  it("gives the fallback topic to text that matches no other topic", () => {
    expect(tag("The Secretary General met delegates.").topics).toEqual([TAXONOMY.fallbackTopic]);
  });

  it("does not add the fallback topic when another topic matches", () => {
    expect(tag("illicit tobacco").topics).toEqual(["tobacco"]);
  });
});

describe("classify: partners", () => {
  it.each<[string, string[]]>([
    ["the WCO and WHO met", ["who"]],
    ["officers who attended", []],
    ["the World Health Organization", ["who"]],
    ["the CITES Secretary-General", ["cites"]],
    ["the report cites figures", []],
    ["the World Organisation for Animal Health (OIE)", ["woah"]],
    ["WTO and IATA", ["wto", "iata"]],
    ["G7 Trade Ministers", ["g7"]],
    ["the ENFORCE network", ["enforce"]],
    ["customs enforce the rules", []],
    ["the Japanese government funded it", ["government-of-japan"]],
  ])("finds partners in %j: %j", (body, expected) => {
    expect(tag(body).partners).toEqual(expected);
  });
});

describe("classify: mechanics", () => {
  it("normalises dashes, curly apostrophes and non-breaking spaces", () => {
    expect(normaliseForMatching("Asia\u2013Pacific\u00a0WCO\u2019s")).toBe("Asia-Pacific WCO's");
  });

  it("uses the taxonomy it is given", () => {
    const tiny = validateTaxonomy({
      programmes: [
        { slug: "x", shortName: "X", fullName: "Project X", description: "X.", patterns: ["\\bX\\b"] },
      ],
      topics: [{ slug: "misc", name: "Misc", description: "Misc.", patterns: ["\\bmisc\\b"] }],
      partners: [],
      fallbackTopic: "misc",
    });
    expect(classify({ title: "x marks", body: "" }, tiny)).toEqual({
      programmes: ["x"],
      topics: ["misc"],
      partners: [],
    });
  });

  it("matches a case-sensitive pattern only in its own case, ASCII or not", () => {
    const cased = validateTaxonomy({
      programmes: [],
      topics: [{ slug: "misc", name: "Misc", description: "Misc.", patterns: ["\\bmisc\\b"] }],
      partners: [
        { slug: "wco", name: "WCO", patterns: [{ source: "\\bWCO\\b", caseSensitive: true }] },
        { slug: "oko", name: "Öko", patterns: [{ source: "ÖkoTex\\b", caseSensitive: true }] },
      ],
      fallbackTopic: "misc",
    });
    const partners = (body: string) => classify({ title: "", body }, cased).partners;
    expect(partners("The WCO and ÖkoTex met.")).toEqual(["wco", "oko"]);
    expect(partners("The wco and ökotex met.")).toEqual([]);
    expect(partners("The Wco and ÖKOTEX met.")).toEqual([]);
    expect(partners("wco, then WCO; ökotex, then ÖkoTex")).toEqual(["wco", "oko"]);
  });
});

/** Reviewed programme set of every real article, keyed by its seed title. */
const REAL_PROGRAMMES: Record<string, string[]> = {
  "Malawi Boosts Wildlife Trafficking Crackdown with WCO Aid": [],
  "WCO Enhances Cambodias Trade Controls to Curb Proliferation": ["stce"],
  "WCO Launches Antitrafficking Training in MENA to Protect Cultural Heritage": [],
  "Global Customs Crack Down on Fake COVID19 Vaccines Illicit Trade": ["covid-19-emergency-project"],
  "WHO WCO Boost Data Tracking to Curb Illicit Tobacco Trade": [],
  "Customs Agencies Crack Down on Global Wildlife Trafficking": [],
  "Global Law Enforcement Cracks Down on Wildlife Trafficking": [],
  "Wcos COPES Initiative Strengthens Customs Against Wildlife Trafficking": ["inama", "copes"],
  "WCO Training Enhances African Customs Wildlife Trafficking Crackdown": ["inama"],
  "INAMA Initiative Expands Antiwildlife Trafficking in Africa Asia": ["inama"],
  "Global Operation DEMETER V Cracks Down on Illegal Environmental Trade": ["demeter"],
  "West and Central Africa Strengthen Customs to Fight Art Trafficking": [],
  "Philippines Boosts Customs Oversight with STCE Project": ["stce"],
  "WCO Trains Customs Officials to Fight Cultural Heritage Trafficking": [],
  "WCO ENFORCE Team Up to Tackle Illegal Waste Trade": [],
  "OMD OSCE Target Cultural Heritage Trafficking in Eastern Europe Central Asia": ["pitch"],
  "Cambodia Deploys Raman Spectrometers to Tighten Border Security": ["asia-pacific-security"],
  "Malawi Customs Strengthened Against Wildlife Trafficking": ["inama"],
  "WCO Enhances Malawis Wildlife Trafficking Fight": ["inama"],
  "Global Customs Agencies Intensify Fight Against Environmental Crime": [],
  "WTO and WCO Sign Pact to Enhance Trade Security Facilitation": [],
  "New Customs System Eases Trade Amid Environmental Rules": [],
  "Peru Boosts Customs Efficiency with Wcobacked Strategy": [],
  "WCO Boosts Trade Security with Training for Francophone Nations": ["stce"],
  "G7 Urges Customs Reform to Enhance Global Trade": [],
  "WCO IATA Boost Air Cargo Security and Efficiency": [],
  "WCO INAMA Project delivers Multi-Regional Workshops on Illegal Wildlife Trade": [
    "inama",
    "environment-programme",
    "capacity-building-programme",
  ],
  "Asiapacific Nations Crack Down on Illegal Plastic Waste Trade": ["appw"],
  "WCO Warns of Supply Chain Risks at ADBI Conference": [],
  "WCO and OIE Partner to Boost Crossborder Trade Safety": [],
  "Global Leaders Urge Cooperation to Address Crises": [],
  "WCO Releases Guide to Curb Illegal Trade in Ecosensitive Goods": [],
  "WCO Boosts Trade Control Enforcement in Albania Kosovo": ["stce", "copes"],
  "WCO Aids Bosnia in Ecommerce Customs Reform": [],
  "WCO Speeds Up Disaster Aid After Earthquakes Floods": [],
  "Asiapacific Customs Boost Environmental Pact Enforcement": [],
  "WCO Adopts Disruptive Tech to Modernize Global Trade": [],
};

/** The real articles with their text as classify() sees it. */
function realTexts() {
  return realArticles().map((a) => ({
    sourceTitle: a.sourceTitle,
    tags: classify({ title: a.title, body: a.blocks.map((b) => b.text).join("\n\n") }),
  }));
}

describe("classify on the real seeds", () => {
  it("matches one explicit, reviewed expectation of the programme set of every real article", () => {
    const actual = Object.fromEntries(realTexts().map((a) => [a.sourceTitle, a.tags.programmes]));
    expect(actual).toEqual(REAL_PROGRAMMES);
  });

  it.each([
    ["inama", 6],
    ["stce", 4],
    ["demeter", 1],
  ])("tags %s on %i real articles", (slug, count) => {
    expect(realTexts().filter((a) => a.tags.programmes.includes(slug))).toHaveLength(count);
  });

  it("gives every real article a topic and leaves no topic empty", () => {
    const articles = realTexts();
    expect(articles.filter((a) => a.tags.topics.length === 0)).toEqual([]);
    const used = new Set(articles.flatMap((a) => a.tags.topics));
    expect(TAXONOMY.topics.map((t) => t.slug).filter((s) => !used.has(s))).toEqual([]);
  });

  it("gives every programme at least one real article", () => {
    const used = new Set(realTexts().flatMap((a) => a.tags.programmes));
    expect(TAXONOMY.programmes.map((p) => p.slug).filter((s) => !used.has(s))).toEqual([]);
  });
});
