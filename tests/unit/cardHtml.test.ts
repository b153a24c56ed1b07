/**
 * A listing card as HTML (src/lib/cardHtml.ts): the markup the card's template made (these
 * strings are cards of a built site), with seed text always escaped as text, never markup.
 */
import { describe, expect, it } from "vitest";
import { cardHtml, type CardInput } from "../../src/lib/cardHtml.ts";

const CHIPS = '<li><a href="/topics/cultural-heritage/" class="chip chip-topic">Cultural heritage</a></li>';

function card(over: Partial<CardInput> = {}): CardInput {
  return { href: "/articles/a/", title: "A title", summary: "A summary.", chips: CHIPS, ...over };
}

const head = '<article class="card"><h2 class="card-title"><a href="/articles/a/">A title</a></h2>';
const tail =
  '<p class="card-summary">A summary.</p><ul class="chips" aria-label="Tags of “A title”">' +
  `${CHIPS}</ul></article>`;

describe("cardHtml", () => {
  it.each([
    ["no date at all", {}, ""],
    [
      "the source's date",
      { date: "2019-02-06", added: "2026-11-23" },
      '<p class="article-date card-date"><span><time datetime="2019-02-06" class="source-date">6 February 2019</time> (source)</span></p>',
    ],
    [
      "the day it was added, when the source states no date",
      { added: "2026-11-23" },
      '<p class="article-date card-date"><span>Added <time datetime="2026-11-23" class="added-date">23 November 2026</time></span></p>',
    ],
    [
      "a preview",
      { preview: true },
      '<p class="article-date card-date"><span class="badge-preview">Preview: not yet added to the digest</span></p>',
    ],
    [
      "a dated preview",
      { preview: true, date: "2025-10-14" },
      '<p class="article-date card-date"><span class="badge-preview">Preview: not yet added to the digest</span><span><time datetime="2025-10-14" class="source-date">14 October 2025</time> (source)</span></p>',
    ],
  ])("labels %s as the card template did", (_, dates, line) => {
    expect(cardHtml(card(dates))).toBe(`${head}${line}${tail}`);
  });

  it("leaves out the chips of an article with no tags, and names a language other than English", () => {
    expect(cardHtml(card({ chips: "", lang: "ar" }))).toBe(
      '<article class="card"><h2 class="card-title" lang="ar"><a href="/articles/a/">A title</a></h2>' +
        '<p class="card-summary">A summary.</p></article>',
    );
  });

  it("keeps seed text as text: markup and quotes in a title or summary are escaped", () => {
    const title = `<script>alert("x")</script> & 'quoted' “Tags”`;
    const html = cardHtml(card({ title, summary: "<img src=x onerror=alert(1)> & more" }));
    // Outside quoted attribute values there is no markup but the card's own.
    const outsideValues = html.replace(/="[^"]*"/gu, "");
    expect(outsideValues).not.toMatch(/<script|<img/u);
    expect(html).toContain(
      `<a href="/articles/a/">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; “Tags”</a>`,
    );
    expect(html).toContain('<p class="card-summary">&lt;img src=x onerror=alert(1)&gt; &amp; more</p>');
    // In an attribute, escaped as Astro escapes one (& and "), so the label reads the title back.
    const label = /aria-label="([^"]*)"/u.exec(html)?.[1] ?? "";
    expect(label.replaceAll("&quot;", '"').replaceAll("&amp;", "&")).toBe(`Tags of “${title}”`);
  });
});
