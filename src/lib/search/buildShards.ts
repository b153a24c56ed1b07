/**
 * The postings half of the index build: cuts term postings (rare terms in shard 0, loaded with the
 * core; the others in term order) and n-gram postings into shards of about
 * SEARCH_OPTIONS.shardTargetBytes estimated compressed bytes, and encodes each shard.
 */
import { ByteWriter } from "./bytes.ts";
import { SEARCH_OPTIONS } from "./options.ts";
import { writeBlock, writeStrings } from "./postings.ts";

/** Estimated compressed size of an id list, bytes: log2 C(n, k) bits (what a good coder approaches). */
export function estimateListBytes(k: number, n: number): number {
  if (k === 0 || k >= n) return 1;
  const m = Math.min(k, n - k);
  let bits = 0;
  for (let i = 0; i < m; i++) bits += Math.log2((n - i) / (m - i));
  return 2 + bits / 8;
}

function estimate(lists: readonly (readonly number[])[], n: number): number {
  return lists.reduce((sum, l) => sum + estimateListBytes(l.length, n), 0);
}

/** Rare terms (at most `rarePostings` postings) go to shard 0; the others, in term order, to shards of about `shardTargetBytes` estimated bytes. */
export function encodeTermShards(
  termLists: readonly (readonly (readonly number[])[])[],
  docCount: number,
): { shards: Uint8Array[]; shardOf: number[] } {
  const { rarePostings, shardTargetBytes } = SEARCH_OPTIONS;
  const shardOf: number[] = [];
  const blocks: (readonly (readonly number[])[])[][] = [[]];
  let current = 0;
  let size = 0;
  termLists.forEach((lists) => {
    const count = lists.reduce((sum, l) => sum + l.length, 0);
    if (count <= rarePostings) {
      shardOf.push(0);
      blocks[0]?.push(lists);
      return;
    }
    if (current === 0 || size >= shardTargetBytes) {
      blocks.push([]);
      current = blocks.length - 1;
      size = 0;
    }
    shardOf.push(current);
    blocks[current]?.push(lists);
    size += estimate(lists, docCount);
  });
  const shards = blocks.map((keys) => {
    const writer = new ByteWriter();
    writeBlock(writer, keys);
    return writer.bytes();
  });
  return { shards, shardOf };
}

/** For every n-gram of the given lengths found in a term: per field, the documents having a term that contains it. */
export function gramLists(
  terms: readonly string[],
  termLists: readonly (readonly (readonly number[])[])[],
  lengths: readonly number[],
  docCount: number,
): Map<string, number[][]> {
  const termsOf = new Map<string, number[]>();
  terms.forEach((term, id) => {
    const seen = new Set<string>();
    for (const n of lengths) {
      for (let i = 0; i + n <= term.length; i++) seen.add(term.slice(i, i + n));
    }
    for (const g of seen) {
      const list = termsOf.get(g);
      if (list) list.push(id);
      else termsOf.set(g, [id]);
    }
  });
  const fieldCount = SEARCH_OPTIONS.fields.length;
  const stamp = new Int32Array(docCount).fill(-1);
  const out = new Map<string, number[][]>();
  let mark = 0;
  for (const g of [...termsOf.keys()].sort()) {
    const lists: number[][] = [];
    for (let f = 0; f < fieldCount; f++) {
      mark++;
      const docs: number[] = [];
      for (const t of termsOf.get(g) ?? []) {
        for (const d of termLists[t]?.[f] ?? []) {
          if (stamp[d] !== mark) {
            stamp[d] = mark;
            docs.push(d);
          }
        }
      }
      lists.push(docs.sort((a, b) => a - b));
    }
    out.set(g, lists);
  }
  return out;
}

/** N-grams in order, cut into shards of about the target estimated size; each shard lists its keys first. */
export function encodeGramShards(
  grams: ReadonlyMap<string, number[][]>,
  docCount: number,
): { shards: Uint8Array[]; starts: string[] } {
  const target = SEARCH_OPTIONS.shardTargetBytes;
  const shards: Uint8Array[] = [];
  const starts: string[] = [];
  let keys: string[] = [];
  let block: number[][][] = [];
  let size = 0;
  const flush = (): void => {
    const writer = new ByteWriter();
    writeStrings(writer, keys);
    writeBlock(writer, block);
    shards.push(writer.bytes());
  };
  for (const [gram, lists] of grams) {
    if (keys.length > 0 && size >= target) {
      flush();
      keys = [];
      block = [];
      size = 0;
    }
    if (keys.length === 0) starts.push(gram);
    keys.push(gram);
    block.push(lists);
    size += estimate(lists, docCount);
  }
  if (keys.length > 0) flush();
  return { shards, starts };
}
