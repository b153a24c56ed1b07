import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { linkify } from "../../src/lib/seed/autolink.ts";
import { blocksToMarkdown } from "../../src/lib/seed/markdown.ts";

const links = (text: string) =>
  linkify(text).flatMap((n) =>
    n.type === "link" ? [[n.url, n.children.map((c) => ("value" in c ? c.value : "")).join("")]] : [],
  );
const joined = (text: string) =>
  linkify(text)
    .map((n) =>
      n.type === "link"
        ? n.children.map((c) => ("value" in c ? c.value : "")).join("")
        : "value" in n
          ? n.value
          : "",
    )
    .join("");

describe("linkify", () => {
  it.each([
    [
      "Write to EnvironmentProg@wcoomd.org.",
      [["mailto:EnvironmentProg@wcoomd.org", "EnvironmentProg@wcoomd.org"]],
    ],
    [
      "See https://www.wcoomd.org/en/topics.aspx, then",
      [["https://www.wcoomd.org/en/topics.aspx", "https://www.wcoomd.org/en/topics.aspx"]],
    ],
    ["Visit www.wcoomd.org.", [["https://www.wcoomd.org", "www.wcoomd.org"]]],
    ["(see http://example.org/a_(b))", [["http://example.org/a_(b)", "http://example.org/a_(b)"]]],
    ["(see http://example.org/page)", [["http://example.org/page", "http://example.org/page"]]],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
    expect(joined(text)).toBe(text);
  });

  it.each([
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://example.org/file",
    "no address here",
    "an @ sign alone",
  ])("makes no link of %s", (text) => {
    expect(links(text)).toEqual([]);
    expect(joined(text)).toBe(text);
  });

  it("writes links as Markdown that reads back as the same text, with no HTML", () => {
    const text = "Mail *EnvironmentProg@wcoomd.org* or <b>http://x.org/?a=1&b=<i></b> [x](javascript:y)";
    const tree = remark().parse(blocksToMarkdown([{ type: "paragraph", text }]));
    const urls: string[] = [];
    const kinds = new Set<string>();
    const walk = (node: (typeof tree.children)[number] | typeof tree): void => {
      kinds.add(node.type);
      if (node.type === "link") urls.push(node.url);
      if ("children" in node) for (const child of node.children) walk(child);
    };
    walk(tree);
    expect(toString(tree)).toBe(text);
    expect(kinds.has("html")).toBe(false);
    expect(urls).toEqual(["mailto:EnvironmentProg@wcoomd.org", "http://x.org/?a=1&b="]);
  });
});
