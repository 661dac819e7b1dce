/**
 * CSV and TSV without quotes, read line by line straight into columns, as papaparse would split
 * them (it does the same for text without quotes: lines, then cells), with its choice of line
 * ending and its skipping of blank lines. A cell holding a plain number is read where it lies
 * (plainNumber.ts), without cutting a string out of the text; any other cell goes to its column
 * as text. Kept beside papaparse because it reads such text faster (300,000 export rows: about
 * 0.4× papaparse alone); a seeded differential test holds it to papaparse's reading.
 */
import type { Failure } from '../errors';
import { ColumnCells } from './table';
import type { CellProblem } from './selectionTypes';
import { PlainNumber } from './plainNumber';

/** What reading the lines gives: columns, or why there is no table. */
export type Scanned =
  | { cells: ColumnCells[]; rowCount: number; firstRowLength: number; shapeProblems: CellProblem[] }
  | { failure?: Failure };

export function scanDelimited(body: string, delimiter: string, columns: readonly string[], locale: string): Scanned {
  const newline = guessNewline(body);
  const delim = delimiter.charCodeAt(0);
  const width = columns.length;
  const options = { locale };
  const plain = new PlainNumber();
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
      const count = readLine(body, start, end, delimiter, cells, row, plain);
      if (row === 0) firstRowLength = count;
      if (count !== width) shapeProblems.push(shapeProblem(row, count, columns, beyond(body, start, end, delimiter, width)));
      row++;
    }
    start = end + newline.length;
  }
  return { cells, rowCount: row, firstRowLength, shapeProblems };
}

/** Reads a line's cells into the columns; returns how many cells it has. */
function readLine(text: string, start: number, end: number, delimiter: string, cells: readonly ColumnCells[], row: number, plain: PlainNumber): number {
  let count = 0;
  for (let s = start; ; ) {
    let e = text.indexOf(delimiter, s);
    if (e < 0 || e > end) e = end;
    const column = cells[count];
    if (column !== undefined) cell(text, s, e, column, row, plain);
    count++;
    if (e === end) return count;
    s = e + 1;
  }
}

/** One cell: a plain number (`-?\d+(\.\d+)?`) read in place, anything else as text. */
function cell(text: string, s: number, e: number, column: ColumnCells, row: number, plain: PlainNumber): void {
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (s === e) return;
  // `+ 0` turns -0 into 0, as readNumber does.
  if (plain.scanWhole(text, s, e)) column.number(row, plain.value + 0, plain.fraction > 0 ? '.' : undefined);
  else column.text(row, text.slice(s, e));
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
