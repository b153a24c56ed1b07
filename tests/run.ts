/**
 * `npm test`: every gate in order, stopping at the first that fails, with the time of each stage.
 * Before the browser gates it finds the browser once (tests/support/browser.ts) and hands it to
 * them as CHROMIUM_PATH, so parallel test files never unpack the npm Chromium twice; it names the
 * browser and any gate this machine cannot run.
 */
import { spawnSync } from "node:child_process";
import { describeBrowser, findBrowser } from "./support/browser.ts";

interface Stage {
  readonly name: string;
  readonly script: string;
}

const STAGES: readonly Stage[] = [
  { name: "ingest", script: "ingest" },
  { name: "type check", script: "check" },
  { name: "lint", script: "lint" },
  { name: "format", script: "format:check" },
  { name: "unit tests", script: "test:unit" },
  { name: "build", script: "build" },
  { name: "browser and validator gates", script: "test:e2e" },
];

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  const times: string[] = [];
  const started = Date.now();
  const notes: string[] = [];
  for (const stage of STAGES) {
    const env = { ...process.env };
    if (stage.script === "test:e2e") {
      let browser;
      try {
        browser = await findBrowser();
      } catch (error) {
        console.error(
          `\n✗ no browser for the browser gates: ${error instanceof Error ? error.message : String(error)}`,
        );
        return 1;
      }
      env.CHROMIUM_PATH = browser.path;
      notes.push(describeBrowser(browser));
      if (spawnSync(process.env.JAVA ?? "java", ["-version"], { stdio: "ignore" }).error) {
        notes.push(
          process.env.CI
            ? "java: missing, so the Nu Html Checker gate fails (CI must run it)"
            : "skipped gate: Nu Html Checker (no Java runtime; install one, e.g. apt-get install default-jre-headless)",
        );
      }
      for (const note of notes) console.log(`\n▶ ${note}`);
    }
    console.log(`\n▶ ${stage.name} (npm run ${stage.script})`);
    const stageStart = Date.now();
    const result = spawnSync(npm, ["run", "--silent", stage.script], { stdio: "inherit", env });
    const line = `${stage.name.padEnd(30)} ${seconds(Date.now() - stageStart).padStart(8)}`;
    times.push(line);
    if (result.status !== 0) {
      console.error(`\n✗ ${stage.name} failed (exit ${result.status ?? result.signal})`);
      printTimes(times, started, notes);
      return 1;
    }
  }
  printTimes(times, started, notes);
  return 0;
}

function printTimes(times: readonly string[], started: number, notes: readonly string[]): void {
  console.log(
    `\nStage times:\n  ${times.join("\n  ")}\n  ${"total".padEnd(30)} ${seconds(Date.now() - started).padStart(8)}`,
  );
  for (const note of notes) console.log(`  ${note}`);
}

process.exitCode = await main();
