/**
 * Finds which of a fixed set of literals occur in a text, in one pass (Aho–Corasick): the
 * classifier's prefilter (prefilter.ts) then runs only the patterns whose literals occur.
 */

/** An Aho–Corasick automaton over a fixed set of literals; reports which literals occur in a text. */
export class LiteralSet {
  /** Transitions for ASCII code units, a full table (state × 128). */
  private readonly ascii: Int32Array;
  /** Trie edges for the other code units (followed with fail links). */
  private readonly goto: Map<number, number>[] = [new Map<number, number>()];
  private readonly fail: Int32Array;
  /** Literal ids ending at each state (including through fail links). */
  private readonly out: number[][] = [[]];
  /** 1 for the states where a literal ends (`out` not empty): the scan's cheap test. */
  private readonly ends: Uint8Array;
  /** Number of literals (ids are 0 … size − 1, in the order given). */
  readonly size: number;

  constructor(literals: readonly string[]) {
    this.size = literals.length;
    literals.forEach((lit, id) => {
      let s = 0;
      for (let i = 0; i < lit.length; i++) {
        const c = lit.charCodeAt(i);
        let next = this.goto[s]?.get(c);
        if (next === undefined) {
          next = this.goto.length;
          this.goto.push(new Map());
          this.out.push([]);
          this.goto[s]?.set(c, next);
        }
        s = next;
      }
      this.out[s]?.push(id);
    });
    const states = this.goto.length;
    this.fail = new Int32Array(states);
    this.ascii = new Int32Array(states * 128);
    // Breadth first, so a state's fail target is complete before the state itself.
    const order = [0];
    for (let head = 0; head < order.length; head++) {
      const s = order[head] ?? 0;
      for (let c = 0; c < 128; c++) {
        const child = this.goto[s]?.get(c);
        this.ascii[s * 128 + c] = child ?? (s === 0 ? 0 : (this.ascii[(this.fail[s] ?? 0) * 128 + c] ?? 0));
      }
      for (const [c, t] of this.goto[s] ?? []) {
        order.push(t);
        this.fail[t] = s === 0 ? 0 : this.step(this.fail[s] ?? 0, c);
        this.out[t]?.push(...(this.out[this.fail[t] ?? 0] ?? []));
      }
    }
    this.ends = Uint8Array.from(this.out, (ids) => (ids.length > 0 ? 1 : 0));
  }

  /** The state after reading code unit `c` in state `s`. */
  private step(s: number, c: number): number {
    if (c < 128) return this.ascii[s * 128 + c] ?? 0;
    for (let state = s; ; state = this.fail[state] ?? 0) {
      const next = this.goto[state]?.get(c);
      if (next !== undefined) return next;
      if (state === 0) return 0;
    }
  }

  /** Marks in `found` (indexed by literal id) every literal that occurs in `text`. */
  scan(text: string, found: Uint8Array): void {
    const ascii = this.ascii;
    const ends = this.ends;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = c < 128 ? (ascii[s * 128 + c] ?? 0) : this.step(s, c);
      if (ends[s] === 1) this.mark(s, found);
    }
  }

  private mark(s: number, found: Uint8Array): void {
    for (const id of this.out[s] ?? []) found[id] = 1;
  }
}
