/**
 * Isolated build workspaces under tests/bench/.work/: copies of the project
 * and of the bare baseline, with node_modules linked entry by entry so that
 * Astro's caches (node_modules/.astro, node_modules/.vite) stay local to the
 * copy instead of landing in the developer's node_modules.
 *
 * Each workspace is made its own git repository: inside the git-ignored
 * .work/ folder of the enclosing repo, Tailwind's automatic source detection
 * otherwise scans node_modules too (observed: 183 KB of CSS instead of 35 KB
 * and a 5–10× slower vite step), which would make the benchmark lie.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Project entries copied into a site workspace (src/content/articles is left out). */
export const PROJECT_ENTRIES = [
  // Tailwind's source detection honours it: without it the site workspace (unlike the
  // bare one, copied whole) scans the 10k generated articles and dist/ on every build.
  ".gitignore",
  "package.json",
  "astro.config.mjs",
  "tsconfig.json",
  "src",
  "scripts",
  "public",
] as const;

/** Generated Markdown folder, relative to a workspace. */
export const ARTICLES_DIR = join("src", "content", "articles");

/** Copies the project's PROJECT_ENTRIES into `dir` (fresh), without what ingest generates. */
export function copyProject(projectRoot: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const skips = [join(projectRoot, ARTICLES_DIR)];
  for (const entry of PROJECT_ENTRIES) {
    const from = join(projectRoot, entry);
    if (!existsSync(from)) continue;
    cpSync(from, join(dir, entry), {
      recursive: true,
      // Also skips ingest's staging/retired siblings of the generated folders.
      filter: (src) =>
        !skips.some((skip) => src === skip || src.startsWith(`${skip}.`) || src.startsWith(`${skip}${sep}`)),
    });
  }
}

/**
 * Makes a site workspace in `dir` from a project copy, linking `sharedNodeModules`, then runs the
 * project's postinstall script, as `npm install` ends in a fresh clone (it warms the ingest's
 * compile cache, which is local to the workspace).
 */
export function prepareSite(source: string, dir: string, sharedNodeModules: string): void {
  copyProject(source, dir);
  linkNodeModules(sharedNodeModules, dir);
  gitInit(dir);
  const { scripts } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  if (scripts?.["postinstall"] !== undefined) {
    execFileSync("npm", ["run", "--silent", "postinstall"], { cwd: dir, stdio: "ignore" });
  }
}

/** Copies the bare baseline project into `dir` (fresh), linking `sharedNodeModules`. */
export function prepareBare(bareSource: string, dir: string, sharedNodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(bareSource, dir, {
    recursive: true,
    filter: (src) =>
      !relative(bareSource, src)
        .split(sep)
        .some((p) => ["node_modules", "dist", ".astro"].includes(p)),
  });
  linkNodeModules(sharedNodeModules, dir);
  gitInit(dir);
}

/**
 * Makes `dir` a git repository root, as the real project is (see header). Without a git binary
 * (a machine with only Node) an empty .git folder marks the root just as well for Tailwind's
 * scanner, which only looks for one before it applies .gitignore.
 */
export function gitInit(dir: string): void {
  try {
    execFileSync("git", ["init", "--quiet", dir]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    mkdirSync(join(dir, ".git"), { recursive: true });
  }
}

/**
 * Commits the seed files of `dir` (a gitInit'ed copy) at a fixed author date, as an editor commits
 * them, so the ingest reads an added date and no article is a preview (an uncommitted seed file is
 * a preview, kept out of the feeds). Without a git binary, nothing: every article is then undated.
 */
export function commitSeeds(dir: string, date = "2026-11-23T12:00:00Z"): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (args: string[]) =>
    execFileSync("git", ["-c", "user.name=Bench", "-c", "user.email=bench@example.org", "-C", dir, ...args], {
      env,
      stdio: "ignore",
    });
  try {
    git(["add", "--", "seeds"]);
    git(["commit", "--quiet", "--no-gpg-sign", "-m", "seeds"]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

/** Makes `dir`/node_modules a real folder of symlinks to each entry of `shared`. */
export function linkNodeModules(shared: string, dir: string): void {
  const target = join(dir, "node_modules");
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(shared)) {
    // Caches stay local to the copy: .cache holds the ingest's read cache, which must start cold.
    if (entry === ".astro" || entry === ".vite" || entry === ".cache") continue;
    symlinkSync(join(shared, entry), join(target, entry));
  }
}

/** Removes build outputs and caches (and `also`, e.g. what ingest generates) so the next build is cold, as in a fresh clone. */
export function cleanBuild(dir: string, also: readonly string[] = []): void {
  for (const p of [
    "dist",
    ".astro",
    join("node_modules", ".astro"),
    join("node_modules", ".vite"),
    join("node_modules", ".cache"),
    ...also,
  ]) {
    rmSync(join(dir, p), { recursive: true, force: true });
  }
}

/** Replaces `to`'s articles folder by a copy of `from`'s. */
export function copyArticles(from: string, to: string): void {
  const dest = join(to, ARTICLES_DIR);
  rmSync(dest, { recursive: true, force: true });
  cpSync(join(from, ARTICLES_DIR), dest, { recursive: true });
}
