/**
 * Encoding and decoding of postings blocks: for each key (a term or an n-gram), one ascending
 * document-id list per field, gap-coded as varints; or, when that is shorter (the rare-term block:
 * a rare name is often in the title and the body of the same article), one list of the documents
 * having the key in any field, each gap carrying the document's field bits. A block starts with
 * its layout. Pure; never allocates per posting when decoding.
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

/** Layouts of a block: per-field lists, or one list of (gap, field bits). */
const PER_FIELD = 0;
const FIELD_BITS = 1;
/** Field bits ride in the gap's varint only for this many fields or fewer. */
const MAX_BIT_FIELDS = 8;

/** Writes one key's documents as one list, each gap shifted left by the field count and or-ed with its field bits. */
function writeWithFieldBits(writer: ByteWriter, lists: readonly (readonly number[])[]): void {
  const bits = new Map<number, number>();
  lists.forEach((list, f) => {
    for (const doc of list) bits.set(doc, (bits.get(doc) ?? 0) | (1 << f));
  });
  const docs = [...bits.keys()].sort((a, b) => a - b);
  writer.uint(docs.length);
  let prev = -1;
  for (const doc of docs) {
    writer.uint((doc - prev - 1) * (1 << lists.length) + (bits.get(doc) ?? 0));
    prev = doc;
  }
}

/** Writes a block of keys (each key's per-field lists, in key order) in its shorter layout. */
export function writeBlock(writer: ByteWriter, keys: readonly (readonly (readonly number[])[])[]): void {
  const perField = new ByteWriter();
  perField.uint(PER_FIELD);
  for (const lists of keys) writeLists(perField, lists);
  const fields = keys[0]?.length ?? 0;
  let best = perField;
  if (fields <= MAX_BIT_FIELDS) {
    const withBits = new ByteWriter();
    withBits.uint(FIELD_BITS);
    for (const lists of keys) writeWithFieldBits(withBits, lists);
    if (withBits.length < perField.length) best = withBits;
  }
  writer.append(best.bytes());
}

/** Decodes a block written by writeBlock: `keys` keys of `fields` fields each. */
export function readBlock(reader: ByteReader, keys: number, fields: number): DecodedBlock {
  const layout = reader.uint();
  if (layout === PER_FIELD) return readLists(reader, keys, fields);
  const offsets = new Int32Array(keys * fields + 1);
  let ids = new Int32Array(1024);
  let n = 0;
  const scale = 1 << fields;
  let docs = new Int32Array(64);
  let masks = new Int32Array(64);
  for (let key = 0; key < keys; key++) {
    const count = reader.uint();
    if (count > docs.length) {
      docs = new Int32Array(count);
      masks = new Int32Array(count);
    }
    if (n + count * fields > ids.length) {
      const grown = new Int32Array(Math.max(ids.length * 2, n + count * fields));
      grown.set(ids);
      ids = grown;
    }
    let prev = -1;
    for (let i = 0; i < count; i++) {
      const v = reader.uint();
      const mask = v % scale;
      prev += (v - mask) / scale + 1;
      docs[i] = prev;
      masks[i] = mask;
    }
    for (let f = 0; f < fields; f++) {
      const bit = 1 << f;
      for (let i = 0; i < count; i++) if (((masks[i] ?? 0) & bit) !== 0) ids[n++] = docs[i] ?? 0;
      offsets[key * fields + f + 1] = n;
    }
  }
  return { ids: ids.slice(0, n), offsets };
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
