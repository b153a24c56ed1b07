import { describe, it, expect } from "vitest";
import { TAXONOMY } from "../../src/lib/taxonomy/data.ts";
import {
  TAXONOMY_ERROR_PREFIX,
  TAXONOMY_MESSAGES,
  toRegExp,
  validateTaxonomy,
} from "../../src/lib/taxonomy/schema.ts";

const M = TAXONOMY_MESSAGES;

const REMOVE = Symbol("remove");

/** A deep copy of the shipped taxonomy with the value at `path` replaced (or removed). */
function broken(path: ReadonlyArray<string | number>, value: unknown): unknown {
  const raw: unknown = structuredClone(TAXONOMY);
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], raw);
  const key = path[path.length - 1] ?? "";
  if (value === REMOVE) delete (parent as Record<string | number, unknown>)[key];
  else (parent as Record<string | number, unknown>)[key] = value;
  return raw;
}

/** The message validateTaxonomy throws for `raw` (fails the test when it does not throw). */
function messageFor(raw: unknown): string {
  try {
    validateTaxonomy(raw);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected validateTaxonomy to throw");
}

describe("validateTaxonomy", () => {
  it("accepts the shipped taxonomy unchanged", () => {
    expect(validateTaxonomy(structuredClone(TAXONOMY))).toEqual(TAXONOMY);
  });

  it.each<[string, Array<string | number>, unknown, string]>([
    [
      "a duplicate slug",
      ["topics", 2, "slug"],
      "wildlife",
      `topics[2] ("wildlife"): slug ${M.duplicateSlug} topics[0]`,
    ],
    [
      "a pattern that is not a regular expression",
      ["programmes", 1, "patterns"],
      ["(unclosed"],
      `programmes[1] ("stce"): patterns[0] ${M.invalidRegex}: `,
    ],
    [
      "an empty pattern list",
      ["programmes", 0, "patterns"],
      [],
      `programmes[0] ("inama"): patterns ${M.noPatterns}`,
    ],
    [
      "a missing description",
      ["programmes", 2, "description"],
      REMOVE,
      `programmes[2] ("demeter"): description ${M.required}`,
    ],
    ["a blank name", ["topics", 1, "name"], "  ", `topics[1] ("cultural-heritage"): name ${M.empty}`],
    ["a blank pattern", ["partners", 0, "patterns"], [""], `partners[0] ("cites"): patterns[0] ${M.empty}`],
    [
      "a slug that is not kebab-case",
      ["topics", 0, "slug"],
      "Wild_Life",
      `topics[0] ("Wild_Life"): slug ${M.notKebabCase}`,
    ],
    [
      "a misspelt field",
      ["topics", 0, "pattern"],
      ["x"],
      `topics[0] ("wildlife"): ${M.unknownField} "pattern"`,
    ],
    [
      "a fallback topic that is not a topic",
      ["fallbackTopic"],
      "misc",
      `fallbackTopic ("misc") ${M.unknownFallback}`,
    ],
  ])("rejects %s with a message naming the entry", (_, path, value, fragment) => {
    const message = messageFor(broken(path, value));
    expect(message.startsWith(TAXONOMY_ERROR_PREFIX)).toBe(true);
    expect(message).toContain(fragment);
  });

  it("lists every problem on its own prefixed line", () => {
    const raw = broken(["programmes", 0, "patterns"], ["["]) as { topics: Array<Record<string, unknown>> };
    delete raw.topics[3]?.["description"];
    const lines = messageFor(raw).split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.startsWith(`${TAXONOMY_ERROR_PREFIX} `))).toBe(true);
  });

  it.each([null, 42, "taxonomy", []])("rejects %j as a whole", (raw) => {
    expect(() => validateTaxonomy(raw)).toThrow(TAXONOMY_ERROR_PREFIX);
  });
});

describe("TAXONOMY", () => {
  it.each(["inama", "stce", "demeter", "copes", "appw", "pitch", "asia-pacific-security"])(
    "has the programme %s",
    (slug) => {
      expect(TAXONOMY.programmes.map((p) => p.slug)).toContain(slug);
    },
  );

  it("describes every programme in full sentences", () => {
    for (const p of TAXONOMY.programmes) expect(p.description).toMatch(/^[A-Z"].{80,}\.$/s);
  });

  it("names a fallback topic that is one of its topics", () => {
    expect(TAXONOMY.topics.map((t) => t.slug)).toContain(TAXONOMY.fallbackTopic);
  });
});

describe("toRegExp", () => {
  it.each<[Parameters<typeof toRegExp>[0], string, boolean]>([
    ["\\bWHO\\b", "who", true],
    [{ source: "\\bWHO\\b", caseSensitive: true }, "who", false],
    [{ source: "\\bWHO\\b", caseSensitive: true }, "WHO", true],
    ["\\p{Lu}", "É", true],
  ])("compiles %j so that it matches %j: %s", (pattern, text, expected) => {
    expect(toRegExp(pattern).test(text)).toBe(expected);
  });
});
