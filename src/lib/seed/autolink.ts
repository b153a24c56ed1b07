/**
 * Finds the plain web addresses and e-mail addresses in seed text and turns them into Markdown
 * link nodes, so readers can follow them. Only http(s) and mailto links are ever made, and the
 * link text is the seed text exactly as written; everything else stays a text node.
 */
import type { Link, PhrasingContent, Text } from "mdast";

/** A web address (with its scheme, or starting "www.") or an e-mail address. */
const ADDRESS =
  /\bhttps?:\/\/[^\s<>"'`]+|\bwww\.[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+[^\s<>"'`]*|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** Punctuation that ends a sentence rather than an address ("see www.wcoomd.org."). */
const TRAILING = /[.,;:!?)\]}'"’”]+$/u;

/** The address without trailing punctuation, keeping a closing bracket it opened itself. */
function trimAddress(raw: string): string {
  let text = raw.replace(TRAILING, "");
  const tail = raw.slice(text.length);
  for (const ch of tail) {
    const open = ch === ")" ? "(" : ch === "]" ? "[" : ch === "}" ? "{" : undefined;
    if (!open || text.split(open).length <= text.split(ch).length) break;
    text += ch;
  }
  return text;
}

function hrefOf(text: string): string | undefined {
  if (/^https?:\/\//iu.test(text)) return text;
  if (/^www\./iu.test(text)) return `https://${text}`;
  if (text.includes("@") && !text.startsWith(".") && !text.includes("..")) return `mailto:${text}`;
  return undefined;
}

/** The text as text and link nodes, in order; their texts join to the input exactly. */
export function linkify(value: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of value.matchAll(ADDRESS)) {
    const text = trimAddress(match[0]);
    const url = text.length > 0 ? hrefOf(text) : undefined;
    if (url === undefined) continue;
    if (match.index > last)
      nodes.push({ type: "text", value: value.slice(last, match.index) } satisfies Text);
    nodes.push({ type: "link", url, children: [{ type: "text", value: text }] } satisfies Link);
    last = match.index + text.length;
  }
  if (last < value.length || nodes.length === 0) nodes.push({ type: "text", value: value.slice(last) });
  return nodes;
}
