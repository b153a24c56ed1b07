/**
 * Issue 18's acceptance, as an editor meets it: seed files committed at set author dates show
 * those added dates on their pages and as feed pubDate, a file committed later lists first, an
 * uncommitted file is a Preview listed first and kept out of the feeds, and two builds of one
 * commit are byte-identical. Builds a small site in a temporary git repository.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../bench/lib/distStats.ts";
import { cleanBuild, commitSeeds, prepareSite } from "../bench/lib/workspace.ts";
import { buildEnv } from "../support/buildEnv.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const hasGit = (() => {
  try {
    execFileSync("git", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
if (!hasGit && !process.env["CI"]) {
  console.warn("dates.test.ts: SKIPPED: no git binary, so no added dates to check (CI runs it)");
}

const item = (title: string, body: string) => `${title}\n\n${title}\n\n${body}\n\n`;
const OLD = item("Customs Seize Ivory in Mombasa", "Officers seized ivory at the port of Mombasa.");
const NEW = item(
  "Training on Strategic Trade Controls",
  "A workshop on strategic trade control enforcement.",
);
const DATED = "Workshop on Wildlife Crime\n\n17 May 2023\n\nThe workshop stated its own date.\n";
const DRAFT = item("A Draft Not Yet Committed", "An editor previews this file before committing it.");

let work: string;
let firstBuild: Map<string, string>;
const read = (file: string) => readFileSync(path.join(work, "dist", file), "utf8");
const snapshot = () =>
  new Map(listFiles(path.join(work, "dist")).map((f) => [path.relative(work, f), readFileSync(f, "base64")]));

async function build(): Promise<void> {
  cleanBuild(work);
  const env = buildEnv({ SITE_URL: "https://digest.example", BASE_PATH: "" });
  const tsx = path.join(work, "node_modules/tsx/dist/cli.mjs");
  await run(process.execPath, [tsx, "scripts/ingest.ts", "--quiet"], { cwd: work, env });
  await run(process.execPath, [path.join(work, "node_modules/astro/bin/astro.mjs"), "build", "--silent"], {
    cwd: work,
    env,
  });
}

describe.skipIf(!hasGit)("dates a reader can trust, from git history", () => {
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "digest-dates-"));
    prepareSite(root, work, path.join(root, "node_modules"));
    mkdirSync(path.join(work, "seeds"), { recursive: true });
    writeFileSync(path.join(work, "seeds", "a_old.txt"), OLD);
    writeFileSync(path.join(work, "seeds", "a_page.txt"), DATED);
    commitSeeds(work, "2024-03-01T09:00:00+02:00");
    writeFileSync(path.join(work, "seeds", "b_new.txt"), NEW);
    commitSeeds(work, "2025-06-15T23:30:00-03:00"); // 16 June in UTC
    writeFileSync(path.join(work, "seeds", "c_draft.txt"), DRAFT);
    await build();
    firstBuild = snapshot();
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("shows each article's added date, and the source date labelled as such", () => {
    expect(read("articles/customs-seize-ivory-in-mombasa/index.html")).toMatch(
      /Date not stated in the source.*Added <time datetime="2024-03-01" class="added-date">1 March 2024<\/time>/u,
    );
    expect(read("articles/training-on-strategic-trade-controls/index.html")).toContain(
      '<time datetime="2025-06-16" class="added-date">16 June 2025</time>',
    );
    expect(read("articles/workshop-on-wildlife-crime/index.html")).toMatch(
      /<time datetime="2023-05-17" class="source-date">17 May 2023<\/time> \(source\).*Added <time datetime="2024-03-01"/u,
    );
  });

  it("lists the preview first, then the file committed later, then older dates", () => {
    const home = read("index.html");
    const order = [
      "a-draft-not-yet-committed",
      "training-on-strategic-trade-controls",
      "customs-seize-ivory-in-mombasa",
      "workshop-on-wildlife-crime",
    ].map((slug) => home.indexOf(`/articles/${slug}/`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(read("articles/a-draft-not-yet-committed/index.html")).toContain(
      "Preview: not yet added to the digest",
    );
  });

  it("dates every feed item (source date, else added date), keeps the preview out, and dates the channel", () => {
    const rss = read("rss.xml");
    const items = rss.split("<item>").slice(1);
    expect(items).toHaveLength(3);
    expect(rss).not.toContain("A Draft Not Yet Committed");
    const pubDate = (title: string) =>
      /<pubDate>([^<]+)<\/pubDate>/u.exec(items.find((i) => i.includes(title)) ?? "")?.[1];
    expect(pubDate("Training on Strategic Trade Controls")).toBe("Mon, 16 Jun 2025 00:00:00 GMT");
    expect(pubDate("Customs Seize Ivory in Mombasa")).toBe("Fri, 01 Mar 2024 00:00:00 GMT");
    expect(pubDate("Workshop on Wildlife Crime")).toBe("Wed, 17 May 2023 00:00:00 GMT");
    expect(rss).toContain("<lastBuildDate>Mon, 16 Jun 2025 00:00:00 GMT</lastBuildDate>");
  });

  it("files the articles in the archive by those dates", () => {
    const archive = read("archive/index.html");
    for (const month of ["June 2025", "March 2024", "May 2023"]) expect(archive).toContain(month);
    expect(read("archive/2025/06/index.html")).toContain("/articles/training-on-strategic-trade-controls/");
  });

  it("builds one commit to the same bytes twice", async () => {
    await build();
    const second = snapshot();
    expect([...second.keys()].sort()).toEqual([...firstBuild.keys()].sort());
    expect(
      [...second].filter(([file, bytes]) => firstBuild.get(file) !== bytes).map(([file]) => file),
    ).toEqual([]);
  }, 300_000);
});
