import { describe, expect, it } from "vitest";
import { escapeHtml, escapeXml } from "../../src/lib/escape.ts";
import { TAXONOMY_MESSAGES } from "../../src/lib/taxonomy/schema.ts";
import {
  chipItemsHtml,
  countryTag,
  programmeTag,
  regionTag,
  topicTag,
  type Tag,
} from "../../src/utils/tags.ts";

describe("chipItemsHtml", () => {
  it("writes one linked chip per tag, with the full name as a title only when it differs", () => {
    expect(chipItemsHtml([programmeTag("stce"), topicTag("wildlife")])).toBe(
      '<li><a href="/programmes/stce/" title="Strategic Trade Control Enforcement" class="chip chip-programme">STCE</a></li>' +
        '<li><a href="/topics/wildlife/" class="chip chip-topic">Wildlife and CITES</a></li>',
    );
  });

  it("escapes every value, so a name can never become markup", () => {
    const tag: Tag = {
      facet: "regions",
      slug: "x",
      name: `<script>alert("x")</script> & 'co'`,
      fullName: `a "quoted" <title>`,
      href: `/regions/x/?a=1&b="2"`,
      description: undefined,
    };
    const html = chipItemsHtml([tag]);
    expect(html).toBe(
      `<li><a href="/regions/x/?a=1&amp;b=&quot;2&quot;" title="a &quot;quoted&quot; &lt;title&gt;" class="chip chip-region">` +
        `&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</a></li>`,
    );
    expect(html).not.toContain("<script");
  });

  it("writes nothing for no tags", () => {
    expect(chipItemsHtml([])).toBe("");
  });
});

describe("escapeHtml and escapeXml", () => {
  it("escapes the five markup characters and leaves the rest", () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a> … “ok”`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; … “ok”",
    );
  });

  it("writes the apostrophe as XML's &apos; in escapeXml, and the rest alike", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;",
    );
  });
});

describe("tags the taxonomy does not have", () => {
  it("fail loudly, naming the slug, with the taxonomy's message", () => {
    expect(() => programmeTag("no-such-programme")).toThrow(
      TAXONOMY_MESSAGES.unknownSlug("programme", "no-such-programme"),
    );
    expect(() => topicTag("no-such-topic")).toThrow(TAXONOMY_MESSAGES.unknownSlug("topic", "no-such-topic"));
    expect(() => regionTag("no-such-region")).toThrow(
      TAXONOMY_MESSAGES.unknownSlug("region", "no-such-region"),
    );
  });
});

describe("regionTag and countryTag", () => {
  it("names a region's group, world or named, for the regions index", () => {
    expect(regionTag("africa")).toEqual({
      facet: "regions",
      slug: "africa",
      name: "Africa",
      fullName: "Africa",
      href: "/regions/africa/",
      description: undefined,
      group: "World regions",
    });
    expect(regionTag("mena")).toMatchObject({ name: "Middle East and North Africa", group: "Named regions" });
    expect(() => regionTag("malawi")).toThrow(TAXONOMY_MESSAGES.unknownSlug("region", "malawi"));
  });

  it("puts a country in its M49 region, linked from its page", () => {
    expect(countryTag("malawi")).toMatchObject({
      facet: "countries",
      name: "Malawi",
      href: "/countries/malawi/",
      group: "Africa",
      parent: { name: "Africa", href: "/regions/africa/", detail: "Eastern Africa" },
    });
    expect(countryTag("kosovo")).toMatchObject({ group: "Europe" });
  });

  it("makes each tag once, so every page shares it", () => {
    expect(countryTag("malawi")).toBe(countryTag("malawi"));
    expect(regionTag("africa")).toBe(regionTag("africa"));
    expect(programmeTag("stce")).toBe(programmeTag("stce"));
  });
});
