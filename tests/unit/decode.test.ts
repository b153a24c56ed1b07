/**
 * decodeSeed's lines: a file with non-ASCII bytes is decoded line by line, which must give the
 * very lines that splitting the whole decoded text gives, and keeps each ASCII line one byte a
 * character in memory, between threads and in the read cache.
 */
import fc from "fast-check";
import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { decodeSeed } from "../../src/lib/seed/decode.ts";

const encode = (text: string) => new TextEncoder().encode(text);

/** The lines as the whole file's text gives them: decoded at once, first BOM dropped, split, cleaned. */
function wholeTextLines(bytes: Uint8Array): { line: number; text: string }[] {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/u, "");
  return text.split(/\r\n|\r|\n/u).map((raw, i) => ({ line: i + 1, text: raw.trimEnd() }));
}

function linesOf(bytes: Uint8Array) {
  const result = decodeSeed(bytes);
  if (!result.ok) throw new Error("not decoded");
  return result.lines;
}

describe("decodeSeed: lines", () => {
  it("gives the lines of the whole text, whatever the breaks, BOMs and characters", () => {
    const piece = fc.constantFrom(
      "a",
      "Title",
      " ",
      "é",
      "’",
      "\u{1F600}",
      "\n",
      "\r",
      "\r\n",
      "\uFEFF",
      "\t",
    );
    fc.assert(
      fc.property(fc.boolean(), fc.array(piece, { maxLength: 30 }), (bom, pieces) => {
        const bytes = encode(`${bom ? "\uFEFF" : ""}${pieces.join("")}`);
        expect(linesOf(bytes)).toEqual(wholeTextLines(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps a U+FEFF that starts a later line, and drops only the file's first BOM or two", () => {
    expect(linesOf(encode("\uFEFF\uFEFFé\n\uFEFFb")).map((l) => l.text)).toEqual(["é", "\uFEFFb"]);
    expect(linesOf(encode("é\r\n\r\nb\r")).map((l) => l.text)).toEqual(["é", "", "b", ""]);
  });

  it("stores an ASCII line of a file with curly quotes elsewhere one byte a character", () => {
    const line = "Customs officers seized 3 t of ivory in the port of Mombasa.";
    const [, second] = linesOf(encode(`The WCO’s workshop\n${line}\n`));
    expect(second?.text).toBe(line);
    // A two-byte string would serialize to about twice its length.
    expect(serialize(second?.text).length).toBeLessThan(line.length + 8);
  });
});
