/**
 * Class 10 of issue 16, feeds render seed text as HTML: a description is HTML-escaped before it
 * goes into XML, so a reader that decodes the XML and renders the result as HTML shows the
 * characters; and no generated XML holds a character XML 1.0 forbids (class 2).
 */
import { describe, expect, it } from "vitest";
import { escapeXml, textAsHtml, xmlSafe } from "../../src/lib/escape.ts";

/** What a reader does with an XML text node: decode the entities. */
const decodeXml = (xml: string) =>
  xml.replace(
    /&(lt|gt|quot|apos|amp);/gu,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? "",
  );

describe("feed descriptions", () => {
  it.each(["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "A & B < C", "&lt;b&gt;"])(
    "a reader shows %j as text, never markup",
    (summary) => {
      const html = decodeXml(escapeXml(textAsHtml(summary)));
      expect(html).not.toMatch(/<[a-z/!]/iu);
      expect(decodeXml(html)).toBe(summary);
    },
  );

  it("drops characters XML 1.0 forbids, keeps tab and line breaks", () => {
    expect(xmlSafe("a\u0000b\u001bc\ufffed\te\nf")).toBe("abcd\te\nf");
    expect(escapeXml("x\u0007<")).toBe("x&lt;");
  });
});
