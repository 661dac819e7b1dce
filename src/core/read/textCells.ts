/**
 * The text cells of one column, by row. A column of dates, campaign names or channels repeats a
 * few texts down a million rows: each distinct text is kept once, in `distinct`, and each row
 * holds the index of its text. That costs 4 bytes a row instead of a map entry, and gives the
 * values a breakdown groups by without a pass over the rows.
 *
 * It reads as a `ReadonlyMap` from row to text, iterated in row order, which is what the
 * consumers of a table's texts (columns/, results/) expect.
 */
export class TextCells implements ReadonlyMap<number, string> {
  /** The distinct texts in the order they were first set. */
  readonly distinct: string[] = [];
  private readonly indexOf = new Map<string, number>();
  /** Per row, 1 + the index of its text in `distinct`; 0 where the row has none. */
  private codes: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.codes = new Int32Array(Math.max(capacity, 16));
  }

  /** The index in `distinct` of a text already set in some row, or -1. */
  find(text: string): number {
    return this.indexOf.get(text) ?? -1;
  }

  /** Sets row r's text; returns its index in `distinct`. */
  set(r: number, text: string): number {
    let index = this.indexOf.get(text);
    if (index === undefined) {
      index = this.distinct.push(text) - 1;
      this.indexOf.set(text, index);
    }
    this.setIndex(r, index);
    return index;
  }

  /** Sets row r to the text at `index` in `distinct`, found before with `find`. */
  setIndex(r: number, index: number): void {
    if (r >= this.codes.length) this.grow(r + 1);
    if (this.codes[r] === 0) this.count++;
    this.codes[r] = index + 1;
  }

  /** The index in `distinct` of row r's text, or -1 where it has none. */
  indexAt(r: number): number {
    return (this.codes[r] ?? 0) - 1;
  }

  get(r: number): string | undefined {
    const code = this.codes[r] ?? 0;
    return code === 0 ? undefined : this.distinct[code - 1];
  }

  has(r: number): boolean {
    return (this.codes[r] ?? 0) !== 0;
  }

  get size(): number {
    return this.count;
  }

  *entries(): IterableIterator<[number, string]> {
    const { codes, distinct } = this;
    for (let r = 0; r < codes.length; r++) if (codes[r] !== 0) yield [r, distinct[codes[r]! - 1]!];
  }

  *keys(): IterableIterator<number> {
    for (const [r] of this.entries()) yield r;
  }

  *values(): IterableIterator<string> {
    for (const [, text] of this.entries()) yield text;
  }

  [Symbol.iterator](): IterableIterator<[number, string]> {
    return this.entries();
  }

  forEach(callback: (text: string, r: number, map: ReadonlyMap<number, string>) => void): void {
    for (const [r, text] of this.entries()) callback(text, r, this);
  }

  private grow(capacity: number): void {
    const grown = new Int32Array(Math.max(capacity, this.codes.length * 2));
    grown.set(this.codes);
    this.codes = grown;
  }
}
