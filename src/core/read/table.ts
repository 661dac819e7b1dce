/**
 * Turns raw table cells (from CSV, TSV or JSON rows) into columns of numbers, text cells and
 * CellProblems.
 *
 * - Text cells are read with readNumber; those that are not numbers stay as text.
 * - A column is numeric when its numbers outnumber its text cells. Text in a numeric column
 *   ("#DIV/0!" among costs) is a problem; text in a text column (campaign names) is not.
 * - Ambiguous numbers are settled by the column's own evidence, then the whole table's, then
 *   the caller's hint (';'-separated exports use ',' decimals), then the locale (evidence.ts).
 * - What ad platforms write for "no value" (`--`, `-`, `N/A`, `∞`) is an empty cell in a
 *   numeric column, not a problem; in a text column it stays text.
 *
 * Cells are kept by column: a Float64Array of numbers (NaN where there is none) and, aside, the
 * few cells that need a second look. A pasted table may hold millions of cells, and an object
 * per cell or per row costs more in garbage collection than reading them.
 */
import * as l10n from '@vscode/l10n';
import { numberIn, readNumber } from './number';
import type { NumberReading } from './number';
import type { DecimalSeparator } from './locale';
import { settleGroup, verdictOf } from './evidence';
import type { Tally, Verdict } from './evidence';
import { quote } from './text';
import type { Cell, CellProblem } from './selectionTypes';
import { TextCells } from './textCells';

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

/** Columns as the readers give them: numbers, the text of cells that are not numbers, problems. */
export interface TableColumns {
  /** Per column, the number in each row; NaN where the cell is empty or text. */
  readonly data: Float64Array[];
  /** Per column, the text of the cells that are not numbers, by row; undefined when there is none. */
  readonly texts: (ReadonlyMap<number, string> | undefined)[];
  readonly problems: CellProblem[];
  /** Per column, the currencies its cells name (`€1.200,50`); absent when no cell names one. */
  readonly currencies?: (readonly string[] | undefined)[];
}

/**
 * One column being read. Readers call `number` for cells that are numbers already (JSON numbers,
 * plain CSV numbers with their decimal evidence) and `text` for the rest.
 */
export class ColumnCells {
  data: Float64Array;
  numbers = 0;
  words = 0;
  readonly tally: Tally = { point: 0, comma: 0 };
  /** Rows whose number depended on the locale, and their text. */
  readonly ambiguous: number[] = [];
  readonly ambiguousTexts: string[] = [];
  /** Cells that can never be numbers, in row order. */
  readonly invalid: { row: number; cell: InvalidCell }[] = [];
  /** Rows holding a platform's "no value" mark, and the mark: text only if the column is. */
  readonly unset: number[] = [];
  readonly unsetTexts: string[] = [];
  texts: TextCells | undefined;
  /** By index into `texts.distinct`: whether that text was read and is no number. */
  private readonly isWord: boolean[] = [];
  /** Currencies the cells name, in order of first appearance: results keep the export's currency. */
  readonly currencies: string[] = [];

  /**
   * Rows below this are written; an empty cell is NaN. Rows come in order, so the gaps are
   * filled as they are passed instead of filling every row with NaN up front: a column with a
   * number in every row is written once.
   */
  private next = 0;

  constructor(
    capacity: number,
    private readonly options: { locale: string },
  ) {
    this.data = new Float64Array(Math.max(capacity, 16));
  }

  number(r: number, value: number, decimal?: DecimalSeparator): void {
    this.put(r, value);
    this.numbers++;
    if (decimal !== undefined) {
      if (decimal === '.') this.tally.point++;
      else this.tally.comma++;
    }
  }

  /**
   * Untrimmed text; empty text is an empty cell. Returns the label's index in `texts.distinct`
   * when the text is no number, for a reader that recognises the same text again (`label`);
   * else -1.
   */
  text(r: number, raw: string): number {
    const text = raw.trim();
    if (text === '') return -1;
    // A label seen before is no number this time either: read each distinct label once.
    const known = this.texts?.find(text) ?? -1;
    if (known >= 0 && this.isWord[known] === true) return this.label(r, known);
    if (isNoValue(text)) {
      this.unset.push(r);
      this.unsetTexts.push(text);
      return -1;
    }
    const reading = numberIn(text, this.options);
    if (reading === undefined) {
      const index = this.setText(r, text);
      this.isWord[index] = true;
      return this.label(r, index);
    }
    this.put(r, reading.value);
    this.numbers++;
    if (reading.currency !== undefined && !this.currencies.includes(reading.currency))
      this.currencies.push(reading.currency);
    if (reading.ambiguous === true) {
      this.ambiguous.push(r);
      this.ambiguousTexts.push(text);
    } else if (reading.decimal === '.') this.tally.point++;
    else if (reading.decimal === ',') this.tally.comma++;
    return -1;
  }

  invalidCell(r: number, cell: InvalidCell): void {
    this.invalid.push({ row: r, cell });
    this.setText(r, cell.raw);
  }

  raw(r: number, cell: RawCell): void {
    if (cell === null || cell === undefined) return;
    if (typeof cell === 'number') this.number(r, cell);
    else if (typeof cell === 'object') this.invalidCell(r, cell);
    else this.text(r, cell);
  }

  /** A text column keeps its "--" and "N/A" as written: there they are labels, not numbers. */
  keepUnsetAsText(): void {
    if (this.words === 0 || this.numbers > this.words) return;
    this.unset.forEach((r, i) => this.setText(r, this.unsetTexts[i] ?? ''));
  }

  /** Row r holds the label at `index` in `texts.distinct`, which `text` found to be no number; returns `index`. */
  label(r: number, index: number): number {
    this.texts!.setIndex(r, index);
    this.words++;
    return index;
  }

  /**
   * The rows holding a label, in order. Found again from `texts` rather than recorded as they
   * are read: only a numeric column needs them (to report its text), and a text column has
   * one in every row. A cell that can never be a number may share a label's text; it is left out.
   */
  labelRows(): number[] {
    const texts = this.texts;
    if (texts === undefined) return [];
    const invalid = new Set(this.invalid.map(({ row }) => row));
    const rows: number[] = [];
    for (const [r] of texts) if (this.isWord[texts.indexAt(r)] === true && !invalid.has(r)) rows.push(r);
    return rows;
  }

  private setText(r: number, text: string): number {
    return (this.texts ??= new TextCells(this.data.length)).set(r, text);
  }

  /** Makes room for `capacity` rows at once, when the reader can tell how many are coming. */
  reserve(capacity: number): void {
    if (capacity > this.data.length) this.resize(capacity);
  }

  /** The column of `rowCount` rows, NaN in the rows never written. */
  finish(rowCount: number): Float64Array {
    if (rowCount > this.data.length) this.resize(rowCount);
    this.data.fill(NaN, this.next, rowCount);
    this.next = Math.max(this.next, rowCount);
    return this.data;
  }

  private put(r: number, value: number): void {
    if (r >= this.data.length) this.resize(Math.max(r + 1, this.data.length * 2));
    const data = this.data;
    if (r >= this.next) {
      for (let k = this.next; k < r; k++) data[k] = NaN;
      this.next = r + 1;
    }
    data[r] = value;
  }

  private resize(capacity: number): void {
    const grown = new Float64Array(capacity);
    grown.set(this.data.subarray(0, this.next));
    this.data = grown;
  }
}

/** Settles every column (see the file comment) and trims the arrays to `rowCount`. */
export function finishColumns(
  names: readonly string[],
  cells: readonly ColumnCells[],
  rowCount: number,
  context: TableContext,
): TableColumns {
  const problems: CellProblem[] = [];
  cells.forEach((column, c) => {
    for (const { row, cell } of column.invalid) problems.push(problemAt(row, names[c] ?? '', cell.raw, cell.message));
  });
  const verdicts = columnVerdicts(cells, context.hint);
  cells.forEach((column, c) => {
    column.keepUnsetAsText();
    settleColumn(names[c] ?? '', column, verdicts[c], context.locale, problems);
  });
  problems.sort((a, b) => a.row - b.row);
  const data = cells.map((column) => trimmed(column.finish(rowCount), rowCount));
  const currencies = cells.some((column) => column.currencies.length > 0)
    ? cells.map((column) => (column.currencies.length > 0 ? column.currencies : undefined))
    : undefined;
  return { data, texts: cells.map((column) => column.texts), problems, ...(currencies ? { currencies } : {}) };
}

/**
 * The decimal separator each column's numbers use: its own evidence, else the table's, else the
 * hint. Also reads the export's own totals row as the column's cells are read (exportTotals.ts).
 */
export function columnVerdicts(cells: readonly ColumnCells[], hint: DecimalSeparator | undefined): Verdict[] {
  const tableTally = cells.reduce<Tally>(
    (sum, column) => ({ point: sum.point + column.tally.point, comma: sum.comma + column.tally.comma }),
    { point: 0, comma: 0 },
  );
  const tableVerdict = verdictOf(tableTally, hint);
  // A table mixing conventions across columns tells a column without evidence nothing.
  const fallback = tableVerdict === 'mixed' ? hint : tableVerdict;
  return cells.map((column) => verdictOf(column.tally, fallback));
}

/**
 * Google Ads writes ` --` where a metric has no value, Microsoft Advertising `-` or `N/A`, and
 * a ratio over zero comes out as `∞`: no number, but nothing wrong with the cell either.
 */
export function isNoValue(trimmed: string): boolean {
  if (trimmed.length > 3) return false;
  return trimmed === '--' || trimmed === '-' || trimmed === '∞' || trimmed.toLowerCase() === 'n/a';
}

/** Second pass: settle ambiguous numbers and report text in a numeric column. */
function settleColumn(
  name: string,
  column: ColumnCells,
  verdict: Verdict,
  locale: string,
  problems: CellProblem[],
): void {
  const texts = column.ambiguousTexts;
  const readings: NumberReading[] = texts.map((text) => readNumber(text, { locale }));
  settleGroup(texts, readings, verdict, locale, (i, message) => {
    problems.push(problemAt(column.ambiguous[i] ?? 0, name, texts[i] ?? '', message));
  });
  readings.forEach((reading, i) => {
    const r = column.ambiguous[i];
    if (reading.ok && r !== undefined) column.data[r] = reading.value;
  });
  if (column.numbers <= column.words) return;
  column.labelRows().forEach((r) => {
    const text = column.texts?.get(r) ?? '';
    const reading = readNumber(text, { locale });
    if (!reading.ok) problems.push(problemAt(r, name, text, reading.error.message));
  });
}

/** A column cut to its rows; a view, not a copy, when little room is left over (a copy of 8 MB per million rows). */
function trimmed(data: Float64Array, rowCount: number): Float64Array {
  if (data.length === rowCount) return data;
  return data.length - rowCount <= data.length >> 4 ? data.subarray(0, rowCount) : data.slice(0, rowCount);
}

/** Columns back into rows of Cells, for callers of the row shape. */
export function rowsOf(table: Pick<TableColumns, 'data' | 'texts'>, columnCount: number, rowCount: number): Cell[][] {
  const rows: Cell[][] = new Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    const row = new Array<Cell>(columnCount);
    for (let c = 0; c < columnCount; c++) {
      const text = table.texts[c]?.get(r);
      const value = table.data[c]![r]!;
      row[c] = text ?? (Number.isNaN(value) ? null : value);
    }
    rows[r] = row;
  }
  return rows;
}

function problemAt(row: number, column: string, raw: string, message: string): CellProblem {
  return { row, column, raw, message: l10n.t('Row {0}, column {1}: {2}', row + 1, quote(column), message) };
}
