/** The k best items of a stream under an order, kept in a heap of the worst. Pure; ships to the browser. */
export class TopK<T> {
  private readonly heap: T[] = [];
  private readonly k: number;
  private readonly compare: (a: T, b: T) => number;

  /** `compare(a, b) < 0` when a ranks before b. No parameter properties: Node's type stripping runs this file. */
  constructor(k: number, compare: (a: T, b: T) => number) {
    this.k = k;
    this.compare = compare;
  }

  /** The worst item kept, once k are kept (an item must rank before it to be taken). */
  get worst(): T | undefined {
    return this.heap.length >= this.k ? this.heap[0] : undefined;
  }

  /** Offers an item; it is kept while among the k best. True when it was taken (a rejected item can be reused). */
  offer(item: T): boolean {
    if (this.k <= 0) return false;
    const h = this.heap;
    // The root is the worst kept item.
    const worse = (a: T, b: T): boolean => this.compare(a, b) > 0;
    if (h.length < this.k) {
      h.push(item);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(h[i] as T, h[parent] as T)) break;
        [h[i], h[parent]] = [h[parent] as T, h[i] as T];
        i = parent;
      }
      return true;
    }
    if (!worse(h[0] as T, item)) return false;
    h[0] = item;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const r = l + 1;
      const c = r < h.length && worse(h[r] as T, h[l] as T) ? r : l;
      if (!worse(h[c] as T, h[i] as T)) break;
      [h[i], h[c]] = [h[c] as T, h[i] as T];
      i = c;
    }
    return true;
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort(this.compare);
  }
}
