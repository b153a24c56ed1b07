import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const dependencies = new Set(Object.keys(pkg.dependencies));
const declared = new Set([...dependencies, ...Object.keys(pkg.devDependencies)]);

/** Folders that hold no source of this project: installed, generated or a separate project. */
const SKIP = new Set(["node_modules", "dist", ".astro", ".work", "bare", "articles"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourceFiles(file);
    return /\.(ts|js|mjs|astro|css)$/.test(entry.name) ? [file] : [];
  });
}

/** The code of a file that can import: an Astro component's frontmatter and scripts, a CSS file's at-rules. */
function code(file: string): string {
  const text = readFileSync(path.join(root, file), "utf8");
  if (file.endsWith(".css"))
    return [...text.matchAll(/@(?:import|plugin)\s+("[^"]+")/g)].map((m) => `import ${m[1]};`).join("\n");
  if (!file.endsWith(".astro")) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join("\n");
}

/** The package each bare import names (`@scope/name` or `name`), without Node's and Astro's own modules. */
function packagesOf(file: string): string[] {
  return ts
    .preProcessFile(code(file), true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((s) => !s.startsWith(".") && !s.startsWith("node:") && !s.startsWith("astro:"))
    .filter((s) => !builtinModules.includes(s))
    .map((s) =>
      s
        .split("/")
        .slice(0, s.startsWith("@") ? 2 : 1)
        .join("/"),
    );
}

function importers(dirs: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of dirs.flatMap((d) => (statSync(path.join(root, d)).isDirectory() ? sourceFiles(d) : [d])))
    for (const name of packagesOf(file)) if (!found.has(name)) found.set(name, file);
  return found;
}

const built = importers(["src", "scripts", "astro.config.mjs"]);
const everywhere = importers(["src", "scripts", "astro.config.mjs", "tests", ".config"]);

describe("package.json", () => {
  it("declares every package the code imports (a type-only package through its @types)", () => {
    const undeclared = [...everywhere].filter(
      ([name]) => !declared.has(name) && !declared.has(`@types/${name}`),
    );
    expect(undeclared).toEqual([]);
  });

  it("lists every package the site or the ingest imports as a dependency, not a devDependency", () => {
    const dev = [...built].filter(([name]) => !dependencies.has(name) && !declared.has(`@types/${name}`));
    expect(dev).toEqual([]);
  });

  it("lists as dependencies only packages the site or the ingest imports", () => {
    expect([...dependencies].filter((name) => !built.has(name))).toEqual([]);
  });
});
