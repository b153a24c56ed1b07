/**
 * Finds the plain web addresses and e-mail addresses in seed text and turns them into Markdown
 * link nodes, so readers can follow them. Only http(s) and mailto links are ever made, and the
 * link text is the seed text exactly as written; everything else stays a text node.
 */
import type { Link, PhrasingContent, Text } from "mdast";

/**
 * A web address (with its scheme, or starting "www.") or an e-mail address. An e-mail address
 * starts where its local part starts (the lookbehind), so a long run of dots costs linear time.
 */
const ADDRESS =
  /\bhttps?:\/\/[^\s<>"'`]+|\bwww\.[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+[^\s<>"'`]*|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** Punctuation that ends a sentence rather than an address ("see www.wcoomd.org."). */
const TRAILING = new Set(".,;:!?)]}'\"’”");

/** The opening bracket of each closing one. */
const OPENER: Readonly<Record<string, string>> = { ")": "(", "]": "[", "}": "{" };

/** The address without trailing punctuation, keeping a closing bracket it opened itself. Linear. */
function trimAddress(raw: string): string {
  let end = raw.length;
  while (end > 0 && TRAILING.has(raw.charAt(end - 1))) end--;
  if (!/[)\]}]/u.test(raw.slice(end))) return raw.slice(0, end);
  const count = new Map<string, number>();
  for (const ch of raw.slice(0, end)) if ("()[]{}".includes(ch)) count.set(ch, (count.get(ch) ?? 0) + 1);
  for (; end < raw.length; end++) {
    const ch = raw.charAt(end);
    const open = OPENER[ch];
    if (open === undefined || (count.get(open) ?? 0) <= (count.get(ch) ?? 0)) break;
    count.set(ch, (count.get(ch) ?? 0) + 1);
  }
  return raw.slice(0, end);
}

function hrefOf(text: string): string | undefined {
  if (/^https?:\/\//iu.test(text)) return text;
  if (/^www\./iu.test(text)) return `https://${text}`;
  if (text.includes("@") && !text.startsWith(".") && !text.includes("..")) return `mailto:${text}`;
  return undefined;
}

/** The text as text and link nodes, in order; their texts join to the input exactly. */
export function linkify(value: string): PhrasingContent[] {
  // Cheap test first: most text holds no address.
  if (!value.includes("://") && !value.includes("www.") && !value.includes("@"))
    return [{ type: "text", value }];
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
