/**
 * Compares two built sites byte for byte, apart from Astro's asset hashes
 * (`_astro/<name>.<hash>.<ext>` in file names and in every reference to them):
 *
 *   node --experimental-strip-types tests/support/compareDist.ts BEFORE_DIST AFTER_DIST
 *
 * Prints the files that differ and exits 1, or says they are identical. A refactor that must not
 * change behaviour shows it with this.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const HASHED = /(_astro\/[\w.-]*?)\.[\w-]{8}\.(js|css|svg|png|woff2?)/gu;
const normal = (text: string) => text.replace(HASHED, "$1.HASH.$2");

/** Every file below `dir`, by its normalised relative path, with its normalised bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => {
      const full = path.join(e.parentPath, e.name);
      const bytes = readFileSync(full);
      const text = bytes.toString("latin1");
      return [normal(path.relative(dir, full)), Buffer.from(normal(text), "latin1")];
    }),
  );
}

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error("usage: compareDist.ts BEFORE_DIST AFTER_DIST");
  process.exit(2);
}
const a = tree(before);
const b = tree(after);
const differ = [...new Set([...a.keys(), ...b.keys()])]
  .sort()
  .filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name));
for (const name of differ)
  console.log(`${a.has(name) ? (b.has(name) ? "differs" : "only before") : "only after"}: ${name}`);
console.log(
  differ.length === 0
    ? `identical apart from asset hashes: ${a.size} files`
    : `${differ.length} file(s) differ`,
);
process.exitCode = differ.length === 0 ? 0 : 1;
