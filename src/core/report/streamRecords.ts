/**
 * Whole records out of a file's text arriving in blocks cut anywhere: mid-line, mid-quote,
 * between the \r and the \n of a line ending. A block is scanned once, as it comes, by the
 * quoting rules of csvScan.ts (a cell is quoted only when `"` is its first character, `""`
 * inside stands for `"`, line breaks inside quotes are text); the blocks are joined only when
 * whole records are taken out, so a file fed 7 characters at a time is not copied per block.
 * The records themselves are then read by the core's own scanner (streamCells.ts).
 */

const QUOTE = 34;
const LF = 10;

/** Delimited records (CSV, TSV): ends found outside quoted cells. */
export class RecordCutter {
  private blocks: string[] = [];
  /** Characters held, the unfinished record included. */
  private held = 0;
  /** Where the last whole record ends, in the held text; 0 while none is whole. */
  private wholeEnd = 0;
  /** Whole records held; after `take`, how many it took. */
  private wholeRecords = 0;
  taken = 0;
  private quoted = false;
  /** Inside quotes, the last character was a `"`: it closes the cell unless another follows. */
  private closing = false;
  /** A cell starts at the next character: only there does a `"` open quotes. */
  private cellStart = true;
  /** The line ending is \r\n and the last character was a \r outside quotes. */
  private afterReturn = false;
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    private readonly newline: string,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Characters of whole records held, ready to be taken. */
  get wholeLength(): number {
    return this.wholeEnd;
  }

  /** Characters held, whole or not: a quote left open holds the rest of the file. */
  get heldLength(): number {
    return this.held;
  }

  push(block: string): void {
    if (block === '') return;
    const base = this.held;
    this.blocks.push(block);
    this.held += block.length;
    const n = block.length;
    const breakChar = this.newline === '\n' ? '\n' : '\r';
    // The next `"` at or after the last search; -1: none in the rest of the block.
    let quote = -2;
    const quoteFrom = (from: number): number => {
      if (quote !== -1 && quote < from) quote = block.indexOf('"', from);
      return quote;
    };
    let i = 0;
    while (i < n) {
      if (this.quoted) {
        if (!this.closing) {
          const close = quoteFrom(i);
          if (close < 0) return;
          i = close + 1;
          this.closing = true;
          continue;
        }
        this.closing = false;
        // `""` stands for a quote: the cell goes on.
        if (block.charCodeAt(i) === QUOTE) {
          i++;
          continue;
        }
        this.quoted = false;
      }
      if (this.afterReturn) {
        this.afterReturn = false;
        if (block.charCodeAt(i) === LF) {
          this.recordEnds(base + i + 1);
          i++;
          continue;
        }
      }
      if (this.cellStart && block.charCodeAt(i) === QUOTE) {
        this.quoted = true;
        this.cellStart = false;
        i++;
        continue;
      }
      // Unquoted text runs to the line break, unless a `"` opens a cell (after a delimiter) first.
      const lineBreak = block.indexOf(breakChar, i);
      const stop = lineBreak < 0 ? n : lineBreak;
      let opening = quoteFrom(i + 1);
      while (opening >= 0 && opening < stop && block.charCodeAt(opening - 1) !== this.delimiter)
        opening = quoteFrom(opening + 1);
      if (opening >= 0 && opening < stop) {
        this.quoted = true;
        this.cellStart = false;
        i = opening + 1;
        continue;
      }
      if (lineBreak < 0) {
        this.cellStart = block.charCodeAt(n - 1) === this.delimiter;
        return;
      }
      i = this.lineBreakAt(block, lineBreak, base);
    }
  }

  /** Past the line break character at `at`: a record ends there, or (a lone \r in \r\n text) it is cell text. */
  private lineBreakAt(block: string, at: number, base: number): number {
    if (this.newline !== '\r\n') {
      this.recordEnds(base + at + 1);
      return at + 1;
    }
    this.cellStart = false;
    if (at + 1 === block.length) {
      this.afterReturn = true;
      return at + 1;
    }
    if (block.charCodeAt(at + 1) !== LF) return at + 1;
    this.recordEnds(base + at + 2);
    return at + 2;
  }

  /**
   * The whole records held, taken out behind `prefix` (the header line a scanner reads them
   * behind) in one flat string: `prefix + records` would be copied again where it is read.
   */
  take(prefix = ''): string {
    if (this.wholeEnd === 0) return '';
    const text = [prefix, ...this.blocks].join('');
    const end = prefix.length + this.wholeEnd;
    const rest = text.slice(end);
    this.blocks = rest === '' ? [] : [rest];
    this.held = rest.length;
    this.wholeEnd = 0;
    this.taken = this.wholeRecords;
    this.wholeRecords = 0;
    return end === text.length ? text : text.slice(0, end);
  }

  /** Everything held behind `prefix`, at the end of the file: the last record may have no line ending. */
  rest(prefix = ''): string {
    const text = [prefix, ...this.blocks].join('');
    this.blocks = [];
    this.held = 0;
    this.wholeEnd = 0;
    this.wholeRecords = 0;
    return text === prefix ? '' : text;
  }

  private recordEnds(at: number): void {
    this.wholeEnd = at;
    this.wholeRecords++;
    this.cellStart = true;
  }
}

/** JSON Lines: a record is a line, and JSON text holds no raw line break inside a string. */
export class LineCutter {
  private blocks: string[] = [];
  private held = 0;
  private wholeEnd = 0;

  get wholeLength(): number {
    return this.wholeEnd;
  }

  get heldLength(): number {
    return this.held;
  }

  push(block: string): void {
    if (block === '') return;
    const last = block.lastIndexOf('\n');
    if (last >= 0) this.wholeEnd = this.held + last + 1;
    this.blocks.push(block);
    this.held += block.length;
  }

  take(): string {
    if (this.wholeEnd === 0) return '';
    const text = this.blocks.join('');
    const lines = text.slice(0, this.wholeEnd);
    const rest = text.slice(this.wholeEnd);
    this.blocks = rest === '' ? [] : [rest];
    this.held = rest.length;
    this.wholeEnd = 0;
    return lines;
  }

  rest(): string {
    const text = this.blocks.join('');
    this.blocks = [];
    this.held = 0;
    this.wholeEnd = 0;
    return text;
  }
}
