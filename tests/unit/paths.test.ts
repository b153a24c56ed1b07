/** Unit tests of the base-path helpers that every internal link, the sitemaps and the search index URLs use. */
import { describe, expect, it } from "vitest";
import { absoluteUrl, baseFolder, pagePath, withBase } from "../../src/lib/paths.ts";

describe("baseFolder", () => {
  it.each([
    ["/", "/"],
    ["/digest", "/digest/"],
    ["/digest/", "/digest/"],
  ])("makes %j the folder %j", (base, folder) => {
    expect(baseFolder(base)).toBe(folder);
  });
});

describe("withBase", () => {
  it.each([
    ["/", "articles/x/", "/articles/x/"],
    ["/", "/articles/x/", "/articles/x/"],
    ["/digest", "articles/x/", "/digest/articles/x/"],
    ["/digest/", "//articles/x/", "/digest/articles/x/"],
    ["/digest/", "", "/digest/"],
  ])("joins %j and %j with one slash", (base, path, joined) => {
    expect(withBase(base, path)).toBe(joined);
  });
});

describe("pagePath", () => {
  it("keeps the listing's own path for its first page", () => {
    expect(pagePath("programmes/stce/", 1)).toBe("programmes/stce/");
    expect(pagePath("", 0)).toBe("");
  });

  it("puts later pages under page/<n>/", () => {
    expect(pagePath("", 2)).toBe("page/2/");
    expect(pagePath("topics/drugs/", 12)).toBe("topics/drugs/page/12/");
  });
});

describe("absoluteUrl", () => {
  it.each([
    ["/", "https://example.org", "articles/x/", "https://example.org/articles/x/"],
    ["/digest", "https://example.org", "data/", "https://example.org/digest/data/"],
    ["/digest/", "https://example.org/ignored/", "/rss.xml", "https://example.org/digest/rss.xml"],
  ])("puts base %j, site %j and path %j together as %j", (base, site, path, url) => {
    expect(absoluteUrl(base, site, path)).toBe(url);
  });
});
