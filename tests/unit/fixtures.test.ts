/**
 * Parser fixtures: every tests/fixtures/<case>/input.txt is parsed and compared with the
 * expected.json beside it. After a deliberate parser change, regenerate the expectations with
 * `UPDATE_FIXTURES=1 npx vitest run tests/unit/fixtures.test.ts` and review the diff like code.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../src/lib/seed/parseSeed.ts";

const root = path.resolve(import.meta.dirname, "../fixtures");
const cases = readdirSync(root).filter((name) => existsSync(path.join(root, name, "input.txt")));

describe("parseSeed fixtures", () => {
  it("has fixtures to check", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)("parses %s as expected", (name) => {
    const bytes = readFileSync(path.join(root, name, "input.txt"));
    const parsed = parseSeed("input.txt", bytes);
    const actual = {
      problems: parsed.problems,
      articles: parsed.articles,
      roles: Object.fromEntries(parsed.roles),
    };
    const expectedFile = path.join(root, name, "expected.json");
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
  });
});
