/**
 * Gate 3: the Nu Html Checker (vnu.jar, the W3C validator's engine) finds no error in any HTML
 * file of dist/. It runs once over all files (the JVM is slow to start). It needs Java: CI
 * installs it and runs this gate (with CI set, a missing java fails it). On a machine without java
 * it prints one loud line saying it is skipped and how to enable it; html-validate still checks
 * every page.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, ROOT, htmlFiles, requireBuilt } from "./support/site.ts";

const VNU = path.join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");

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
              "java was not found on PATH: the Nu Html Checker needs a Java runtime (apt-get install default-jre-headless).",
            )
          : error,
      ),
    );
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const JAVA = process.env.JAVA ?? "java";
const hasJava = !spawnSync(JAVA, ["-version"], { stdio: "ignore" }).error;
const skip = !hasJava && !process.env.CI;
if (skip)
  console.warn(
    "\n*** SKIPPED GATE: Nu Html Checker — no java on PATH. Install a Java runtime (e.g. apt-get install default-jre-headless, or set JAVA=/path/to/java) to enable it. ***\n",
  );

describe("Nu Html Checker", () => {
  it.skipIf(skip)(
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
