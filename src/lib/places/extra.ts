/**
 * Place data the `world-countries` package lacks, validated by `validateExtra` when loaded.
 * Keep this small: names, codes, demonyms and regions come from the package.
 */

export type M49Region = "Africa" | "Americas" | "Asia" | "Europe" | "Oceania";
export const M49_REGIONS: readonly M49Region[] = ["Africa", "Americas", "Asia", "Europe", "Oceania"];

export interface ExtraData {
  /** Extra names per ISO alpha-2 code: short forms and spellings the package lacks. Case-sensitive. */
  aliases: Record<string, string[]>;
  /** Package names/demonyms never matched (ambiguous between countries or common words). */
  ignored: string[];
  /** Where the package's region/sub-region deviates from UN M49. */
  m49Overrides: Record<string, { region: M49Region; subregion: string }>;
  /** Named regions that are not M49 units, each attached to the M49 region(s) it lies in. */
  namedRegions: { slug: string; name: string; patterns: string[]; regions: M49Region[] }[];
}

export const extra: ExtraData = {
  aliases: {
    BA: ["Bosnia", "BiH", "Bosnia & Herzegovina"],
    GB: ["U.K.", "Britain", "Northern Ireland", "England", "Scotland", "Wales"],
    US: ["U.S.", "U.S.A.", "United States"],
    KR: ["Korea"],
    CD: ["Democratic Republic of the Congo", "D.R. Congo", "DR of Congo"],
    CG: ["Congo Republic", "Congo Brazzaville"],
    CI: ["Cote d’Ivoire", "Côte d’Ivoire", "Cote dIvoire"],
    CZ: ["Czech Republic"],
    MK: ["Macedonia", "North Macedonia", "FYROM"],
    SZ: ["Swaziland"],
    MM: ["Burma"],
    NL: ["Holland", "The Netherlands"],
    TR: ["Turkey"],
    CV: ["Cape Verde"],
    TL: ["East Timor"],
    VA: ["Holy See"],
    PS: ["Palestinian Territories"],
    TW: ["Chinese Taipei"],
    XK: ["Kosova"],
    PH: ["Philippine"],
    GE: ["Georgian"],
    IN: ["Indian"],
    // Small gazetteer: a capital or major port named alone adds its country.
    LB: ["Beirut"],
    TH: ["Bangkok"],
    KE: ["Nairobi", "Mombasa"],
    ZA: ["Durban"],
    AE: ["UAE", "U.A.E.", "Dubai", "Jebel Ali"],
  },
  ignored: ["American", "Dominican", "Congolese", "Guinean", "Korean", "Channel Islander"],
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
    { slug: "north-africa", name: "North Africa", patterns: ["North Africa"], regions: ["Africa"] },
    { slug: "west-africa", name: "West Africa", patterns: ["West Africa"], regions: ["Africa"] },
    { slug: "east-africa", name: "East Africa", patterns: ["East Africa"], regions: ["Africa"] },
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
    { slug: "middle-east", name: "Middle East", patterns: ["Middle East"], regions: ["Asia"] },
    { slug: "south-america", name: "South America", patterns: ["South America"], regions: ["Americas"] },
    { slug: "latin-america", name: "Latin America", patterns: ["Latin America"], regions: ["Americas"] },
    { slug: "caribbean", name: "Caribbean", patterns: ["Caribbean"], regions: ["Americas"] },
    {
      slug: "southeast-asia",
      name: "South-eastern Asia",
      patterns: ["Southeast Asia", "South-East Asia", "South East Asia", "South-eastern Asia"],
      regions: ["Asia"],
    },
    { slug: "central-asia", name: "Central Asia", patterns: ["Central Asia"], regions: ["Asia"] },
    { slug: "africa", name: "Africa", patterns: ["Africa"], regions: ["Africa"] },
    { slug: "asia", name: "Asia", patterns: ["Asia"], regions: ["Asia"] },
    { slug: "europe", name: "Europe", patterns: ["Europe"], regions: ["Europe"] },
    { slug: "americas", name: "Americas", patterns: ["Americas"], regions: ["Americas"] },
    { slug: "oceania", name: "Oceania", patterns: ["Oceania", "Pacific Islands"], regions: ["Oceania"] },
  ],
};

/** Schema check: codes are two upper-case letters, regions are M49 regions, slugs unique. */
export function validateExtra(data: ExtraData, knownCodes: ReadonlySet<string>): void {
  const fail = (m: string): never => {
    throw new Error(`src/lib/places/extra.ts: ${m}`);
  };
  for (const code of [...Object.keys(data.aliases), ...Object.keys(data.m49Overrides)]) {
    if (!/^[A-Z]{2}$/.test(code) || !knownCodes.has(code)) fail(`unknown country code "${code}"`);
  }
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
