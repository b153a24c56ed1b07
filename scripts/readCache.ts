/**
 * The ingest's read cache on disk (the pipeline's `ReadCache`): what reading and analysing a seed
 * file gave, kept in node_modules/.cache/wco-ingest/ as Astro keeps its own caches in
 * node_modules. An entry is found by a hash of the file's name and bytes and of everything the
 * result depends on: the code in src/lib, the installed packages (package-lock.json) and the Node
 * version. So a rebuild reads and analyses only the seed files that changed, and the output is
 * byte-identical with or without the cache. Delete the folder to start cold; `--no-cache` skips it.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { ReadCache, ReadSeed } from "../src/lib/ingest/pipeline.ts";

/** Entries kept at most; the least recently used go first. */
const MAX_ENTRIES = 50_000;

/** The hash of every source file the read step's result can depend on. */
export function codeVersion(root: string): string {
  const hash = createHash("sha256").update(process.version);
  const lock = path.join(root, "package-lock.json");
  if (existsSync(lock)) hash.update(readFileSync(lock));
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) hash.update(full.slice(root.length)).update(readFileSync(full));
    }
  };
  walk(path.join(root, "src", "lib"));
  return hash.digest("hex");
}

export class DiskReadCache implements ReadCache {
  private readonly dir: string;
  private readonly version: string;
  /** What this ingest read, by key: serialized only when saved. */
  private readonly fresh = new Map<string, ReadSeed>();
  /** False when the folder does not exist yet: nothing to look up. */
  private readonly exists: boolean;
  /** Entries found by this ingest. */
  hits = 0;

  /** A cache in `dir` for code of `version` (see codeVersion). */
  constructor(dir: string, version: string) {
    this.dir = dir;
    this.version = version;
    this.exists = existsSync(dir);
  }

  /** Keys already made, by the file's bytes: a file not found is looked up and then stored. */
  private readonly keys = new WeakMap<Uint8Array, { name: string; key: string }>();

  private key(file: { name: string; bytes: Uint8Array }): string {
    const known = this.keys.get(file.bytes);
    if (known?.name === file.name) return known.key;
    const key = createHash("sha256")
      .update(this.version)
      .update(file.name)
      .update("\0")
      .update(file.bytes)
      .digest("hex");
    this.keys.set(file.bytes, { name: file.name, key });
    return key;
  }

  get(file: { name: string; bytes: Uint8Array }): ReadSeed | undefined {
    if (!this.exists) return undefined;
    const entry = path.join(this.dir, this.key(file));
    try {
      const read = deserialize(readFileSync(entry)) as ReadSeed;
      const now = new Date();
      utimesSync(entry, now, now);
      this.hits++;
      return read;
    } catch {
      return undefined; // absent, or unreadable: read the file again
    }
  }

  set(file: { name: string; bytes: Uint8Array }, read: ReadSeed): void {
    this.fresh.set(this.key(file), read);
  }

  /** Writes the new entries (each atomically) and drops the least recently used beyond MAX_ENTRIES. */
  save(): void {
    for (const _ of this.saving());
  }

  /**
   * `save` one entry at a time: each step writes one entry, so the caller can let other work in
   * between (the ingest hands the article files to its workers while this thread saves).
   */
  *saving(): Generator<void> {
    if (this.fresh.size === 0) return;
    mkdirSync(this.dir, { recursive: true });
    for (const [key, read] of this.fresh) {
      const temporary = path.join(this.dir, `${key}.${process.pid}.tmp`);
      writeFileSync(temporary, serialize(read));
      renameSync(temporary, path.join(this.dir, key));
      yield;
    }
    this.fresh.clear();
    const entries = readdirSync(this.dir);
    if (entries.length <= MAX_ENTRIES) return;
    const byAge = entries
      .map((name) => ({ name, used: statSync(path.join(this.dir, name)).mtimeMs }))
      .sort((a, b) => a.used - b.used);
    for (const { name } of byAge.slice(0, entries.length - MAX_ENTRIES)) {
      rmSync(path.join(this.dir, name), { force: true });
    }
  }
}
