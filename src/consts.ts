/** Site-wide constants. */
export const SITE_TITLE = "WCO Enforcement Digest";
export const SITE_TAGLINE =
  "Customs enforcement and capacity-building news from the World Customs Organization";
export const SITE_DESCRIPTION =
  "An independent digest of World Customs Organization enforcement and capacity-building news: wildlife, strategic trade, waste, cultural heritage and more, by programme, topic and region.";
/** Articles per listing page. */
export const PAGE_SIZE = 30;
