/**
 * The nothing-lost invariant: every non-blank line of every seed file is published (as a title,
 * date, heading or paragraph text that appears in an article) or recognised as a banner or a
 * duplicate. A banner sentence at the start of a file's first line is chrome; the rest of that
 * line must be published. Returns the lines that break it, as `file:line: reason`.
 */
import { withoutLeadingBanner } from "../../src/lib/seed/banner.ts";
import type { CollectedSeeds, SeedInput } from "../../src/lib/ingest/collect.ts";
import type { LineRole } from "../../src/lib/seed/parseSeed.ts";
import type { Article } from "../../src/lib/ingest/article.ts";

/** Lines that were neither published nor recognised; empty when the invariant holds. */
export function lostLines(
  files: readonly SeedInput[],
  report: CollectedSeeds & { readonly articles: readonly Pick<Article, "sourceTitle" | "blocks">[] },
): string[] {
  // Control characters are removed with a warning (src/lib/seed/decode.ts): a line of only those is accounted for.
  const fold = (s: string) =>
    s
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/gu, "")
      .normalize("NFC")
      .replace(/\s+/gu, " ")
      .trim();
  const published = new Set<string>();
  for (const a of report.articles) {
    published.add(fold(a.sourceTitle));
    for (const b of a.blocks) published.add(fold(b.text));
  }
  const publishedText = [...published].join("\n");
  const lost: string[] = [];
  for (const file of files) {
    const roles = report.roles.get(file.name) ?? new Map<number, LineRole>();
    const text = new TextDecoder().decode(file.bytes).replace(/^\uFEFF/u, "");
    let first = true;
    text.split(/\r\n|\r|\n/u).forEach((raw, index) => {
      const line = fold(raw);
      if (line === "") return;
      // Only a file's first line may start with the banner; the rest of that line is article text.
      const shown = first ? withoutLeadingBanner(raw) : raw;
      first = false;
      const role = roles.get(index + 1);
      if (role === undefined) lost.push(`${file.name}:${index + 1}: no role`);
      else if (["title", "heading", "paragraph"].includes(role) && !publishedText.includes(fold(shown))) {
        lost.push(`${file.name}:${index + 1}: ${role} text is not in any article`);
      }
    });
  }
  return lost;
}
