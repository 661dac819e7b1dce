/**
 * CSV and TSV read record by record straight into columns, exactly as papaparse reads them as
 * csv.ts would call it (`Papa.parse(body, { delimiter, skipEmptyLines: 'greedy' })`), without
 * an array per row:
 *
 *  - the line ending is papaparse's guess (guessNewline); any other \r or \n is cell text;
 *  - a cell is quoted only when a `"` is its very first character; it ends at the next `"`
 *    not doubled, which may be followed by whitespace before the delimiter or line ending
 *    (dropped); `""` inside stands for `"`; delimiters and line breaks inside are text;
 *  - a `"` anywhere else is text (`5" screen`);
 *  - a record whose cells are all blank is skipped; the first one left is the header.
 *
 * Quotes papaparse calls malformed (unterminated, or text after the closing quote) are not read
 * here: scanDelimited returns undefined and csv.ts asks papaparse, for its error message.
 * A cell holding a plain number is read where it lies (plainNumber.ts); any other goes to its
 * column as text. A seeded differential test (csvScan.fuzz.test.ts) holds this to papaparse.
 */
import * as l10n from '@vscode/l10n';
import type { Failure } from '../errors';
import { ColumnCells } from './table';
import type { CellProblem } from './selectionTypes';
import { PlainNumber } from './plainNumber';

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** papaparse guesses the line ending from this much of the text. */
const NEWLINE_SAMPLE = 1024 * 1024;

/** What reading the records gives: columns, or why there is no table. */
export type Scanned =
  | { cells: ColumnCells[]; rowCount: number; firstRowLength: number; shapeProblems: CellProblem[] }
  | { failure?: Failure };

/** The rows under the header in columns; undefined when papaparse would report malformed quotes. */
export function scanDelimited(
  body: string,
  delimiter: string,
  columns: readonly string[],
  locale: string,
): Scanned | undefined {
  const width = columns.length;
  const options = { locale };
  const capacity = Math.max(16, Math.ceil(body.length / (8 * width + 8)));
  const cells = columns.map(() => new ColumnCells(capacity, options));
  const records = new Records(body, delimiter, guessNewline(body));
  if (!records.skipHeader()) return undefined;
  const shapeProblems: CellProblem[] = [];
  let firstRowLength = 0;
  let row = 0;
  while (records.more()) {
    const count = records.read(cells, row);
    if (count < 0) return undefined;
    if (!records.filled) continue;
    if (row === 0) firstRowLength = count;
    if (count !== width) shapeProblems.push(shapeProblem(row, count, columns, records.beyond.join(', ')));
    row++;
  }
  return { cells, rowCount: row, firstRowLength, shapeProblems };
}

/** A cursor over the records of a delimited text, reading each into columns. */
class Records {
  /** Where the next record starts; past the end of the text when there is none. */
  private at = 0;
  /** Whether the last record read had a cell that is not blank: blank records are skipped. */
  filled = false;
  /** The last record's cells past the columns it was read into, as the row-shape message quotes them. */
  readonly beyond: string[] = [];
  private readonly delim: number;
  private readonly plain = new PlainNumber();

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
    private readonly newline: string,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  more(): boolean {
    return this.at <= this.text.length;
  }

  /** Reads up to the first record with a cell that is not blank; false on malformed quotes. */
  skipHeader(): boolean {
    while (this.more()) {
      if (this.read([], -1) < 0) return false;
      if (this.filled) return true;
    }
    return true;
  }

  /** Reads the next record into row `row` of `cells`; returns its cell count, -1 on malformed quotes. */
  read(cells: readonly ColumnCells[], row: number): number {
    const { text, delimiter } = this;
    let start = this.at;
    let lineEnd = this.lineEnd(start);
    this.filled = false;
    this.beyond.length = 0;
    for (let count = 1; ; count++) {
      const column = cells[count - 1];
      let end: number;
      if (text.charCodeAt(start) === QUOTE) {
        end = this.quoted(start, column, row);
        if (end < 0) return -1;
        // A closing quote is followed by a delimiter, the line ending or the end of the text.
        if (text.charCodeAt(end) !== this.delim) return this.next(end, count);
        if (end > lineEnd) lineEnd = this.lineEnd(end);
      } else {
        end = text.indexOf(delimiter, start);
        if (end < 0 || end > lineEnd) end = lineEnd;
        this.cell(start, end, column, row);
        if (end === lineEnd) return this.next(end, count);
      }
      start = end + 1;
    }
  }

  /** The record ends at `end` with `count` cells: the next one starts after the line ending. */
  private next(end: number, count: number): number {
    this.at = end + this.newline.length;
    return count;
  }

  /**
   * The quoted cell opening at `open`, read into the column. Returns where it ends (the
   * delimiter or line ending after the closing quote, or the end of the text), or -1 where
   * papaparse would report the quotes: no closing quote, or text between it and the delimiter.
   */
  private quoted(open: number, column: ColumnCells | undefined, row: number): number {
    const text = this.text;
    let close = open;
    let doubled = false;
    let end: number;
    for (;;) {
      close = text.indexOf('"', close + 1);
      if (close < 0) return -1;
      // papaparse takes a quote that is the text's last character as closing before anything else.
      if (close === text.length - 1) {
        end = text.length;
        break;
      }
      if (text.charCodeAt(close + 1) === QUOTE) {
        doubled = true;
        close++;
        continue;
      }
      end = this.afterQuote(close + 1);
      if (end < 0) return -1;
      break;
    }
    if (doubled) this.escaped(text.slice(open + 1, close).replaceAll('""', '"'), column, row);
    else this.cell(open + 1, close, column, row);
    return end;
  }

  /** The delimiter or line ending at or after `from` with only whitespace before it (papaparse drops it), or -1. */
  private afterQuote(from: number): number {
    const text = this.text;
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === this.delim || this.newlineAt(i, code)) return i;
      if (!isSpace(text, i, code)) return -1;
    }
    return -1;
  }

  /** One cell, text[s, e) as it stands: a plain number (`-?\d+(\.\d+)?`) read in place, anything else as text. */
  private cell(s: number, e: number, column: ColumnCells | undefined, row: number): void {
    const text = this.text;
    if (column === undefined) this.beyond.push(text.slice(s, e));
    while (s < e && isSpace(text, s, text.charCodeAt(s))) s++;
    while (e > s && isSpace(text, e - 1, text.charCodeAt(e - 1))) e--;
    if (s === e) return;
    this.filled = true;
    if (column === undefined) return;
    const plain = this.plain;
    // `+ 0` turns -0 into 0, as readNumber does.
    if (plain.scanWhole(text, s, e)) column.number(row, plain.value + 0, plain.fraction > 0 ? '.' : undefined);
    else column.text(row, text.slice(s, e));
  }

  /** A quoted cell with `""` in it: its text holds a quote, so it is never blank nor a number. */
  private escaped(value: string, column: ColumnCells | undefined, row: number): void {
    this.filled = true;
    if (column === undefined) this.beyond.push(value);
    else column.text(row, value);
  }

  private lineEnd(from: number): number {
    const end = this.text.indexOf(this.newline, from);
    return end < 0 ? this.text.length : end;
  }

  private newlineAt(i: number, code: number): boolean {
    const newline = this.newline;
    if (code !== newline.charCodeAt(0)) return false;
    return newline.length === 1 || this.text.charCodeAt(i + 1) === LF;
  }
}

/** What String.prototype.trim removes, as papaparse's blank tests use it. */
function isSpace(text: string, i: number, code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  // Beyond ASCII, what trim() removes is what \s matches (no-break spaces, U+FEFF, U+2028…).
  return code >= 128 && /\s/.test(text[i]!);
}

/**
 * papaparse's guess of the line ending, from the first 1 MB with what lies between pairs of
 * quotes left out: \n if there is no \r or a \n comes first; else \r\n if at least half the
 * pieces between \r's start with \n; else \r.
 */
export function guessNewline(text: string): string {
  const limit = Math.min(text.length, NEWLINE_SAMPLE);
  let returns = 0;
  let followed = 0;
  /** Whether the last character kept was a \r. */
  let afterReturn = false;
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const close = text.indexOf('"', i + 1);
      // A pair of quotes and what it holds are left out; a quote without a partner stays.
      if (close >= 0 && close < limit) {
        i = close;
        continue;
      }
    }
    if (code === LF) {
      if (returns === 0) return '\n';
      if (afterReturn) followed++;
    } else if (code === CR) returns++;
    afterReturn = code === CR;
  }
  if (returns === 0) return '\n';
  return followed >= (returns + 1) / 2 ? '\r\n' : '\r';
}

/** A row with more or fewer cells than the header; `raw` is the cells beyond the header. */
export function shapeProblem(r: number, cells: number, columns: readonly string[], raw: string): CellProblem {
  const message =
    cells === 1
      ? l10n.t('Row {0} has 1 cell but the header has {1} columns', r + 1, columns.length)
      : l10n.t('Row {0} has {1} cells but the header has {2} columns', r + 1, cells, columns.length);
  const column = cells < columns.length ? (columns[cells] ?? '') : l10n.t('column {0}', columns.length + 1);
  return { row: r, column, raw, message };
}
