/**
 * Every item of every feed has a valid date (issue 18), as two independent parsers read it:
 * rss-parser and @rowanmanning/feed-parser for each RSS feed in dist/, @extractus/feed-extractor
 * and feedsmith for /feed.json. The JSON Feed carries the items, order and dates of /rss.xml.
 * A control feed with a missing and a broken date checks that the checks can fail.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractFromJson } from "@extractus/feed-extractor";
import { parseFeed } from "@rowanmanning/feed-parser";
import { parseJsonFeed } from "feedsmith";
import Parser from "rss-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, filesUnder, requireBuilt } from "./support/site.ts";

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/u;

/** A parser's date string as a valid instant, or undefined. */
const valid = (value: string | null | undefined): number | undefined => {
  if (value === null || value === undefined || value === "") return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
};

/** Per item, the date each RSS parser reads (undefined where it finds none). */
async function rssDates(
  xml: string,
): Promise<{ link: string; a: number | undefined; b: number | undefined }[]> {
  const one = await new Parser().parseString(xml);
  const two = parseFeed(xml);
  expect(two.items.length).toBe(one.items.length);
  return one.items.map((item, i) => ({
    link: item.link ?? "",
    a: valid(item.isoDate),
    b: valid(two.items[i]?.published?.toISOString()),
  }));
}

/** Per item, the date each JSON Feed parser reads. */
function jsonDates(json: string): { url: string; a: number | undefined; b: number | undefined }[] {
  const one = extractFromJson(json).entries ?? [];
  const two = parseJsonFeed(json).items ?? [];
  expect(two.length).toBe(one.length);
  return one.map((entry, i) => {
    const raw = two[i]?.date_published;
    return {
      url: entry.link ?? "",
      a: valid(entry.published),
      b: raw && RFC3339.test(raw) ? valid(raw) : undefined,
    };
  });
}

let rssFeeds: string[];

beforeAll(async () => {
  requireBuilt();
  rssFeeds = [];
  for (const file of await filesUnder(DIST, ".xml")) {
    if (readFileSync(path.join(DIST, file), "utf8").includes("<rss")) rssFeeds.push(file);
  }
});

describe("the checks themselves", () => {
  it("find a missing and a broken date in RSS", async () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description><item><title>a</title><link>http://x/a</link></item><item><title>b</title><link>http://x/b</link><pubDate>garbage</pubDate></item></channel></rss>`;
    expect(await rssDates(xml)).toEqual(
      [{ link: "http://x/a" }, { link: "http://x/b" }].map((d) => ({ ...d, a: undefined, b: undefined })),
    );
  });

  it("find a missing and a broken date in a JSON Feed", () => {
    const feed = {
      version: "https://jsonfeed.org/version/1.1",
      title: "t",
      items: [
        { id: "a", url: "http://x/a", content_text: "x" },
        { id: "b", url: "http://x/b", content_text: "x", date_published: "2026-11-23" },
      ],
    };
    for (const d of jsonDates(JSON.stringify(feed)))
      expect(d.a === undefined || d.b === undefined).toBe(true);
  });
});

describe("every feed item has a valid date", () => {
  it("finds the site's RSS feeds", () => {
    expect(rssFeeds).toContain("rss.xml");
  });

  it("in every RSS feed, by both RSS parsers", async () => {
    for (const file of rssFeeds) {
      const dates = await rssDates(readFileSync(path.join(DIST, file), "utf8"));
      for (const d of dates) {
        expect(d.a, `${file}: ${d.link}`).toBeTypeOf("number");
        expect(d.b, `${file}: ${d.link}`).toBe(d.a);
      }
    }
  });

  it("in /feed.json, by both JSON Feed parsers, with the items, order and dates of /rss.xml", async () => {
    const json = jsonDates(readFileSync(path.join(DIST, "feed.json"), "utf8"));
    for (const d of json) {
      expect(d.a, d.url).toBeTypeOf("number");
      expect(d.b, d.url).toBe(d.a);
    }
    const rss = await rssDates(readFileSync(path.join(DIST, "rss.xml"), "utf8"));
    expect(json.map((d) => [d.url, d.a])).toEqual(rss.map((d) => [d.link, d.a]));
  });

  it("is announced on the home page beside the RSS feed", () => {
    const html = readFileSync(path.join(DIST, "index.html"), "utf8");
    expect(html).toMatch(/<link rel="alternate" type="application\/rss\+xml"/u);
    expect(html).toMatch(
      /<link rel="alternate" type="application\/feed\+json"[^>]*href="[^"]*\/feed\.json"/u,
    );
  });
});
