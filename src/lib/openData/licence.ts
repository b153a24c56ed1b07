/** The licence note every open data file carries and the /data/ page shows. */
export const LICENCE_NOTE =
  "The articles are enforcement and capacity-building news from the World Customs Organization (WCO); the text remains the WCO's and is reproduced here as published. This digest is not affiliated with the WCO and grants no licence to the text: check the WCO's terms before republishing it. Titles are repaired, and summaries, tags and dates are added by the digest.";
