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
import { XMLParser } from "fast-xml-parser";
import Parser from "rss-parser";
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
// The draft names the STCE programme too, so the programme's feed must leave it out as well.
const DRAFT = item(
  "A Draft Not Yet Committed",
  "An editor previews this file on the STCE programme before committing it.",
);

let work: string;
let firstBuild: Map<string, string>;
const read = (file: string) => readFileSync(path.join(work, "dist", file), "utf8");
const feedFiles = () =>
  listFiles(path.join(work, "dist"))
    .filter((f) => f.endsWith("rss.xml"))
    .map((f) => path.relative(path.join(work, "dist"), f));
const jsonLd = (file: string): Record<string, unknown> =>
  JSON.parse(
    /<script type="application\/ld\+json">(.*?)<\/script>/su.exec(read(file))?.[1] ?? "{}",
  ) as Record<string, unknown>;
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

  it("labels the date each card shows, and gives JSON-LD the source date only as datePublished", () => {
    const home = read("index.html");
    expect(home).toMatch(/<time datetime="2023-05-17" class="source-date">17 May 2023<\/time> \(source\)/u);
    expect(home).toContain('Added <time datetime="2025-06-16" class="added-date">16 June 2025</time>');
    expect(home).toContain("Preview: not yet added to the digest");
    expect(jsonLd("articles/workshop-on-wildlife-crime/index.html")).toMatchObject({
      datePublished: "2023-05-17",
      dateCreated: "2024-03-01",
    });
    const undatedSource = jsonLd("articles/customs-seize-ivory-in-mombasa/index.html");
    expect(undatedSource["datePublished"]).toBeUndefined();
    expect(undatedSource["dateCreated"]).toBe("2024-03-01");
    const draft = jsonLd("articles/a-draft-not-yet-committed/index.html");
    expect([draft["datePublished"], draft["dateCreated"]]).toEqual([undefined, undefined]);
  });

  it("gives every item of every feed a valid date, read by two feed parsers, and never the preview", async () => {
    const feeds = feedFiles();
    expect(feeds).toContain("rss.xml");
    expect(feeds).toContain("programmes/stce/rss.xml");
    // Every topic, region and country page has its feed too.
    expect(feeds.some((f) => f.startsWith("topics/"))).toBe(true);
    expect(feeds.some((f) => f.startsWith("regions/"))).toBe(true);
    expect(feeds.some((f) => f.startsWith("countries/"))).toBe(true);
    const xml = new XMLParser({ isArray: (name) => name === "item" });
    for (const file of feeds) {
      const text = read(file);
      expect(text, file).not.toContain("A Draft Not Yet Committed");
      const parsed = await new Parser().parseString(text);
      if (file === "rss.xml" || file === "programmes/stce/rss.xml")
        expect(parsed.items.length, file).toBeGreaterThan(0);
      for (const i of parsed.items)
        expect(Number.isNaN(Date.parse(i.isoDate ?? "")), `${file}: ${i.title}`).toBe(false);
      const channel = (
        xml.parse(text) as {
          rss: { channel: { item?: { title: string; pubDate?: string }[]; lastBuildDate?: string } };
        }
      ).rss.channel;
      const items = channel.item ?? [];
      expect(items.map((i) => i.title)).toEqual(parsed.items.map((i) => i.title));
      for (const i of items)
        expect(new Date(i.pubDate ?? "").toUTCString(), `${file}: ${i.title}`).toBe(i.pubDate);
      const times = items.map((i) => Date.parse(i.pubDate ?? ""));
      expect(times, `${file} is newest first`).toEqual([...times].sort((a, b) => b - a));
      // The newest added date of the feed's articles: never the clock, never after the digest's.
      const built = Date.parse(channel.lastBuildDate ?? "");
      expect(new Date(built).toUTCString(), file).toBe(channel.lastBuildDate);
      expect(built, file).toBeLessThanOrEqual(Date.parse("Mon, 16 Jun 2025 00:00:00 GMT"));
      if (file === "rss.xml" || file === "programmes/stce/rss.xml")
        expect(channel.lastBuildDate, file).toBe("Mon, 16 Jun 2025 00:00:00 GMT");
    }
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

  it("files the articles in the archive by those dates, with counts, and points to the preview", () => {
    const archive = read("archive/index.html")
      .replace(/<[^>]+>/gu, "")
      .replace(/\s+/gu, " ");
    for (const month of ["June 2025 (1 article)", "March 2024 (1 article)", "May 2023 (1 article)"])
      expect(archive).toContain(month);
    expect(archive).toContain("1 article is a preview, not yet added to the digest");
    expect(read("archive/2025/06/index.html")).toContain("/articles/training-on-strategic-trade-controls/");
    const months = listFiles(path.join(work, "dist", "archive")).filter((f) => f.endsWith("index.html"));
    expect(months).toHaveLength(4); // the archive and its three months
    for (const m of months)
      expect(readFileSync(m, "utf8")).not.toContain("/articles/a-draft-not-yet-committed/");
    expect(read("index.html")).toMatch(/<footer.*<a [^>]*href="\/archive\/"[^>]*>\s*Archive\s*<\/a>/su);
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
