/**
 * Encoding and decoding of postings blocks: for each key (a term or an n-gram), one ascending
 * document-id list per field, gap-coded as varints. Pure; never allocates per posting when decoding.
 */
import { ByteReader, ByteWriter } from "./bytes.ts";

/** Writes one key's per-field id lists. */
export function writeLists(writer: ByteWriter, lists: readonly (readonly number[])[]): void {
  for (const list of lists) {
    writer.uint(list.length);
    let prev = -1;
    for (const doc of list) {
      writer.uint(doc - prev - 1);
      prev = doc;
    }
  }
}

/** Decoded postings of a block: key k, field f → ids[offsets[k*F+f] … offsets[k*F+f+1]). */
export interface DecodedBlock {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
}

/** Decodes `keys` keys of `fields` fields each from `reader`. */
export function readLists(reader: ByteReader, keys: number, fields: number): DecodedBlock {
  const offsets = new Int32Array(keys * fields + 1);
  let ids = new Int32Array(1024);
  let n = 0;
  for (let slot = 0; slot < keys * fields; slot++) {
    const count = reader.uint();
    if (n + count > ids.length) {
      const grown = new Int32Array(Math.max(ids.length * 2, n + count));
      grown.set(ids);
      ids = grown;
    }
    let prev = -1;
    for (let i = 0; i < count; i++) {
      prev += reader.uint() + 1;
      ids[n++] = prev;
    }
    offsets[slot + 1] = n;
  }
  return { ids: ids.slice(0, n), offsets };
}

/** Writes a list of strings (as UTF-16 code units). */
export function writeStrings(writer: ByteWriter, strings: readonly string[]): void {
  writer.uint(strings.length);
  for (const s of strings) {
    writer.uint(s.length);
    for (let i = 0; i < s.length; i++) writer.uint(s.charCodeAt(i));
  }
}

/** Reads a list written by writeStrings. */
export function readStrings(reader: ByteReader): string[] {
  const out: string[] = [];
  const n = reader.uint();
  for (let i = 0; i < n; i++) {
    const len = reader.uint();
    const codes: number[] = [];
    for (let j = 0; j < len; j++) codes.push(reader.uint());
    out.push(String.fromCharCode(...codes));
  }
  return out;
}
