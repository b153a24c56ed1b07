/**
 * Gate 3: the Nu Html Checker (vnu.jar, the W3C validator's engine) finds no error in any HTML
 * file of dist/. It runs once over all files (the JVM is slow to start). It needs Java: CI installs
 * it and fails without it; elsewhere a machine without Java skips this gate with one loud line,
 * and html-validate (htmlValidate.test.ts) still checks every page.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, ROOT, htmlFiles, requireBuilt } from "./support/site.ts";

const VNU = path.join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");
const JAVA = process.env.JAVA ?? "java";
const HAS_JAVA = spawnSync(JAVA, ["-version"], { stdio: "ignore" }).error === undefined;
const SKIP = !HAS_JAVA && !process.env.CI;

if (SKIP) {
  console.warn(
    `\n*** SKIPPED GATE: Nu Html Checker: no Java runtime ("${JAVA}" not found). ` +
      "Install one (e.g. apt-get install default-jre-headless) or set JAVA=/path/to/java to run it. " +
      "html-validate still checks every page. ***\n",
  );
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Runs vnu.jar and returns its exit code and output (the JSON report is on stderr). */
function runVnu(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(JAVA, ["-Xss8m", "-jar", VNU, ...args], { cwd: DIST });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new Error(
              `${JAVA} was not found: the Nu Html Checker needs a Java runtime (apt-get install default-jre-headless); CI must run it.`,
            )
          : error,
      ),
    );
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("Nu Html Checker", () => {
  it.skipIf(SKIP)(
    "finds no error in any HTML file of dist/",
    async () => {
      requireBuilt();
      const files = await htmlFiles();
      expect(files.length).toBeGreaterThan(0);
      const { code, stderr } = await runVnu(["--errors-only", "--format", "json", ...files]);
      let messages: VnuMessage[];
      try {
        messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
      } catch {
        throw new Error(`vnu.jar did not print a JSON report (exit ${code}):\n${stderr.slice(0, 2000)}`);
      }
      const errors = messages
        .filter((m) => m.type === "error" || m.subType === "fatal" || m.type === "non-document-error")
        .map((m) => {
          const file = m.url ? path.relative(DIST, decodeURIComponent(new URL(m.url).pathname)) : "?";
          const where = m.lastLine ? `:${m.lastLine}:${m.firstColumn ?? 0}` : "";
          return `${file}${where}: ${m.message}${m.extract ? `\n      ${m.extract.replace(/\s+/g, " ").trim()}` : ""}`;
        });
      expect(
        errors,
        errors.length ? `\n${errors.length} error(s):\n  - ${errors.join("\n  - ")}\n` : "",
      ).toEqual([]);
      expect(code, `vnu.jar exited ${code} without reporting an error:\n${stderr.slice(0, 2000)}`).toBe(0);
    },
    180_000,
  );
});
