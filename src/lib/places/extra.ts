/**
 * Place data the `world-countries` package lacks, validated by `validateExtra` when loaded.
 * Keep this small: names, codes, demonyms and regions come from the package.
 */

export type M49Region = "Africa" | "Americas" | "Asia" | "Europe" | "Oceania";
export const M49_REGIONS: readonly M49Region[] = ["Africa", "Americas", "Asia", "Europe", "Oceania"];

export interface ExtraData {
  /** Extra names per ISO alpha-2 code: short forms and spellings the package lacks. Case-sensitive. */
  aliases: Record<string, string[]>;
  /** Extra demonyms (adjectives of nationality) per code; they also join coordinations ("Spanish and Portuguese"). */
  demonyms: Record<string, string[]>;
  /** Package names/demonyms never matched (ambiguous between places, or common words and names). */
  ignored: string[];
  /**
   * Names that contain a country's name but name another place or thing. Each maps to the
   * country it lies in, or to null (a sea, a basin, a currency, an animal): as the longest match
   * wins, it hides the country inside it ("New South Wales" is AU, not GB; "Gulf of Guinea" no GN).
   */
  compounds: Record<string, string | null>;
  /**
   * Country names that are also given names: followed directly by a capitalised surname-like
   * word ("Jordan Smith", "Chad Miller") they name a person, not the country.
   */
  givenNames: string[];
  /** Where the package's region/sub-region deviates from UN M49. */
  m49Overrides: Record<string, { region: M49Region; subregion: string }>;
  /** Named regions that are not M49 units, each attached to the M49 region(s) it lies in. */
  namedRegions: { slug: string; name: string; patterns: string[]; regions: M49Region[] }[];
}

export const extra: ExtraData = {
  aliases: {
    BA: ["Bosnia", "BiH", "Bosnia & Herzegovina"],
    GB: [
      "U.K.",
      "Britain",
      "Northern Ireland",
      "England",
      "Scotland",
      "Wales",
      "HMRC",
      "HM Revenue & Customs",
      "HM Revenue and Customs",
    ],
    US: ["U.S.", "U.S.A.", "United States", "Customs and Border Protection"],
    KR: ["Korea"],
    CN: ["Peoples Republic of China"],
    CD: ["Democratic Republic of the Congo", "D.R. Congo", "DR of Congo", "D.R.C."],
    CG: ["Congo Republic", "Congo Brazzaville", "Republic of Congo"],
    CI: ["Cote d’Ivoire", "Côte d’Ivoire", "Cote dIvoire"],
    CZ: ["Czech Republic"],
    MK: ["Macedonia", "North Macedonia", "FYROM"],
    SZ: ["Swaziland"],
    MM: ["Burma"],
    NL: ["Holland", "The Netherlands"],
    TR: ["Turkey"],
    CV: ["Cape Verde", "Cabo Verde"],
    TL: ["East Timor"],
    VA: ["Holy See"],
    PS: ["Palestinian Territories"],
    TW: ["Chinese Taipei"],
    XK: ["Kosova"],
    ST: ["São Tomé", "Sao Tome"],
    LC: ["St Lucia", "St. Lucia"],
    KN: ["Saint Kitts", "St Kitts", "St. Kitts", "St Kitts and Nevis", "St. Kitts and Nevis"],
    VC: ["Saint Vincent", "St Vincent", "St. Vincent"],
    VI: ["US Virgin Islands", "U.S. Virgin Islands"],
    // Small gazetteer: a capital or major port named alone adds its country.
    LB: ["Beirut"],
    TH: ["Bangkok"],
    KE: ["Nairobi", "Mombasa"],
    ZA: ["Durban"],
    AE: ["UAE", "U.A.E.", "Dubai", "Jebel Ali"],
  },
  demonyms: {
    // Spelt otherwise by the package ("Tadzhik", "Kirghiz", "Ecuadorean", "Mosotho" …) or missing.
    TJ: ["Tajik", "Tajikistani"],
    UZ: ["Uzbek"],
    KG: ["Kyrgyz", "Kyrgyzstani"],
    KZ: ["Kazakh"],
    EC: ["Ecuadorian"],
    BF: ["Burkinabé", "Burkinabè"],
    DJ: ["Djiboutian"],
    KM: ["Comorian"],
    MV: ["Maldivian"],
    BW: ["Batswana"],
    LS: ["Basotho"],
    GW: ["Bissau-Guinean"],
    GQ: ["Equatoguinean"],
    CV: ["Cape Verdean", "Cabo Verdean"],
    LC: ["St Lucian", "St. Lucian"],
    VC: ["Vincentian"],
    SR: ["Surinamese"],
    RW: ["Rwandese"],
    NP: ["Nepali"],
    SI: ["Slovenian"],
    AR: ["Argentinian"],
    AZ: ["Azeri"],
    IS: ["Icelandic"],
    PH: ["Philippine"],
    GB: ["Scottish", "Welsh"],
    // Package spellings, listed here as demonyms too, so that they join coordinations.
    LA: ["Lao"],
    SA: ["Saudi"],
  },
  ignored: [
    "American",
    "Dominican",
    "Congolese",
    "Guinean",
    "Korean",
    "Channel Islander",
    // Alternative spellings from the package that are ordinary words, people's names, places
    // shared by two countries, or company names more than countries.
    "Island", // IS: Icelandic for Iceland; an English word
    "Mann", // IM: a surname
    "Mannin", // IM
    "Dominique", // DM: a given name
    "Timor", // TL: an island shared with Indonesia
    "Reunion", // RE: an English word (Réunion keeps its accent)
    "Guiana", // GF: also the Guianas region and British Guiana (Guyana)
    "Portuguesa", // PT: also a state of Venezuela
    "Prathet", // TH: Thai for "country"
    "Nippon", // JP: mostly company names (Nippon Steel, Nippon Express)
    "Nihon", // JP
    "the Abode of Peace", // BN
    "Pleasant Island", // NR
    "Virgin Islands", // VG or VI
  ],
  compounds: {
    // In the United States.
    "New Mexico": "US",
    "New Jersey": "US",
    "New England": "US",
    "Jersey City": "US",
    "Atlanta, Georgia": "US",
    "Savannah, Georgia": "US",
    "Augusta, Georgia": "US",
    "Athens, Georgia": "US",
    "Macon, Georgia": "US",
    "Columbus, Georgia": "US",
    "Brunswick, Georgia": "US",
    "Georgia, USA": "US",
    "Georgia, U.S.A.": "US",
    "Georgia, U.S.": "US",
    "Georgia, US": "US",
    "Georgia, United States": "US",
    "Georgia (US)": "US",
    "Georgia (USA)": "US",
    "Georgia (U.S.)": "US",
    "state of Georgia": "US",
    "State of Georgia": "US",
    "University of Georgia": "US",
    "Georgia State University": "US",
    "Georgia Tech": "US",
    "Georgia Ports Authority": "US",
    "Australian Customs and Border Protection Service": "AU",
    // Elsewhere.
    "New South Wales": "AU",
    "British Columbia": "CA",
    "Niger Delta": "NG",
    "Niger State": "NG",
    "Benin City": "NG",
    "West Timor": "ID",
    "New Britain": "PG",
    "New Ireland": "PG",
    "Central Macedonia": "GR",
    "Western Macedonia": "GR",
    "Eastern Macedonia": "GR",
    "Macedonia, Greece": "GR",
    // Hong Kong, China and Macao, China (the WCO's names) are the territories, not China.
    "Hong Kong, China": "HK",
    "Hong Kong (China)": "HK",
    "Hong Kong SAR, China": "HK",
    "Macao, China": "MO",
    "Macao (China)": "MO",
    "Macao SAR, China": "MO",
    "Macau, China": "MO",
    // No country's: seas, rivers, basins, islands shared by two countries, currencies, animals.
    "Gulf of Guinea": null,
    "New Guinea": null,
    "Bight of Benin": null,
    "Congo Basin": null,
    "Congo River": null,
    "Niger River": null,
    "Lake Chad": null,
    "Jordan River": null,
    "River Jordan": null,
    "Indian Ocean": null,
    "Indian subcontinent": null,
    "West Indian": null,
    "American Indian": null,
    "South China Sea": null,
    "East China Sea": null,
    "Sea of Japan": null,
    "Philippine Sea": null,
    "Irish Sea": null,
    "Gulf of Mexico": null,
    "Gulf of Thailand": null,
    "Gulf of Oman": null,
    "US dollar": null,
    "U.S. dollar": null,
    "United States dollar": null,
    "Guinea pig": null, // and "Guinea pigs": a name may take "s" or "'s"
    "Guinea fowl": null,
    "Guinea worm": null,
  },
  givenNames: ["Jordan", "Chad", "Georgia", "India", "Israel"],
  m49Overrides: {
    AL: { region: "Europe", subregion: "Southern Europe" },
    BA: { region: "Europe", subregion: "Southern Europe" },
    HR: { region: "Europe", subregion: "Southern Europe" },
    XK: { region: "Europe", subregion: "Southern Europe" },
    MK: { region: "Europe", subregion: "Southern Europe" },
    ME: { region: "Europe", subregion: "Southern Europe" },
    RS: { region: "Europe", subregion: "Southern Europe" },
    SI: { region: "Europe", subregion: "Southern Europe" },
    BG: { region: "Europe", subregion: "Eastern Europe" },
    RO: { region: "Europe", subregion: "Eastern Europe" },
    CZ: { region: "Europe", subregion: "Eastern Europe" },
    HU: { region: "Europe", subregion: "Eastern Europe" },
    PL: { region: "Europe", subregion: "Eastern Europe" },
    SK: { region: "Europe", subregion: "Eastern Europe" },
    AT: { region: "Europe", subregion: "Western Europe" },
    CY: { region: "Asia", subregion: "Western Asia" },
    MX: { region: "Americas", subregion: "Central America" },
    BM: { region: "Americas", subregion: "Northern America" },
    CA: { region: "Americas", subregion: "Northern America" },
    GL: { region: "Americas", subregion: "Northern America" },
    PM: { region: "Americas", subregion: "Northern America" },
    US: { region: "Americas", subregion: "Northern America" },
    UM: { region: "Oceania", subregion: "Micronesia" },
  },
  namedRegions: [
    {
      slug: "mena",
      name: "Middle East and North Africa",
      patterns: ["Middle East and North Africa", "MENA"],
      regions: ["Africa", "Asia"],
    },
    {
      slug: "west-and-central-africa",
      name: "West and Central Africa",
      patterns: ["West and Central Africa", "West and Central African", "Western and Central Africa"],
      regions: ["Africa"],
    },
    {
      slug: "east-and-southern-africa",
      name: "East and Southern Africa",
      patterns: ["East and Southern Africa", "Eastern and Southern Africa"],
      regions: ["Africa"],
    },
    {
      slug: "sub-saharan-africa",
      name: "Sub-Saharan Africa",
      patterns: ["Sub-Saharan Africa", "sub-Saharan Africa", "Sub Saharan Africa"],
      regions: ["Africa"],
    },
    {
      slug: "north-africa",
      name: "North Africa",
      patterns: ["North Africa", "North African", "Northern Africa"],
      regions: ["Africa"],
    },
    {
      slug: "west-africa",
      name: "West Africa",
      patterns: ["West Africa", "West African", "Western Africa"],
      regions: ["Africa"],
    },
    {
      slug: "east-africa",
      name: "East Africa",
      patterns: ["East Africa", "East African", "Eastern Africa"],
      regions: ["Africa"],
    },
    {
      slug: "central-africa",
      name: "Central Africa",
      // "Central African" before these words is the region (CEMAC, ECCAS), not the Republic.
      patterns: [
        "Central Africa",
        "Central African Economic",
        "Central African Monetary",
        "Central African Customs Union",
        "Central African States",
        "Central African countries",
        "Central African nations",
        "Central African region",
        "Central African sub-region",
        "Central African subregion",
      ],
      regions: ["Africa"],
    },
    {
      slug: "southern-africa",
      name: "Southern Africa",
      patterns: ["Southern Africa", "Southern African"],
      regions: ["Africa"],
    },
    {
      slug: "sahel",
      name: "Sahel",
      patterns: ["Sahel", "Sahelian"],
      regions: ["Africa"],
    },
    {
      slug: "eac",
      name: "East African Community",
      patterns: ["East African Community", "EAC"],
      regions: ["Africa"],
    },
    {
      slug: "sadc",
      name: "Southern African Development Community",
      patterns: ["Southern African Development Community", "SADC"],
      regions: ["Africa"],
    },
    {
      slug: "asia-pacific",
      name: "Asia-Pacific",
      patterns: ["Asia-Pacific", "Asia Pacific", "Asia/Pacific", "Asia–Pacific"],
      regions: ["Asia", "Oceania"],
    },
    {
      slug: "eastern-europe-and-central-asia",
      name: "Eastern Europe and Central Asia",
      patterns: [
        "Eastern Europe and Central Asia",
        "Eastern Europe Central Asia",
        "Eastern Europe, Central Asia",
      ],
      regions: ["Europe", "Asia"],
    },
    {
      slug: "middle-east",
      name: "Middle East",
      patterns: ["Middle East", "Middle Eastern"],
      regions: ["Asia"],
    },
    {
      slug: "gulf",
      name: "Gulf (GCC)",
      patterns: [
        "Gulf Cooperation Council",
        "Cooperation Council for the Arab States of the Gulf",
        "GCC",
        "Gulf States",
        "Gulf states",
        "Gulf countries",
        "Gulf region",
        "Gulf Arab states",
        "Arab Gulf States",
        "Arab Gulf states",
      ],
      regions: ["Asia"],
    },
    { slug: "south-america", name: "South America", patterns: ["South America"], regions: ["Americas"] },
    {
      slug: "central-america",
      name: "Central America",
      patterns: ["Central America", "Central American"],
      regions: ["Americas"],
    },
    {
      slug: "latin-america",
      name: "Latin America",
      patterns: ["Latin America", "Latin American"],
      regions: ["Americas"],
    },
    { slug: "caribbean", name: "Caribbean", patterns: ["Caribbean"], regions: ["Americas"] },
    {
      slug: "southeast-asia",
      name: "South-eastern Asia",
      patterns: [
        "Southeast Asia",
        "South-East Asia",
        "South East Asia",
        "South-eastern Asia",
        "Southeast Asian",
        "South-East Asian",
        "South East Asian",
      ],
      regions: ["Asia"],
    },
    {
      slug: "asean",
      name: "ASEAN",
      patterns: [
        "ASEAN",
        "Association of Southeast Asian Nations",
        "Association of South-East Asian Nations",
      ],
      regions: ["Asia"],
    },
    {
      slug: "south-asia",
      name: "South Asia",
      patterns: ["South Asia", "South Asian", "SAARC"],
      regions: ["Asia"],
    },
    {
      slug: "central-asia",
      name: "Central Asia",
      patterns: ["Central Asia", "Central Asian"],
      regions: ["Asia"],
    },
    {
      slug: "western-balkans",
      name: "Western Balkans",
      patterns: ["Western Balkans", "Western Balkan"],
      regions: ["Europe"],
    },
    { slug: "balkans", name: "Balkans", patterns: ["Balkans", "Balkan"], regions: ["Europe"] },
    {
      slug: "pacific-islands",
      name: "Pacific Islands",
      patterns: [
        "Pacific Islands",
        "Pacific Island countries",
        "Pacific island countries",
        "Pacific Island States",
      ],
      regions: ["Oceania"],
    },
    { slug: "africa", name: "Africa", patterns: ["Africa"], regions: ["Africa"] },
    { slug: "asia", name: "Asia", patterns: ["Asia"], regions: ["Asia"] },
    { slug: "europe", name: "Europe", patterns: ["Europe"], regions: ["Europe"] },
    { slug: "americas", name: "Americas", patterns: ["Americas"], regions: ["Americas"] },
    { slug: "oceania", name: "Oceania", patterns: ["Oceania"], regions: ["Oceania"] },
  ],
};

/**
 * Schema check: codes are two upper-case letters of known countries, regions are M49 regions,
 * slugs unique, and no name is given two meanings.
 */
export function validateExtra(data: ExtraData, knownCodes: ReadonlySet<string>): void {
  const fail = (m: string): never => {
    throw new Error(`src/lib/places/extra.ts: ${m}`);
  };
  const known = (code: string) => /^[A-Z]{2}$/.test(code) && knownCodes.has(code);
  for (const code of [
    ...Object.keys(data.aliases),
    ...Object.keys(data.demonyms),
    ...Object.keys(data.m49Overrides),
  ]) {
    if (!known(code)) fail(`unknown country code "${code}"`);
  }
  for (const [name, code] of Object.entries(data.compounds)) {
    if (code !== null && !known(code)) fail(`compound "${name}": unknown country code "${code}"`);
  }
  const meaning = new Map<string, string>();
  const once = (name: string, what: string) => {
    if (!name.trim()) fail(`${what}: empty name`);
    const prev = meaning.get(name);
    if (prev !== undefined && prev !== what) fail(`"${name}" is both ${prev} and ${what}`);
    meaning.set(name, what);
  };
  for (const [code, names] of Object.entries(data.aliases))
    for (const n of names) once(n, `an alias of ${code}`);
  for (const [code, names] of Object.entries(data.demonyms))
    for (const n of names) once(n, `a demonym of ${code}`);
  for (const [name, code] of Object.entries(data.compounds))
    once(name, `a compound (${code ?? "no country"})`);
  for (const r of data.namedRegions) for (const p of r.patterns) once(p, `a pattern of ${r.slug}`);
  for (const n of data.ignored) if (meaning.has(n)) fail(`"${n}" is ignored and ${meaning.get(n) ?? ""}`);
  for (const n of data.givenNames)
    if (!/^\p{Lu}\p{Ll}+$/u.test(n)) fail(`given name "${n}" is not one capitalised word`);
  for (const [code, o] of Object.entries(data.m49Overrides)) {
    if (!M49_REGIONS.includes(o.region)) fail(`${code}: "${o.region}" is not an M49 region`);
    if (!o.subregion.trim()) fail(`${code}: empty sub-region`);
  }
  const slugs = new Set<string>();
  for (const r of data.namedRegions) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r.slug)) fail(`named region slug "${r.slug}" is not a slug`);
    if (slugs.has(r.slug)) fail(`named region slug "${r.slug}" is repeated`);
    slugs.add(r.slug);
    if (r.patterns.length === 0 || r.regions.length === 0)
      fail(`named region "${r.slug}" needs patterns and regions`);
    for (const g of r.regions)
      if (!M49_REGIONS.includes(g)) fail(`named region "${r.slug}": "${g}" is not an M49 region`);
  }
}
