/**
 * The taxonomy of the digest: WCO programmes, topics and partner organisations, validated
 * through the schema when this module loads. Places (countries and regions) are not patterns
 * here: src/lib/places/ recognises them from a maintained country dataset.
 * Programme descriptions state only facts found in the seed texts. No programme pattern may
 * match a topic word: a programme is tagged only when its name or acronym appears in the text.
 *
 * Pattern conventions: a plain string is matched case-insensitively; `cs(...)` marks a
 * case-sensitive pattern (used for acronyms that are also English words, e.g. WHO, CITES,
 * and names that are also words). Classification runs on text whose
 * dashes and non-breaking spaces are normalised (see classify.ts), but patterns also
 * tolerate the raw variants.
 */
import { validateTaxonomy, type Pattern, type Taxonomy, type TaxonomyInput } from "./schema.ts";

/** Separator between the words of a name: spaces, hyphens, dashes, slashes, or nothing. */
const SEP = "[\\s/\\u2010-\\u2015-]*";
/** Whole-word, case-insensitive pattern for a name whose words may be joined by SEP. */
const words = (...ws: string[]): string => `\\b${ws.join(SEP)}\\b`;
/** Case-sensitive pattern. */
const cs = (source: string): Pattern => ({ source, caseSensitive: true });
const WCO = "(?:WCO|World\\s+Customs\\s+Organi[sz]ation)(?:['\\u2019]s)?";
/** Words that, following an acronym that is also an English word, show it names a programme. */
const PROGRAMME_NOUN = "(?=[\\s-]+(?:project|programme|program|initiative|training|workshop|team)s?\\b)";

const programmes: TaxonomyInput["programmes"] = [
  {
    slug: "inama",
    shortName: "INAMA",
    fullName: "INAMA Project",
    description:
      "The INAMA Project, part of the WCO Environment Programme, aims to strengthen the enforcement capacities of targeted Customs administrations in Sub-Saharan Africa, South America and Asia against illegal wildlife trade and in enforcing the Convention on International Trade in Endangered Species of Wild Fauna and Flora (CITES). It is funded by the United States Department of State and has two sub-projects, INAMA Global and INAMA India. Its activities cover understanding of the illicit wildlife trade, training capacity, risk management and case selection, interagency and international cooperation, and operational capacity; the digest reports intelligence training in Kenya, risk management support for the Malawi Revenue Authority, and multi-regional workshops at WCO Headquarters in May 2023.",
    patterns: ["\\bINAMA\\b"],
  },
  {
    slug: "stce",
    shortName: "STCE",
    fullName: "Strategic Trade Control Enforcement",
    description:
      "The WCO's Strategic Trade Control Enforcement (STCE) programme helps Customs administrations strengthen the control of strategic trade in order to prevent the illicit cross-border movement of weapons of mass destruction and related items. Through online training and Train-the-Trainer workshops, including one for French-speaking countries, it covers the four pillars of a strategic trade control system, risk management, dual-use items and tools such as the Strategic Trade Atlas. The digest reports its work with Cambodia, the Philippines, and, together with the COPES project, Albania and Kosovo.",
    patterns: ["\\bSTCE\\b", words("Strategic", "Trade", "Controls?", "Enforcement")],
  },
  {
    slug: "demeter",
    shortName: "DEMETER",
    fullName: "Operation DEMETER",
    description:
      "Operation DEMETER is a global Customs enforcement operation, initiated by the WCO, against the illegal cross-border movement of environmentally sensitive commodities, in particular hazardous waste (especially plastic waste) and ozone-depleting substances. Its fifth edition, DEMETER V, relied on international cooperation and information exchange and led to seizures of illegal waste and ozone-depleting substances.",
    patterns: ["\\bDEMETER\\b"],
  },
  {
    slug: "copes",
    shortName: "COPES",
    fullName: "COPES Project",
    description:
      "The WCO's COPES project aims to enhance Customs' capacity to combat illegal wildlife trade. The digest reports a COPES workshop in Togo on evidence collection, case management and international cooperation, financially supported by INAMA, and online training run with the STCE project for Albanian and Kosovar Customs on evidence collection standards and investigation techniques.",
    // "copes" is also an English verb: lower case counts only when followed by a programme noun.
    patterns: [
      cs("\\bCOPES\\b"),
      `\\bcopes${PROGRAMME_NOUN}`,
      words("Customs", "Operational", "Practices", "for", "Enforcement", "and", "Seizures?"),
    ],
  },
  {
    slug: "appw",
    shortName: "APPW",
    fullName: "Asia Pacific Plastic Waste Project",
    description:
      "The Asia Pacific Plastic Waste (APPW) project, initiated by the WCO, aims to strengthen Customs' capacity to respond to the illegal trade in plastic waste in the Asia-Pacific region, to mitigate the threat of illegal shipments and to promote the Basel Convention amendment, working through Coordinated Border Management and international cooperation.",
    // The full name counts only as a proper noun, so "Asia-Pacific plastic waste trade" does not.
    patterns: [
      "\\bAPPW\\b",
      cs(
        `\\bAsia${SEP}[Pp]acific\\s+Plastic\\s+Waste\\b(?!\\s+(?:Trade|Trafficking|Smuggling|Shipments?|Crisis)\\b)`,
      ),
    ],
  },
  {
    slug: "pitch",
    shortName: "PITCH",
    fullName: "PITCH",
    description:
      "PITCH is the name of a WCO training on combating the trafficking of cultural property. The digest reports one virtual PITCH training, organised jointly by the WCO and the OSCE for Customs administrations in Eastern Europe and Central Asia, covering identification, risk assessment and international cooperation.",
    // "pitch" is also an English word: lower case counts only when followed by a programme noun.
    patterns: [cs("\\bPITCH\\b"), `\\bpitch${PROGRAMME_NOUN}`],
  },
  {
    slug: "asia-pacific-security",
    shortName: "Asia/Pacific Security",
    fullName: "Asia/Pacific Security Project",
    description:
      "The WCO Asia/Pacific Security Project is funded by the Japanese government. Under it, Cambodian Customs introduced Raman spectrometers, through an equipment donation and professional training, for the rapid and accurate identification of explosive precursors, strengthening Cambodia's border security against the smuggling of explosive precursors.",
    patterns: [
      words("Asia", "Pacific", "Security", "Pro(?:ject|gramme)"),
      "\\bA/P\\s+Security\\s+Project\\b",
    ],
  },
  {
    slug: "environment-programme",
    shortName: "Environment Programme",
    fullName: "WCO Environment Programme",
    description:
      'The WCO Environment Programme is the WCO programme under which the INAMA Project runs ("WCO Environment Programme - INAMA Project"). The articles in the digest give no further detail of its scope.',
    // Only the WCO's programme: never the United Nations Environment Programme or a regional one.
    patterns: [
      `\\b${WCO}\\s+Environment(?:al)?\\s+Program(?:me)?\\b`,
      cs("\\b[Tt]he\\s+Environment\\s+Programme\\b"),
      `\\bEnvironment(?:al)?\\s+Program(?:me)?\\s+(?:of|at)\\s+the\\s+${WCO}`,
    ],
  },
  {
    slug: "capacity-building-programme",
    shortName: "Capacity Building Programme",
    fullName: "WCO Capacity Building Programme",
    description:
      "The WCO Capacity Building Programme supported the INAMA Project's Train-the-Trainer workshop held at WCO Headquarters in May 2023. The articles in the digest give no further detail of its scope.",
    // Generic "capacity building programme" wording never counts: it must be the WCO's, capitalised.
    patterns: [cs(`\\b${WCO}\\s+Capacity${SEP}Building\\s+Programme\\b`)],
  },
  {
    slug: "covid-19-emergency-project",
    shortName: "COVID-19 Emergency Project",
    fullName:
      "COVID-19-related Goods Cross-Border Transport Facilitation and Coordination Customs Supervision Emergency Project",
    description:
      'The "COVID-19-related Goods Cross-Border Transport Facilitation and Coordination Customs Supervision Emergency Project" was launched by the World Customs Organization to combat counterfeit vaccines and related illicit trade while keeping legitimate goods moving. It strengthens Customs cooperation and regulatory capability, optimises clearance processes and works with vaccine companies, the transport industry and international organisations to secure the global vaccine supply chain.',
    patterns: [words("COVID", "19", "related", "Goods", "Cross", "Border", "Transport", "Facilitation")],
  },
];

const topics: TaxonomyInput["topics"] = [
  {
    slug: "wildlife",
    name: "Wildlife and CITES",
    description: "Illegal wildlife trade, endangered species and the enforcement of CITES.",
    patterns: [
      "\\bwildlife\\b",
      cs("\\bCITES\\b"),
      cs("\\bIWT\\b"),
      "\\bendangered\\s+species\\b",
      "\\bfauna\\s+and\\s+flora\\b",
      "\\b(?:ivory|pangolins?|rhino(?:ceros)?\\s+horns?|elephant\\s+tusks?|shark\\s+fins?|tortoises?|turtles?)\\b",
    ],
  },
  {
    slug: "cultural-heritage",
    name: "Cultural heritage",
    description: "Trafficking in cultural property, antiquities and works of art.",
    patterns: [
      "\\bcultural\\s+(?:heritage|property|properties|goods|objects?|artefacts?|artifacts?)\\b",
      "\\bantiquit(?:y|ies)\\b",
      "\\b(?:artefacts?|artifacts?)\\b",
      "\\bart\\s+(?:trafficking|smuggling|theft|crime)\\b",
      "\\barchaeolog",
    ],
  },
  {
    slug: "strategic-trade",
    name: "Strategic trade and non-proliferation",
    description:
      "Control of strategic and dual-use goods and the fight against the proliferation of weapons of mass destruction.",
    patterns: [
      "\\bstrategic\\s+(?:trade|goods|items?|commodities)\\b",
      "\\b(?:non[\\s-]?)?proliferation\\b",
      "\\bweapons?\\s+of\\s+mass\\s+destruction\\b",
      cs("\\bWMDs?\\b"),
      "\\bdual[\\s-]?use\\b",
      "\\bexport\\s+controls?\\b",
    ],
  },
  {
    slug: "environment",
    name: "Environment and waste",
    description:
      "Environmental crime: hazardous and plastic waste, ozone-depleting substances, timber, fisheries and the multilateral environmental agreements.",
    patterns: [
      "\\b(?:hazardous|plastic|electronic|toxic|illegal|illicit)\\s+waste\\b",
      "\\bwaste\\s+(?:trade|shipments?|trafficking|management)\\b",
      "\\bozone[\\s-]+depleting\\b",
      "\\bBasel\\s+Convention\\b",
      "\\bMultilateral\\s+Environmental\\s+Agreements?\\b",
      cs("\\bMEAs?\\b"),
      "\\benvironment(?:al|ally)?\\s+(?:crimes?|sensitive|harmful|damaging|risks?|protection|trade|security|challenges|regulations|conventions|agreements|commodities|goods)\\b",
      "\\b(?:protect(?:s|ing|ion\\s+of)?|protecting)\\s+(?:both\\s+)?the\\s+environment\\b",
      "\\bclimate\\b",
      "\\b(?:timber|illegal\\s+logging|IUU\\s+fishing)\\b",
      "\\bWorld\\s+Environment\\s+Day\\b",
    ],
  },
  {
    slug: "health-counterfeits",
    name: "Health, medicines and counterfeits",
    description:
      "COVID-19 and other health emergencies, vaccines and medicines, and counterfeit goods and intellectual property rights.",
    patterns: [
      "\\bCOVID[\\s-]*19\\b",
      "\\b(?:coronavirus|pandemics?)\\b",
      "\\bvaccines?\\b",
      "\\b(?:medicines?|pharmaceuticals?)\\b",
      "\\bmedical\\s+(?:supplies|products|goods|devices|equipment)\\b",
      "\\b(?:counterfeit(?:s|ed|ing)?|fake|falsified)\\b",
      "\\bintellectual\\s+property\\b",
      cs("\\bIPRs?\\b"),
    ],
  },
  {
    slug: "tobacco",
    name: "Tobacco",
    description: "Illicit trade in tobacco products and its control.",
    patterns: ["\\btobacco\\b", "\\b(?:e-)?cigarettes?\\b", "\\bcigars?\\b", cs("\\bFCTC\\b")],
  },
  {
    slug: "trade-facilitation",
    name: "Trade facilitation",
    description:
      "Faster, simpler and more predictable clearance of legitimate trade, and resilient supply chains.",
    patterns: [
      "\\btrade\\s+facilitation\\b",
      "\\bfacilitat(?:e|es|ed|ing|ion\\s+of)\\s+(?:legitimate\\s+|global\\s+|the\\s+)?trade\\b",
      "\\bsupply[\\s-]+chain\\s+resilience\\b",
      "\\bresilient\\s+supply[\\s-]+chains?\\b",
      "\\bImmediate\\s+Release\\b",
      "\\bCoordinated\\s+Border\\s+Management\\b",
      "\\bclearance\\s+(?:process|processes|procedures|times?)\\b",
      "\\btrade\\s+costs?\\b",
    ],
  },
  {
    slug: "border-security",
    name: "Border and cargo security",
    description:
      "Security at borders and in the cargo supply chain: explosives, arms and the security of air and sea cargo.",
    patterns: [
      "\\bborder\\s+security\\b",
      "\\bexplosives?\\b",
      "\\b(?:firearms|small\\s+arms|arms\\s+trafficking|terroris[mt]s?)\\b",
      "\\b(?:air|sea)\\s+cargo\\b",
      "\\b(?:cargo|aviation)\\s+security\\b",
    ],
  },
  {
    slug: "e-commerce",
    name: "E-commerce",
    description: "Cross-border e-commerce, postal and small consignments.",
    patterns: [
      "\\be[\\s-]?commerce\\b",
      "\\bonline\\s+(?:shopping|marketplaces?|sales|platforms?)\\b",
      "\\b(?:postal|small)\\s+(?:parcels?|consignments?)\\b",
    ],
  },
  {
    slug: "disaster-relief",
    name: "Disaster relief and crises",
    description: "Customs support for relief consignments after natural disasters and during global crises.",
    patterns: [
      "\\bdisasters?\\b",
      "\\b(?:relief|humanitarian)\\s+(?:goods|consignments|supplies|items|aid)\\b",
      "\\bhumanitarian\\b",
      "\\b(?:earthquakes?|floods?|tsunamis?|hurricanes?|cyclones?|typhoons?)\\b",
      "\\bglobal\\s+(?:crises|crisis|disruptions?)\\b",
    ],
  },
  {
    slug: "technology-data",
    name: "Technology and data",
    description:
      "Customs use of data analysis, digital tools, detection equipment and disruptive technologies.",
    patterns: [
      "\\b(?:disruptive|emerging)\\s+technolog(?:y|ies)\\b",
      "\\b(?:blockchain|artificial\\s+intelligence|machine\\s+learning|big\\s+data)\\b",
      "\\bdata\\s+(?:analysis|analytics|collection|standardi[sz]ation|tracking|driven|visuali[sz]ation)\\b",
      "\\bdata-driven\\b",
      "\\bdigital(?:i[sz]ation)?\\b",
      "\\b(?:spectrometers?|scanners?|non[\\s-]intrusive\\s+inspection)\\b",
      "\\btechnology\\s+adoption\\b",
    ],
  },
  {
    slug: "customs-cooperation",
    name: "Customs cooperation and capacity building",
    description:
      "Cooperation agreements, Customs reform and modernisation, and the WCO\u2019s institutional work. classify() also assigns this topic to any article that matches no other topic.",
    patterns: [
      "\\bMemorand(?:um|a)\\s+of\\s+Understanding\\b",
      cs("\\bMoUs?\\b"),
      "\\bstrategic\\s+plan(?:s|ning)?\\b",
      "\\b(?:customs\\s+)?(?:reform|moderni[sz](?:e|es|ed|ing|ation))\\b",
      "\\bjoint\\s+statement\\b",
      "\\bcooperation\\s+platforms?\\b",
      "\\bannual\\s+(?:meeting|conference)\\b",
    ],
  },
];

/**
 * Partner organisations, and the conventions and treaties the articles name: shown on article
 * pages only. WHO, CITES, OIE and ENFORCE are case-sensitive.
 */
const partners: TaxonomyInput["partners"] = [
  {
    slug: "cites",
    name: "CITES",
    partnerType: "convention",
    patterns: [
      cs("\\bCITES\\b"),
      "\\bConvention\\s+on\\s+International\\s+Trade\\s+in\\s+Endangered\\s+Species\\b",
    ],
  },
  {
    slug: "basel-convention",
    name: "Basel Convention",
    partnerType: "convention",
    patterns: ["\\bBasel\\s+Convention\\b"],
  },
  {
    slug: "rotterdam-convention",
    name: "Rotterdam Convention",
    partnerType: "convention",
    patterns: ["\\bRotterdam\\s+Convention\\b"],
  },
  {
    slug: "stockholm-convention",
    name: "Stockholm Convention",
    partnerType: "convention",
    patterns: ["\\bStockholm\\s+Convention\\b"],
  },
  {
    slug: "minamata-convention",
    name: "Minamata Convention",
    partnerType: "convention",
    patterns: ["\\bMinamata\\s+Convention\\b"],
  },
  {
    slug: "montreal-protocol",
    name: "Montreal Protocol",
    partnerType: "convention",
    patterns: ["\\bMontreal\\s+Protocol\\b"],
  },
  {
    slug: "revised-kyoto-convention",
    name: "Revised Kyoto Convention",
    partnerType: "convention",
    patterns: ["\\b(?:Revised\\s+)?Kyoto\\s+Convention\\b"],
  },
  {
    slug: "chemical-weapons-convention",
    name: "Chemical Weapons Convention",
    partnerType: "convention",
    patterns: ["\\bChemical\\s+Weapons\\s+Convention\\b"],
  },
  {
    slug: "arms-trade-treaty",
    name: "Arms Trade Treaty",
    partnerType: "convention",
    patterns: ["\\bArms\\s+Trade\\s+Treaty\\b"],
  },
  {
    slug: "who",
    name: "World Health Organization (WHO)",
    patterns: [cs("\\bWHO\\b"), "\\bWorld\\s+Health\\s+Organi[sz]ation\\b"],
  },
  {
    slug: "wto",
    name: "World Trade Organization (WTO)",
    patterns: ["\\bWTO\\b", "\\bWorld\\s+Trade\\s+Organi[sz]ation\\b"],
  },
  {
    slug: "iata",
    name: "International Air Transport Association (IATA)",
    patterns: ["\\bIATA\\b", "\\bInternational\\s+Air\\s+Transport\\s+Association\\b"],
  },
  {
    slug: "woah",
    name: "World Organisation for Animal Health (OIE)",
    patterns: [
      cs("\\bOIE\\b"),
      cs("\\bWOAH\\b"),
      "\\bWorld\\s+Organi[sz]ation\\s+for\\s+Animal\\s+Health\\b",
    ],
  },
  {
    slug: "osce",
    name: "Organization for Security and Co-operation in Europe (OSCE)",
    patterns: [
      "\\bOSCE\\b",
      `\\bOrgani[sz]ation\\s+for\\s+Security\\s+and\\s+Co${SEP}operation\\s+in\\s+Europe\\b`,
    ],
  },
  {
    slug: "adbi",
    name: "Asian Development Bank Institute (ADBI)",
    patterns: ["\\bADBI\\b", "\\bAsian\\s+Development\\s+Bank\\s+Institute\\b"],
  },
  {
    slug: "adb",
    name: "Asian Development Bank (ADB)",
    patterns: [cs("\\bADB\\b"), "\\bAsian\\s+Development\\s+Bank\\b(?!\\s+Institute)"],
  },
  { slug: "g7", name: "G7", patterns: [cs("\\bG[\\s-]?7\\b"), "\\bGroup\\s+of\\s+Seven\\b"] },
  {
    slug: "uk-border-force",
    name: "UK Border Force",
    patterns: ["\\b(?:UK|U\\.K\\.|United\\s+Kingdom)\\s+Border\\s+Force\\b"],
  },
  {
    slug: "us-department-of-state",
    name: "United States Department of State",
    patterns: ["\\b(?:United\\s+States|US|U\\.S\\.)\\s+(?:Department\\s+of\\s+State|State\\s+Department)\\b"],
  },
  {
    slug: "government-of-japan",
    name: "Government of Japan",
    patterns: ["\\b(?:Japanese\\s+government|Government\\s+of\\s+Japan|Japan['\\u2019]s\\s+government)\\b"],
  },
  {
    slug: "belgian-cites-management-authority",
    name: "Belgian CITES Management Authority",
    patterns: ["\\bBelgian\\s+CITES\\s+Management\\s+Authority\\b"],
  },
  {
    slug: "polish-customs-administration",
    name: "Polish Customs Administration",
    patterns: [cs("\\bPolish\\s+Customs\\s+Administration\\b")],
  },
  {
    slug: "enforce",
    name: "ENFORCE (Environmental Network for Optimizing Regulatory Compliance on Illegal Traffic)",
    patterns: [
      cs("\\bENFORCE\\b"),
      "\\bEnvironmental\\s+Network\\s+for\\s+Optimi[sz]ing\\s+Regulatory\\s+Compliance\\s+on\\s+Illegal\\s+Traffic\\b",
    ],
  },
  {
    slug: "unodc",
    name: "United Nations Office on Drugs and Crime (UNODC)",
    patterns: ["\\bUNODC\\b", "\\bUnited\\s+Nations\\s+Office\\s+on\\s+Drugs\\s+and\\s+Crime\\b"],
  },
  { slug: "interpol", name: "INTERPOL", patterns: ["\\bINTERPOL\\b"] },
  { slug: "europol", name: "Europol", patterns: ["\\bEuropol\\b"] },
  { slug: "unesco", name: "UNESCO", patterns: ["\\bUNESCO\\b"] },
  {
    slug: "unep",
    name: "United Nations Environment Programme (UNEP)",
    patterns: ["\\bUNEP\\b", "\\b(?:United\\s+Nations|UN)\\s+Environment(?:\\s+Programme)?\\b"],
  },
  {
    slug: "upu",
    name: "Universal Postal Union (UPU)",
    patterns: [cs("\\bUPU\\b"), "\\bUniversal\\s+Postal\\s+Union\\b"],
  },
  { slug: "world-bank", name: "World Bank", patterns: ["\\bWorld\\s+Bank\\b"] },
  { slug: "european-union", name: "European Union", patterns: ["\\bEuropean\\s+Union\\b", cs("\\bEU\\b")] },
];

/** The validated taxonomy. Validation runs once, when this module is first imported. */
export const TAXONOMY: Taxonomy = validateTaxonomy({
  programmes,
  topics,
  partners,
  fallbackTopic: "customs-cooperation",
} satisfies TaxonomyInput);
