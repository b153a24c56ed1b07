import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import { findSystemBrowser } from "../support/browser.ts";

function dirWith(name: string, mode: number): string {
  const dir = mkdtempSync(join(tmpdir(), "browser-"));
  writeFileSync(join(dir, name), "#!/bin/sh\n");
  chmodSync(join(dir, name), mode);
  return dir;
}

describe("findSystemBrowser", () => {
  it("finds a Chromium executable on PATH before the usual install paths", () => {
    const dir = dirWith("chromium", 0o755);
    expect(findSystemBrowser(["/nonexistent", dir].join(delimiter))).toBe(join(dir, "chromium"));
  });

  it("prefers chromium over google-chrome when both are on PATH", () => {
    const chrome = dirWith("google-chrome", 0o755);
    const chromium = dirWith("chromium", 0o755);
    expect(findSystemBrowser([chrome, chromium].join(delimiter))).toBe(join(chromium, "chromium"));
  });

  it("skips a file that is not executable", () => {
    const dir = dirWith("chromium", 0o644);
    const found = findSystemBrowser(dir);
    expect(found).not.toBe(join(dir, "chromium"));
  });
});
