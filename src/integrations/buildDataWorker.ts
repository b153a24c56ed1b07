/**
 * Child process of the build-data integration: reads the article collection's Markdown files
 * through the collection's schema, as the collection does (the layout ingest writes is read as
 * JSON, anything else with gray-matter), and makes every article's citations and the open data.
 *
 * The open data files are written into the data folder, and the report says where each is, not
 * what it holds: at 10,000 articles they are 40 MB of text, which would cross to the page renderer
 * and stay in its memory for the whole build.
 *
 * Usage: node buildDataWorker.ts <articles folder> <site URL> <base> <data folder>; reports
 * { ok, citations, openData } or { ok: false, error } to its parent over IPC.
 */
import matter from "gray-matter";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { articleSchema } from "../articleSchema.ts";
import { SITE_TITLE } from "../consts.ts";
import { articleUrl, cslRecord } from "../lib/citation.ts";
import { citationFormatsAll } from "../lib/citationFormats.ts";
import { errorText } from "../lib/errorText.ts";
import { buildOpenData, type BuiltOpenData } from "../lib/openData/build.ts";
import type { DataFile, WrittenDataFile } from "../lib/openData/files.ts";
import { absoluteUrl } from "../lib/paths.ts";
import { readFlowFile } from "../lib/seed/frontmatter.ts";
import { lowerPriority, reply } from "./child.ts";

/** A Markdown file the collection would refuse: reported by its name and reasons, without a stack. */
class ArticleFileError extends Error {}

/** "sourceTitle: Invalid input: expected string, received undefined; …". */
function reasons(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.map(String).join(".") || "front matter"}: ${i.message}`).join("; ");
}

/**
 * A full garbage collection, when the parent gave `--expose-gc` (buildData.ts): run between the
 * steps, it lets the next step reuse the memory the last one left as garbage instead of growing
 * the heap, and before the reply, whose serialised copy comes on top of what is left.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** `built` with each file's text written into `folder` (which is made) and given by its path. */
function writeOpenData(built: BuiltOpenData, folder: string): BuiltOpenData<WrittenDataFile> {
  mkdirSync(folder, { recursive: true });
  const written = new Map<DataFile, WrittenDataFile>();
  for (const file of built.files.files) {
    const at = path.join(folder, file.name);
    writeFileSync(at, file.text);
    written.set(file, { name: file.name, path: at, count: file.count });
  }
  // The parts lists hold the very files of `files.files`.
  const of = (list: readonly DataFile[]): WrittenDataFile[] =>
    list.map((f) => {
      const w = written.get(f);
      if (!w) throw new Error(`open data: ${f.name} is a part but not a file`);
      return w;
    });
  const { files } = built;
  return {
    ...built,
    files: { files: of(files.files), jsonParts: of(files.jsonParts), csvParts: of(files.csvParts) },
  };
}

const [dir = "", site = "", base = "/", dataDir = ""] = process.argv.slice(2);
lowerPriority();
try {
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const text = readFileSync(file, "utf8");
      const { data, content } = readFlowFile(text) ?? matter(text);
      const parsed = articleSchema.safeParse(data);
      if (!parsed.success) {
        throw new ArticleFileError(`${file}: ${reasons(parsed.error.issues)}; run npm run ingest`);
      }
      return { id: name.slice(0, -".md".length), data: parsed.data, body: content };
    });
  collectGarbage();
  const csl = entries.map((a) =>
    cslRecord({ ...a.data, id: a.id, url: articleUrl(a.id, base, site) }, SITE_TITLE),
  );
  // The open data first, so that the bodies, which only it reads, are garbage before the
  // citations are made: the child's peak at 10,000 articles falls from about 800 to 600 MB.
  const openData = writeOpenData(await buildOpenData(entries, (p) => absoluteUrl(base, site, p)), dataDir);
  entries.length = 0;
  collectGarbage();
  const citations = citationFormatsAll(csl);
  collectGarbage();
  reply({ ok: true, citations, openData });
} catch (error) {
  reply({ ok: false, error: error instanceof ArticleFileError ? error.message : errorText(error) });
  process.exitCode = 1;
}
