/**
 * Fixed vocabulary for the synthetic corpus: enforcement programmes with
 * their mention rates, topics, title parts, headings, banners and the
 * month names used for English, French and Spanish date lines.
 */
import { MONTHS as ENGLISH_MONTHS } from "../../../src/lib/dates.ts";

/** A WCO programme that articles mention, with the share of articles that do. */
export interface Programme {
  readonly id: string;
  /** How the programme is named in generated text. */
  readonly names: readonly string[];
  /** Matches real seed sentences that belong to this programme. */
  readonly pattern: RegExp;
  /** Fraction of generated articles that mention it. */
  readonly rate: number;
  readonly topic: string;
}

/** Programmes at roughly the rates seen in the real seeds (~1/3 of articles mention one). */
export const PROGRAMMES: readonly Programme[] = [
  {
    id: "INAMA",
    names: ["INAMA"],
    pattern: /\bINAMA\b/,
    rate: 0.1,
    topic: "wildlife",
  },
  {
    id: "STCE",
    names: ["STCE", "Strategic Trade Control Enforcement (STCE)"],
    pattern: /\bSTCE\b|Strategic Trade Control Enforcement/,
    rate: 0.08,
    topic: "strategic",
  },
  {
    id: "COPES",
    names: ["COPES"],
    pattern: /\bCOPES\b/,
    rate: 0.04,
    topic: "wildlife",
  },
  {
    id: "APPW",
    names: ["APPW", "Asia Pacific Plastic Waste (APPW)"],
    pattern: /\bAPPW\b/,
    rate: 0.04,
    topic: "waste",
  },
  {
    id: "PITCH",
    names: ["PITCH"],
    pattern: /\bPITCH\b/,
    rate: 0.03,
    topic: "cultural",
  },
  {
    id: "DEMETER",
    names: ["Operation DEMETER VI"],
    pattern: /\bDEMETER\b/,
    rate: 0.04,
    topic: "waste",
  },
];

/** A subject area: keywords that classify real sentences, and title objects. */
export interface Topic {
  readonly id: string;
  readonly keywords: RegExp;
  readonly objects: readonly string[];
  readonly commodities: readonly string[];
  readonly heading: string;
}

/** Topics of WCO enforcement news. */
export const TOPICS: readonly Topic[] = [
  {
    id: "wildlife",
    keywords: /wildlife|CITES|species|ivory|biodiversity|fauna/i,
    objects: [
      "Wildlife Trafficking",
      "Illegal Wildlife Trade",
      "Ivory Smuggling",
      "Pangolin Scale Trafficking",
    ],
    commodities: [
      "kilograms of ivory",
      "pangolin scales",
      "live reptiles",
      "rhino horns",
      "protected timber logs",
    ],
    heading: "About Illegal Wildlife Trade",
  },
  {
    id: "tobacco",
    keywords: /tobacco|cigarette/i,
    objects: ["Illicit Tobacco Trade", "Cigarette Smuggling"],
    commodities: [
      "million cigarettes",
      "cartons of counterfeit cigarettes",
      "kilograms of water-pipe tobacco",
    ],
    heading: "About the Illicit Tobacco Trade",
  },
  {
    id: "cultural",
    keywords: /cultural|heritage|\bart\b|antiquit/i,
    objects: ["Cultural Heritage Trafficking", "Art Trafficking", "Antiquities Smuggling"],
    commodities: ["ancient coins", "looted manuscripts", "archaeological artefacts", "stolen icons"],
    heading: "About Cultural Heritage Protection",
  },
  {
    id: "waste",
    keywords: /waste|plastic|Basel|ozone|environment/i,
    objects: [
      "Illegal Waste Trade",
      "Plastic Waste Smuggling",
      "Environmental Crime",
      "Ozone Depleting Substances",
    ],
    commodities: [
      "tonnes of plastic waste",
      "cylinders of refrigerant gas",
      "containers of e-waste",
      "tonnes of scrap batteries",
    ],
    heading: "About Environmental Crime",
  },
  {
    id: "strategic",
    keywords: /strategic|proliferation|weapon|dual-use/i,
    objects: ["Strategic Trade Controls", "Proliferation Risks", "Dual Use Goods Smuggling"],
    commodities: [
      "dual-use machine tools",
      "controlled electronic components",
      "undeclared chemical precursors",
    ],
    heading: "About Strategic Trade Control",
  },
  {
    id: "health",
    keywords: /vaccine|counterfeit|medic|COVID|pharma/i,
    objects: ["Counterfeit Medicines", "Fake Vaccines", "Falsified Medical Products"],
    commodities: [
      "doses of falsified vaccines",
      "packets of counterfeit medicines",
      "boxes of fake test kits",
    ],
    heading: "About Illicit Medical Products",
  },
  {
    id: "facilitation",
    keywords: /facilitation|e-commerce|supply chain|efficien|cargo|clearance/i,
    objects: ["Trade Facilitation", "Air Cargo Security", "Ecommerce Compliance", "Supply Chain Resilience"],
    commodities: [
      "undeclared postal parcels",
      "misdeclared air cargo consignments",
      "undervalued e-commerce shipments",
    ],
    heading: "About Trade Facilitation",
  },
];

/** Title subjects; `{P}`/`{Q}` are invented place names, `{R}` a region. */
export const TITLE_SUBJECTS = [
  "WCO",
  "{P}",
  "{P} Customs",
  "{P} Customs",
  "Global Customs",
  "{R} Customs Network",
  "{P} and {Q}",
  "WCO and {P}",
] as const;

/** Title verbs, as used by the real digest titles. */
export const TITLE_VERBS = [
  "Boosts Fight Against",
  "Strengthens Controls on",
  "Enhances Response to",
  "Cracks Down on",
  "Launches Training on",
  "Targets",
  "Tackles",
  "Steps Up Action Against",
  "Intensifies Fight Against",
  "Trains Officers on",
  "Deploys New Tools Against",
  "Expands Cooperation on",
] as const;

/** Title suffixes; `{G}` is a programme name, `{C}` an invented city. */
export const TITLE_SUFFIXES = ["", "", "", " with {G} Support", " in {C}", " at {C} Workshop"] as const;

/** Real region names used in titles and sentences. */
export const REGIONS = [
  "West Africa",
  "East Africa",
  "Southern Africa",
  "Asia Pacific",
  "South America",
  "Eastern Europe",
  "Central Asia",
  "Middle East",
  "Caribbean",
  "Pacific Islands",
] as const;

/** Real country names and adjectives in the seeds, replaced by invented places. */
export const REAL_PLACES = [
  "Bosnia and Herzegovina",
  "Philippines",
  "Philippine",
  "Cambodian",
  "Cambodias",
  "Cambodia",
  "Malawis",
  "Malawi",
  "Peruvian",
  "Peru",
  "Albanian",
  "Albania",
  "Kosovar",
  "Kosovo",
  "Morocco",
  "Libya",
  "Kenya",
  "Togo",
] as const;

/** Generic section headings for article pages (besides programme/topic ones). */
export const HEADINGS = ["Background", "Next Steps", "Key Results", "Partners and Funding"] as const;

/** Language banners of article pages (none for English). */
export const BANNERS = {
  es: "Esta página no está disponible en el idioma seleccionado Spanish : Español y la proponemos por consiguiente en English : English.",
  fr: "Cette page n'est pas disponible dans la langue sélectionnée French : Français et vous est donc proposée en English : English.",
} as const;

/** Month names by language, January first. */
export const MONTHS = {
  en: ENGLISH_MONTHS,
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  es: [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
} as const;
