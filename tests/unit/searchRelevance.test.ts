/**
 * Relevance over the real articles: typos, words only in a body, several words in any order,
 * acronyms and full names, and words in no article. Each row: query → the articles expected first.
 */
import { describe, expect, it } from "vitest";
import { parseQuery } from "../../src/lib/search/query/parse.ts";
import { loadedIndex, realSearchDocuments } from "../support/searchFixtures.ts";

/** Query, then the slugs expected at the top, in order (or as a set when `anyOrder`). */
const TABLE: readonly { q: string; top: readonly string[]; anyOrder?: boolean; total?: number }[] = [
  // Typos
  { q: "wildlfe", top: ["global-law-enforcement-cracks-down-on-wildlife-trafficking"] },
  { q: "Philipines", top: ["philippines-boosts-customs-oversight-with-stce-project"], total: 1 },
  { q: "tobbaco", top: ["who-wco-boost-data-tracking-to-curb-illicit-tobacco-trade"], total: 1 },
  { q: "Beiruut", top: ["wco-trains-customs-officials-to-fight-cultural-heritage-trafficking"], total: 1 },
  { q: "malawi inteligence", top: ["malawi-boosts-wildlife-trafficking-crackdown-with-wco-aid"], total: 1 },
  {
    q: "Cambodai",
    top: [
      "cambodia-deploys-raman-spectrometers-to-tighten-border-security",
      "wco-enhances-cambodias-trade-controls-to-curb-proliferation",
    ],
    anyOrder: true,
  },
  { q: "earthquaks", top: ["wco-speeds-up-disaster-aid-after-earthquakes-floods"] },
  // Words only in a body
  { q: "Beirut", top: ["wco-trains-customs-officials-to-fight-cultural-heritage-trafficking"], total: 1 },
  {
    q: "explosive precursors",
    top: ["cambodia-deploys-raman-spectrometers-to-tighten-border-security"],
    total: 1,
  },
  { q: "Mikuriya", top: ["global-leaders-urge-cooperation-to-address-crises"], total: 1 },
  { q: "spectrometers", top: ["cambodia-deploys-raman-spectrometers-to-tighten-border-security"], total: 1 },
  // Several words, any order, all must match
  {
    q: "malawi risk management",
    top: [
      "wco-enhances-malawis-wildlife-trafficking-fight",
      "malawi-customs-strengthened-against-wildlife-trafficking",
    ],
    // Both name Malawi in the title; proximity of the words then decides.
    anyOrder: true,
    total: 2,
  },
  {
    q: "management risk malawi",
    top: [
      "wco-enhances-malawis-wildlife-trafficking-fight",
      "malawi-customs-strengthened-against-wildlife-trafficking",
    ],
    // Both name Malawi in the title; proximity of the words then decides.
    anyOrder: true,
    total: 2,
  },
  {
    q: "heritage cultural trafficking",
    top: [
      "wco-trains-customs-officials-to-fight-cultural-heritage-trafficking",
      "wco-launches-antitrafficking-training-in-mena-to-protect-cultural-heritage",
      "omd-osce-target-cultural-heritage-trafficking-in-eastern-europe-central-asia",
    ],
    anyOrder: true,
  },
  { q: "albania kosovo", top: ["wco-boosts-trade-control-enforcement-in-albania-kosovo"], total: 1 },
  { q: "air cargo security", top: ["wco-iata-boost-air-cargo-security-and-efficiency"] },
  {
    q: "covid vaccines",
    top: ["global-customs-crack-down-on-fake-covid19-vaccines-illicit-trade"],
    total: 1,
  },
  { q: "e-commerce bosnia", top: ["wco-aids-bosnia-in-ecommerce-customs-reform"], total: 1 },
  {
    q: "cambodia proliferation",
    top: ["wco-enhances-cambodias-trade-controls-to-curb-proliferation"],
    total: 1,
  },
  {
    q: "west central africa art",
    top: ["west-and-central-africa-strengthen-customs-to-fight-art-trafficking"],
  },
  { q: "plastic waste", top: ["asiapacific-nations-crack-down-on-illegal-plastic-waste-trade"] },
  { q: "illegal waste trade", top: ["wco-enforce-team-up-to-tackle-illegal-waste-trade"] },
  { q: "supply chain", top: ["wco-warns-of-supply-chain-risks-at-adbi-conference"] },
  // Acronyms and full names
  { q: "STCE", top: ["philippines-boosts-customs-oversight-with-stce-project"] },
  {
    q: "strategic trade control",
    top: [
      "wco-enhances-cambodias-trade-controls-to-curb-proliferation",
      "wco-boosts-trade-security-with-training-for-francophone-nations",
      "wco-boosts-trade-control-enforcement-in-albania-kosovo",
      // The four STCE articles lead, in any order.
      "philippines-boosts-customs-oversight-with-stce-project",
    ],
    anyOrder: true,
  },
  {
    q: "INAMA",
    top: [
      "inama-initiative-expands-antiwildlife-trafficking-in-africa-asia",
      "wco-inama-project-delivers-multi-regional-workshops-on-illegal-wildlife-trade",
    ],
    // Both name INAMA in the title; how often, for their length, then decides.
    anyOrder: true,
  },
  { q: "g7", top: ["g7-urges-customs-reform-to-enhance-global-trade"], total: 1 },
  { q: "OIE", top: ["wco-and-oie-partner-to-boost-crossborder-trade-safety"], total: 1 },
  { q: "IATA", top: ["wco-iata-boost-air-cargo-security-and-efficiency"] },
  { q: "ADBI", top: ["wco-warns-of-supply-chain-risks-at-adbi-conference"] },
  { q: "Demeter", top: ["global-operation-demeter-v-cracks-down-on-illegal-environmental-trade"] },
  { q: "COPES", top: ["wcos-copes-initiative-strengthens-customs-against-wildlife-trafficking"] },
  // Whole words, not fragments: the article naming CITES twelve times first, not "agencies" or "species"
  { q: "cites", top: ["wco-inama-project-delivers-multi-regional-workshops-on-illegal-wildlife-trade"] },
  { q: "covid", top: ["global-customs-crack-down-on-fake-covid19-vaccines-illicit-trade"], total: 1 },
  { q: "peru", top: ["peru-boosts-customs-efficiency-with-wcobacked-strategy"], total: 1 },
  { q: "iata ", top: ["wco-iata-boost-air-cargo-security-and-efficiency"], total: 1 },
  // Phrases: adjacent words in order only
  {
    q: '"cultural heritage"',
    top: [
      "wco-trains-customs-officials-to-fight-cultural-heritage-trafficking",
      "omd-osce-target-cultural-heritage-trafficking-in-eastern-europe-central-asia",
      "wco-launches-antitrafficking-training-in-mena-to-protect-cultural-heritage",
    ],
    anyOrder: true,
  },
  // Words in no article: nothing, not noise
  { q: "xylophone", top: [], total: 0 },
  { q: "zzqx", top: [], total: 0 },
  { q: "wildlife xylophone", top: [], total: 0 },
];

describe("search relevance on the real articles", () => {
  const docs = realSearchDocuments();
  const index = loadedIndex(docs);
  const search = (q: string, filters: number[][] = []) =>
    index.search(parseQuery(q, index.synonyms), filters);
  const slugs = (ids: Int32Array): string[] => [...ids].map((id) => docs[id]?.slug ?? "");

  it("has at least 30 queries", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(TABLE)("$q", ({ q, top, anyOrder, total }) => {
    const outcome = search(q);
    const first = slugs(outcome.ids).slice(0, top.length);
    if (anyOrder) expect([...first].sort()).toEqual([...top].sort());
    else expect(first).toEqual(top);
    if (total !== undefined) expect(outcome.total).toBe(total);
  });

  it("ranks a title match above a body-only match", () => {
    const ids = slugs(search("spectrometers raman").ids);
    expect(ids[0]).toBe("cambodia-deploys-raman-spectrometers-to-tighten-border-security");
    const training = search("training ");
    const inTitle = (id: number): boolean => /training/iu.test(docs[id]?.title ?? "");
    const firstBodyOnly = [...training.ids].findIndex((id) => !inTitle(id));
    const lastTitle = [...training.ids].map(inTitle).lastIndexOf(true);
    expect(lastTitle).toBeLessThan(firstBodyOnly);
  });

  it("filters: ?programme=stce alone lists every STCE article, and AND with a query", () => {
    const stce = index.facets.facets[0]?.values.findIndex((p) => p.slug === "stce") ?? -1;
    const all = search("", [[stce], []]);
    const expected = docs.filter((d) => d.programmes.includes("stce")).map((d) => d.slug);
    expect(slugs(all.ids).sort()).toEqual(expected.sort());
    const training = search("training", [[stce], []]);
    expect(training.total).toBeGreaterThan(0);
    for (const id of training.ids) expect(docs[id]?.programmes).toContain("stce");
  });
});
