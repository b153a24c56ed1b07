/**
 * Places in the built site: region pages roll up their countries and named regions, every country
 * with an article has a page (headed by its name, in its region) and a feed, and every programme,
 * topic, region and country page advertises its feed.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, filesUnder, requireBuilt } from "./support/site.ts";

const read = (file: string): Promise<string> => readFile(path.join(DIST, file), "utf8");
const main = (html: string): string => html.slice(html.indexOf("<main"), html.indexOf("</main>"));

beforeAll(() => requireBuilt());

describe("places", () => {
  it("lists on /regions/africa/ the articles of every African country, with those countries", async () => {
    const html = main(await read("regions/africa/index.html"));
    for (const country of ["malawi", "kenya", "togo", "morocco", "libya"])
      expect(html).toContain(`href="/countries/${country}/"`);
    expect(html).toMatch(/Countries named/u);
    const malawi = main(await read("countries/malawi/index.html"));
    const slugs = [...malawi.matchAll(/href="\/articles\/([^/"]+)\/"/gu)].map((m) => m[1]);
    expect(slugs.length).toBe(3);
    for (const slug of slugs) expect(html).toContain(`/articles/${slug ?? ""}/`);
  });

  it("heads a country page with its name and its region, not with “Countries”", async () => {
    const html = main(await read("countries/malawi/index.html"));
    expect(html).toMatch(/<h1[^>]*>\s*Malawi\s*<\/h1>/u);
    expect(html).toMatch(/Country in\s*<a[^>]*href="\/regions\/africa\/"[^>]*>\s*Africa/u);
    expect(html).toContain("Eastern Africa");
  });

  it("gives every country with an article a page and a feed, listed on /countries/", async () => {
    const index = main(await read("countries/index.html"));
    const pages = (await filesUnder(path.join(DIST, "countries"), "index.html"))
      .filter((f) => /^[a-z-]+\/index\.html$/u.test(f))
      .map((f) => f.split("/")[0] ?? "");
    expect(pages.length).toBeGreaterThanOrEqual(15);
    for (const slug of pages) {
      expect(index).toContain(`href="/countries/${slug}/"`);
      expect(await read(`countries/${slug}/rss.xml`)).toMatch(/<rss/u);
    }
  });

  it("advertises a feed on every programme, topic, region and country page", async () => {
    for (const page of ["programmes/stce/", "topics/wildlife/", "regions/africa/", "countries/malawi/"]) {
      const html = await read(`${page}index.html`);
      expect(html, page).toMatch(
        new RegExp(`rel="alternate" type="application/rss\\+xml"[^>]*href="[^"]*/${page}rss\\.xml"`, "u"),
      );
    }
  });

  it("links an article's countries and regions, and gives JSON-LD the countries' ISO codes", async () => {
    const html = await read("articles/wco-enhances-malawis-wildlife-trafficking-fight/index.html");
    expect(main(html)).toContain('href="/countries/malawi/"');
    const ld = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/su.exec(html)?.[1] ?? "{}",
    ) as {
      contentLocation?: { identifier?: string }[];
    };
    expect(ld.contentLocation?.map((l) => l.identifier)).toEqual(["MW"]);
  });
});
