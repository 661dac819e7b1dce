/**
 * The labels of one column of JSON rows (dates, campaign names, channels: strings that are no
 * number) as they are written in the text, each with its index in the column's texts. A column
 * repeats a few of them down a million rows; one written again is recognised where it stands,
 * without cutting it out of the text, trimming it, decoding its escapes and looking it up.
 */

/** A label as written between its quotes, with the closing quote: found in place, it ends where the string does. */
export interface WrittenLabel {
  readonly written: string;
  readonly index: number;
}

/** Enough for the labels of a real export's text columns; a column of ids stops being remembered there. */
const MAX_LABELS = 4096;

export class Labels {
  /** The label read last: rows sorted by day repeat it row after row. */
  last: WrittenLabel | undefined;
  /** Whether the last label was the one before it too: worth trying first only in a column that repeats. */
  repeats = false;
  /** Open addressing by `sketch`, at most half full. */
  private slots: (WrittenLabel | undefined)[] = new Array<WrittenLabel | undefined>(16);
  private hashes = new Int32Array(16);
  private count = 0;

  /** The index of the label written at `start`, `length` characters long (up to its closing quote), or -1. */
  find(text: string, start: number, length: number): number {
    const hash = sketch(text, start, length);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const label = this.slots[slot];
      if (label === undefined) return -1;
      if (this.hashes[slot] === hash && label.written.length === length + 1 && text.startsWith(label.written, start)) {
        this.repeats = label === this.last;
        this.last = label;
        return label.index;
      }
    }
  }

  /** Remembers `raw` (the text between the quotes, as written) as the label at `index`. */
  add(raw: string, index: number): void {
    const label: WrittenLabel = { written: `${raw}"`, index };
    this.last = label;
    this.repeats = false;
    if (this.count >= MAX_LABELS) return;
    if (2 * (this.count + 1) > this.slots.length) this.grow();
    this.put(label, sketch(raw, 0, raw.length));
    this.count++;
  }

  private put(label: WrittenLabel, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
    this.slots[slot] = label;
    this.hashes[slot] = hash;
  }

  private grow(): void {
    const { slots, hashes } = this;
    this.slots = new Array<WrittenLabel | undefined>(slots.length * 2);
    this.hashes = new Int32Array(slots.length * 2);
    slots.forEach((label, slot) => {
      if (label !== undefined) this.put(label, hashes[slot]!);
    });
  }
}

/**
 * A hash of a written label from its length and three of its characters, taken without reading
 * the rest: every character is compared anyway when a label is recognised.
 */
function sketch(text: string, start: number, length: number): number {
  const ends = (text.charCodeAt(start) * 31 + text.charCodeAt(start + length - 1)) | 0;
  return (Math.imul(ends, 31) + text.charCodeAt(start + (length >> 1)) + Math.imul(length, 0x9e3779b1)) | 0;
}
