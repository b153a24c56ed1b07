/**
 * Finds which of a fixed set of literals occur in a text, in one pass (Aho–Corasick): the
 * classifier's prefilter (prefilter.ts) then runs only the patterns whose literals occur.
 */

/**
 * An Aho–Corasick automaton over a fixed set of literals, compiled to a full transition table
 * over a compact alphabet: only the code units that occur in some literal have a column (a code
 * unit that occurs in none sends every state back to the root), so the table is small enough to
 * stay in the processor's cache.
 */
export class LiteralSet {
  /** Column of each ASCII code unit (0: in no literal). */
  private readonly asciiClass = new Uint8Array(128);
  /** Column of each other code unit that occurs in a literal. */
  private readonly otherClass = new Map<number, number>();
  /** Number of columns, the first being "in no literal". */
  private readonly classes: number;
  /** The next state, at state × classes + column. */
  private readonly next: Uint16Array | Int32Array;
  /** Literal ids ending at each state (including through fail links). */
  private readonly out: number[][] = [[]];
  /** 1 for the states where a literal ends (`out` not empty): the scan's cheap test. */
  private readonly ends: Uint8Array;
  /** Number of literals (ids are 0 … size − 1, in the order given). */
  readonly size: number;

  constructor(literals: readonly string[]) {
    this.size = literals.length;
    let classes = 1;
    for (const lit of literals) {
      for (let i = 0; i < lit.length; i++) {
        const c = lit.charCodeAt(i);
        if (this.classOf(c) !== 0) continue;
        if (c < 128) this.asciiClass[c] = classes++;
        else this.otherClass.set(c, classes++);
      }
    }
    this.classes = classes;
    // The trie, its edges by column.
    const goto: Map<number, number>[] = [new Map<number, number>()];
    literals.forEach((lit, id) => {
      let s = 0;
      for (let i = 0; i < lit.length; i++) {
        const k = this.classOf(lit.charCodeAt(i));
        let next = goto[s]?.get(k);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          this.out.push([]);
          goto[s]?.set(k, next);
        }
        s = next;
      }
      this.out[s]?.push(id);
    });
    const states = goto.length;
    const fail = new Int32Array(states);
    const next = states <= 0xffff ? new Uint16Array(states * classes) : new Int32Array(states * classes);
    // Breadth first, so a state's fail target is complete before the state itself.
    const order = [0];
    for (let head = 0; head < order.length; head++) {
      const s = order[head] ?? 0;
      const f = fail[s] ?? 0;
      for (let k = 0; k < classes; k++) {
        const child = goto[s]?.get(k);
        next[s * classes + k] = child ?? (s === 0 || k === 0 ? 0 : (next[f * classes + k] ?? 0));
      }
      for (const [k, t] of goto[s] ?? []) {
        order.push(t);
        fail[t] = s === 0 ? 0 : (next[f * classes + k] ?? 0);
        this.out[t]?.push(...(this.out[fail[t] ?? 0] ?? []));
      }
    }
    this.next = next;
    this.ends = Uint8Array.from(this.out, (ids) => (ids.length > 0 ? 1 : 0));
  }

  /** The column of code unit `c` (0 when no literal has it). */
  private classOf(c: number): number {
    return c < 128 ? (this.asciiClass[c] ?? 0) : (this.otherClass.get(c) ?? 0);
  }

  /** Marks in `found` (indexed by literal id) every literal that occurs in `text`. */
  scan(text: string, found: Uint8Array): void {
    const { asciiClass, otherClass, next, ends, classes } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = c < 128 ? (asciiClass[c] ?? 0) : (otherClass.get(c) ?? 0);
      s = next[s * classes + k] ?? 0;
      if (ends[s] === 1) this.mark(s, found);
    }
  }

  private mark(s: number, found: Uint8Array): void {
    for (const id of this.out[s] ?? []) found[id] = 1;
  }
}
