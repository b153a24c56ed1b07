/** Sitemaps: every URL once, escaped, split under the protocol's limit, named by the index. */
import { describe, expect, it } from "vitest";
import { buildSitemaps, MAX_URLS_PER_SITEMAP, SITEMAP_INDEX } from "../../src/lib/sitemap.ts";

const ROOT = "https://example.org/digest/";
const locs = (xml: string): string[] => [...xml.matchAll(/<loc>(.*?)<\/loc>/gu)].map((m) => m[1] ?? "");

describe("buildSitemaps", () => {
  it("lists each URL once, in a stable order, with an index naming the sitemap", () => {
    const files = buildSitemaps([`${ROOT}b/`, `${ROOT}`, `${ROOT}a/`, `${ROOT}b/`], ROOT);
    expect(files.map((f) => f.name)).toEqual(["sitemap-0.xml", SITEMAP_INDEX]);
    expect(locs(files[0]?.xml ?? "")).toEqual([`${ROOT}`, `${ROOT}a/`, `${ROOT}b/`]);
    expect(locs(files[1]?.xml ?? "")).toEqual([`${ROOT}sitemap-0.xml`]);
    expect(files[0]?.xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/u,
    );
  });

  it("escapes XML special characters in URLs", () => {
    const [sitemap] = buildSitemaps([`${ROOT}?a=1&b='2'`], ROOT);
    expect(sitemap?.xml).toContain("<loc>https://example.org/digest/?a=1&amp;b=&apos;2&apos;</loc>");
  });

  it("splits a large site into several sitemaps, none over the limit", () => {
    const urls = Array.from({ length: MAX_URLS_PER_SITEMAP * 2 + 5 }, (_, i) => `${ROOT}articles/${i}/`);
    const files = buildSitemaps(urls, ROOT);
    const sitemaps = files.filter((f) => f.name !== SITEMAP_INDEX);
    expect(sitemaps).toHaveLength(3);
    expect(sitemaps.every((f) => locs(f.xml).length <= MAX_URLS_PER_SITEMAP)).toBe(true);
    expect(new Set(sitemaps.flatMap((f) => locs(f.xml)))).toEqual(new Set(urls));
    expect(locs(files.at(-1)?.xml ?? "")).toEqual(sitemaps.map((f) => `${ROOT}${f.name}`));
  });
});
