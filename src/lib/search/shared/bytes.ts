/**
 * Variable-length integer coding for the postings shards (LEB128, unsigned). Pure; never throws
 * on well-formed input and never reads past the end of the buffer.
 */

/** Appends unsigned varints to a growing byte buffer. */
export class ByteWriter {
  private buf = new Uint8Array(1024);
  private len = 0;

  /** Appends `value` (a non-negative integer below 2^31). */
  uint(value: number): void {
    if (this.len + 5 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buf[this.len++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.len++] = v;
  }

  /** Appends raw bytes. */
  append(bytes: Uint8Array): void {
    if (this.len + bytes.length > this.buf.length) {
      const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + bytes.length));
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }

  /** Bytes written so far. */
  get length(): number {
    return this.len;
  }

  /** A copy of the bytes written. */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** Reads unsigned varints from a byte buffer. */
export class ByteReader {
  private pos = 0;
  private readonly buf: Uint8Array;

  // No parameter property: npm run ingest runs this file with Node's type stripping.
  constructor(buf: Uint8Array) {
    this.buf = buf;
  }

  /** The next varint (0 past the end). */
  uint(): number {
    let result = 0;
    let shift = 0;
    while (this.pos < this.buf.length) {
      const b = this.buf[this.pos++] ?? 0;
      result |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    return result >>> 0;
  }

  /** The next `n` raw bytes (fewer past the end). */
  raw(n: number): Uint8Array {
    const out = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** Whether every byte has been read. */
  get done(): boolean {
    return this.pos >= this.buf.length;
  }
}
