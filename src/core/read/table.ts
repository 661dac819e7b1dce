/**
 * Turns raw table cells (from CSV, TSV or JSON rows) into Cells and CellProblems.
 *
 * - Text cells are read with readNumber; those that are not numbers stay as text.
 * - A column is numeric when its numbers outnumber its text cells. Text in a numeric column
 *   ("#DIV/0!" among costs) is a problem; text in a text column (campaign names) is not.
 * - Ambiguous numbers are settled by the column's own evidence, then the whole table's, then
 *   the caller's hint (';'-separated exports use ',' decimals), then the locale (evidence.ts).
 */
import { readNumber } from './number';
import type { NumberReading } from './number';
import type { DecimalSeparator } from './locale';
import { settleGroup, verdictOf } from './evidence';
import type { Tally, Verdict } from './evidence';
import { quote } from './text';
import type { Cell, CellProblem } from './selectionTypes';

/** A value that can never be a number (a JSON boolean or object), with the reason. */
export interface InvalidCell {
  readonly raw: string;
  readonly message: string;
}

/** A string is read with readNumber; a number (from JSON) is used as is. */
export type RawCell = string | number | null | InvalidCell | undefined;

export interface TableContext {
  readonly locale: string;
  /** Decimal separator suggested by the format when the values themselves show none. */
  readonly hint?: DecimalSeparator;
}

/**
 * What the first pass learns about a column. Readings are not kept: a pasted table may hold
 * hundreds of thousands of cells, and holding an object per cell costs more in garbage
 * collection than reading it. The few cells needing a second look are read again.
 */
interface ColumnState {
  numbers: number;
  words: number;
  readonly tally: Tally;
  /** Rows whose number depended on the locale. */
  readonly ambiguous: number[];
  /** Rows whose text is not a number. */
  readonly failed: number[];
}

export function readCells(columns: readonly string[], raw: readonly (readonly RawCell[])[], context: TableContext): { rows: Cell[][]; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const rows: Cell[][] = raw.map(() => new Array<Cell>(columns.length).fill(null));
  const options = { locale: context.locale };
  const states = columns.map((name, c) => readColumn(name, c, raw, rows, options, problems));
  const tableTally = states.reduce<Tally>((sum, state) => ({ point: sum.point + state.tally.point, comma: sum.comma + state.tally.comma }), { point: 0, comma: 0 });
  const tableVerdict = verdictOf(tableTally, context.hint);
  // A table mixing conventions across columns tells a column without evidence nothing.
  const fallback = tableVerdict === 'mixed' ? context.hint : tableVerdict;
  states.forEach((state, c) => {
    const table = { name: columns[c] ?? '', c, raw, rows, locale: context.locale, problems };
    settleColumn(table, state, verdictOf(state.tally, fallback));
  });
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems };
}

/** First pass: read every cell of a column with the locale; count numbers and words. */
function readColumn(name: string, c: number, raw: readonly (readonly RawCell[])[], rows: Cell[][], options: { locale: string }, problems: CellProblem[]): ColumnState {
  const state: ColumnState = { numbers: 0, words: 0, tally: { point: 0, comma: 0 }, ambiguous: [], failed: [] };
  for (let r = 0; r < raw.length; r++) {
    const cell = raw[r]?.[c];
    const row = rows[r];
    if (cell === null || cell === undefined || row === undefined) continue;
    if (typeof cell === 'number') {
      row[c] = cell;
      state.numbers++;
    } else if (typeof cell === 'object') {
      row[c] = cell.raw;
      problems.push(problemAt(r, name, cell.raw, cell.message));
    } else {
      const text = cell.trim();
      if (text === '') continue;
      const reading = readNumber(text, options);
      row[c] = reading.ok ? reading.value : text;
      if (!reading.ok) {
        state.words++;
        state.failed.push(r);
        continue;
      }
      state.numbers++;
      if (reading.ambiguous === true) state.ambiguous.push(r);
      else if (reading.decimal === '.') state.tally.point++;
      else if (reading.decimal === ',') state.tally.comma++;
    }
  }
  return state;
}

interface Table {
  readonly name: string;
  readonly c: number;
  readonly raw: readonly (readonly RawCell[])[];
  readonly rows: Cell[][];
  readonly locale: string;
  readonly problems: CellProblem[];
}

/** Second pass: settle ambiguous numbers and report text in a numeric column. */
function settleColumn(table: Table, state: ColumnState, verdict: Verdict): void {
  const { name, c, rows, locale, problems } = table;
  const texts = state.ambiguous.map((r) => textAt(table, r));
  const readings: NumberReading[] = texts.map((text) => readNumber(text, { locale }));
  settleGroup(texts, readings, verdict, locale, (i, message) => {
    problems.push(problemAt(state.ambiguous[i] ?? 0, name, texts[i] ?? '', message));
  });
  readings.forEach((reading, i) => {
    const row = rows[state.ambiguous[i] ?? -1];
    if (reading.ok && row !== undefined) row[c] = reading.value;
  });
  if (state.numbers <= state.words) return;
  for (const r of state.failed) {
    const text = textAt(table, r);
    const reading = readNumber(text, { locale });
    if (!reading.ok) problems.push(problemAt(r, name, text, reading.error.message));
  }
}

function textAt(table: Table, r: number): string {
  const cell = table.raw[r]?.[table.c];
  return typeof cell === 'string' ? cell.trim() : '';
}

function problemAt(row: number, column: string, raw: string, message: string): CellProblem {
  return { row, column, raw, message: `Row ${row + 1}, column ${quote(column)}: ${message}` };
}
