/**
 * CSV and TSV without quotes, read line by line straight into columns, as papaparse would split
 * them (it does the same for text without quotes: lines, then cells), with its choice of line
 * ending and its skipping of blank lines. A cell holding a plain number is read where it lies,
 * without cutting a string out of the text; any other cell goes through readNumber as before.
 */
import type { Failure } from '../errors';
import { ColumnCells } from './table';
import type { CellProblem } from './selectionTypes';

/** What reading the lines gives: columns, or why there is no table. */
export type Scanned =
  | { cells: ColumnCells[]; rowCount: number; firstRowLength: number; shapeProblems: CellProblem[] }
  | { failure?: Failure };


/** Exact powers of ten: an integer below 2^53 divided by one is correctly rounded, as Number() is. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
const MAX_FAST_DIGITS = 15;
/** readNumber's fast path takes no longer text either. */
const FAST_MAX = 300;

export function scanDelimited(body: string, delimiter: string, columns: readonly string[], locale: string): Scanned {
  const newline = guessNewline(body);
  const delim = delimiter.charCodeAt(0);
  const width = columns.length;
  const options = { locale };
  const capacity = Math.max(16, Math.ceil(body.length / (8 * width + 8)));
  const cells = columns.map(() => new ColumnCells(capacity, options));
  const shapeProblems: CellProblem[] = [];
  const n = body.length;
  let firstRowLength = 0;
  let row = 0;
  let header = true;
  for (let start = 0; start <= n;) {
    let end = body.indexOf(newline, start);
    if (end < 0) end = n;
    if (header) header = false;
    else if (!blank(body, start, end, delim)) {
      const count = readLine(body, start, end, delimiter, cells, row);
      if (row === 0) firstRowLength = count;
      if (count !== width) shapeProblems.push(shapeProblem(row, count, columns, beyond(body, start, end, delimiter, width)));
      row++;
    }
    start = end + newline.length;
  }
  return { cells, rowCount: row, firstRowLength, shapeProblems };
}

/** Reads a line's cells into the columns; returns how many cells it has. */
function readLine(text: string, start: number, end: number, delimiter: string, cells: readonly ColumnCells[], row: number): number {
  let count = 0;
  for (let s = start; ; ) {
    let e = text.indexOf(delimiter, s);
    if (e < 0 || e > end) e = end;
    const column = cells[count];
    if (column !== undefined) cell(text, s, e, column, row);
    count++;
    if (e === end) return count;
    s = e + 1;
  }
}

/** One cell: a plain number (`-?\d+(\.\d+)?`) read in place, anything else as text. */
function cell(text: string, s: number, e: number, column: ColumnCells, row: number): void {
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (s === e) return;
  if (e - s <= FAST_MAX && plain(text, s, e, column, row)) return;
  column.text(row, text.slice(s, e));
}

/**
 * readNumber's fast path, without the string: returns false for anything else, including
 * `1.234`, which is ambiguous and needs the locale.
 */
function plain(text: string, s: number, e: number, column: ColumnCells, row: number): boolean {
  let i = s;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  const intStart = i;
  let mantissa = 0;
  let digits = 0;
  for (let code = text.charCodeAt(i); i < e && code >= 48 && code <= 57; code = text.charCodeAt(++i)) {
    mantissa = mantissa * 10 + (code - 48);
    if (mantissa !== 0) digits++;
  }
  const intLength = i - intStart;
  if (intLength === 0) return false;
  let fraction = 0;
  if (i < e) {
    if (text.charCodeAt(i) !== 46) return false;
    const fracStart = ++i;
    for (let code = text.charCodeAt(i); i < e && code >= 48 && code <= 57; code = text.charCodeAt(++i)) {
      mantissa = mantissa * 10 + (code - 48);
      if (mantissa !== 0) digits++;
    }
    fraction = i - fracStart;
    if (fraction === 0 || i !== e) return false;
    if (fraction === 3 && intLength <= 3 && text.charCodeAt(intStart) !== 48) return false;
  }
  let value: number;
  if (digits <= MAX_FAST_DIGITS && fraction < POW10.length) {
    const magnitude = fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
    value = negative ? -magnitude : magnitude;
  } else {
    value = Number(text.slice(s, e));
  }
  // `+ 0` turns -0 into 0, as readNumber does.
  column.number(row, value + 0, fraction > 0 ? '.' : undefined);
  return true;
}

/** What papaparse's skipEmptyLines: 'greedy' skips: a line whose cells are all blank. */
function blank(text: string, start: number, end: number, delim: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === delim || isBlank(code)) continue;
    // Beyond ASCII, what trim() removes is what \s matches.
    if (code < 128 || !/\s/.test(text[i]!)) return false;
  }
  return true;
}

/** The cells past the header's width, as the row-shape message quotes them. */
function beyond(text: string, start: number, end: number, delimiter: string, width: number): string {
  const parts = text.slice(start, end).split(delimiter);
  return parts.slice(width).join(', ');
}

function isBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** papaparse's guess, for text without quotes: the first kind of line ending, by the first 1 MB. */
function guessNewline(text: string): string {
  const sample = text.length > 1024 * 1024 ? text.substring(0, 1024 * 1024) : text;
  const firstReturn = sample.indexOf('\r');
  if (firstReturn < 0) return '\n';
  const firstNewline = sample.indexOf('\n');
  if (firstNewline >= 0 && firstNewline < firstReturn) return '\n';
  let returns = 0;
  let followed = 0;
  for (let i = sample.indexOf('\r'); i >= 0; i = sample.indexOf('\r', i + 1)) {
    returns++;
    if (sample.charCodeAt(i + 1) === 10) followed++;
  }
  return followed >= (returns + 1) / 2 ? '\r\n' : '\r';
}

/** A row with more or fewer cells than the header; `raw` is the cells beyond the header. */
export function shapeProblem(r: number, cells: number, columns: readonly string[], raw: string): CellProblem {
  const message = `has ${cells} cell${cells === 1 ? '' : 's'} but the header has ${columns.length} columns`;
  const column = cells < columns.length ? columns[cells] ?? '' : `column ${columns.length + 1}`;
  return { row: r, column, raw, message: `Row ${r + 1} ${message}` };
}
