/**
 * Gate 3a: html-validate (pure JavaScript, recommended preset) finds no error in any HTML file of
 * dist/. It needs nothing but Node, so an HTML gate runs on every machine, with or without the
 * Java that the Nu Html Checker (html.test.ts) needs.
 */
import path from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { describe, expect, it } from "vitest";
import { DIST, htmlFiles, requireBuilt } from "./support/site.ts";

/** The recommended preset; checkboxes of one filter group share a name, as forms should. */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }],
  },
};

describe("html-validate", () => {
  it("finds no error in any HTML file of dist/", async () => {
    requireBuilt();
    const files = await htmlFiles();
    expect(files.length).toBeGreaterThan(0);
    const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(path.join(DIST, file));
      for (const result of report.results) {
        for (const m of result.messages) {
          if (m.severity === 2) errors.push(`${file}:${m.line}:${m.column}: [${m.ruleId}] ${m.message}`);
        }
      }
    }
    expect(
      errors,
      errors.length ? `\n${errors.length} error(s):\n  - ${errors.join("\n  - ")}\n` : "",
    ).toEqual([]);
  }, 180_000);

  it("catches a real error, so a clean report means something", async () => {
    const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><form><input name="q"></form></body></html>',
    );
    expect(report.valid).toBe(false);
  });
});
