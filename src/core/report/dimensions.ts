/**
 * Which columns a report groups by, and each row's value in them: a dimension's text as
 * written, or the period its date falls in.
 */
import * as l10n from '@vscode/l10n';
import type { ColumnReading, ColumnsInput } from '../columns/readColumns';
import { readDates } from '../dates/readDates';
import { periodKeys, periodLabel, type Period, type PeriodOptions } from '../dates/periods';
import { fail, type Failure } from '../errors';
import { normalizeKey } from '../names';
import { TextCells } from '../read/textCells';
import type { KeyValue, ReportDimension, ReportSpec } from './types';

/** A dimension with each row's value as an index into `values` (-1 where the cell is empty). */
export interface DimensionColumn extends ReportDimension {
  readonly ids: Int32Array;
  /** Distinct values, in order of first appearance (periods in time order). */
  readonly values: readonly KeyValue[];
  /** For a period: each value's first day, parallel to `values`. */
  readonly starts?: readonly number[];
}

/** The column a word of `groupBy` names: its header, else the one column read as that kind of dimension. */
export function findColumn(word: string, columns: readonly ColumnReading[]): ColumnReading | Failure {
  const wanted = normalizeKey(word);
  const byName = columns.find((c) => normalizeKey(c.name) === wanted);
  if (byName) return byName;
  const byKind = columns.filter(
    (c) => c.role === 'dimension' && c.dimension !== undefined && normalizeKey(c.dimension) === wanted,
  );
  if (byKind.length === 1) return byKind[0]!;
  const dimensions = columns.filter((c) => c.role === 'dimension').map((c) => c.name);
  if (byKind.length > 1)
    return fail(
      'invalidSelection',
      l10n.t('"{0}" could be any of the columns {1}: name one of them', word, byKind.map((c) => c.name).join(', ')),
      { input: word },
    );
  return fail(
    'invalidSelection',
    dimensions.length > 0
      ? l10n.t('No column is "{0}": the table\'s dimensions are {1}', word, dimensions.join(', '))
      : l10n.t('No column is "{0}": the table has no dimensions', word),
    { input: word, hint: l10n.t('group by a column name as written in the header') },
  );
}

/** A text dimension: each distinct cell text once. */
export function textDimension(name: string, column: ColumnReading, source: ColumnsInput): DimensionColumn {
  const texts = source.texts?.[column.column];
  // The readers intern a column's texts already (TextCells): their indices are the values' ids.
  if (texts instanceof TextCells && !hasNumbers(source.data[column.column]))
    return internedDimension(name, column.name, texts, source.rowCount);
  const ids = new Int32Array(source.rowCount).fill(-1);
  const index = new Map<string, number>();
  const values: string[] = [];
  const numbers = source.data[column.column];
  for (let r = 0; r < source.rowCount; r++) {
    const text = texts?.get(r) ?? numberText(numbers?.[r]);
    if (text === undefined || text === '') continue;
    let id = index.get(text);
    if (id === undefined) {
      id = values.length;
      index.set(text, id);
      values.push(text);
    }
    ids[r] = id;
  }
  return { name, column: column.name, kind: 'dimension', ids, values };
}

function internedDimension(name: string, column: string, texts: TextCells, rowCount: number): DimensionColumn {
  const ids = new Int32Array(rowCount);
  for (let r = 0; r < rowCount; r++) ids[r] = texts.indexAt(r);
  return { name, column, kind: 'dimension', ids, values: texts.distinct };
}

function hasNumbers(column: Float64Array | undefined): boolean {
  if (!column) return false;
  for (let r = 0; r < column.length; r++) if (!Number.isNaN(column[r]!)) return true;
  return false;
}

/** A number in a dimension column (an ID, a year) as its text: 2026, not 2,026. */
function numberText(value: number | undefined): string | undefined {
  return value === undefined || Number.isNaN(value) ? undefined : String(value);
}

/** The date column bucketed into periods, in time order; rows whose date cannot be read are -1. */
export function periodDimension(
  period: Period,
  column: ColumnReading,
  source: ColumnsInput,
  locale: string | undefined,
  options: PeriodOptions,
): { dimension: DimensionColumn; pattern: string; problems: readonly { row: number; message: string }[] } | Failure {
  const { cells, rowOf } = dateCells(column, source);
  const reading = readDates(cells, {
    header: column.name,
    numbersAreDates: column.dimension === 'date',
    ...(locale !== undefined ? { locale } : {}),
  });
  if (!reading.ok)
    return fail(reading.error.code, reading.error.message, {
      input: column.name,
      ...(reading.error.hint !== undefined ? { hint: reading.error.hint } : {}),
    });
  const problems = rowOf
    ? reading.problems.flatMap((p) => rowsWith(p.row, rowOf, source.rowCount).map((row) => ({ ...p, row })))
    : reading.problems;
  // Periods of the cells read (the distinct texts, when interned), then each row's.
  const keys = periodKeys(reading.days, period, options);
  const starts = [...new Set(Array.from(keys).filter((k) => !Number.isNaN(k)))].sort((a, b) => a - b);
  const index = new Map(starts.map((start, i) => [start, i]));
  const cellIds = Int32Array.from(keys, (key) => index.get(key) ?? -1);
  const ids = rowOf ? idsByRow(cellIds, rowOf, source.rowCount) : cellIds;
  const values = starts.map((start) => periodLabel(start, period, options));
  return {
    dimension: { name: period, column: column.name, kind: 'period', ids, values, starts },
    pattern: reading.pattern,
    problems,
  };
}

/**
 * A date column's cells for readDates: its distinct texts only when the reader interned them
 * (365 dates for a million rows), with `rowOf(r)` giving row r's cell; else one cell per row.
 */
function dateCells(
  column: ColumnReading,
  source: ColumnsInput,
): { cells: ArrayLike<string | number | null>; rowOf?: (r: number) => number } {
  const texts = source.texts?.[column.column];
  const numbers = source.data[column.column];
  if (texts instanceof TextCells && !hasNumbers(numbers))
    return { cells: texts.distinct, rowOf: (r) => texts.indexAt(r) };
  return {
    cells: Array.from(
      { length: source.rowCount },
      (_, r) => texts?.get(r) ?? (numbers && !Number.isNaN(numbers[r]!) ? numbers[r]! : null),
    ),
  };
}

function idsByRow(cellIds: Int32Array, rowOf: (r: number) => number, rowCount: number): Int32Array {
  const ids = new Int32Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    const cell = rowOf(r);
    ids[r] = cell < 0 ? -1 : cellIds[cell]!;
  }
  return ids;
}

/** The rows whose cell is distinct cell `index`. */
function rowsWith(index: number, rowOf: (r: number) => number, rowCount: number): number[] {
  const rows: number[] = [];
  for (let r = 0; r < rowCount; r++) if (rowOf(r) === index) rows.push(r);
  return rows;
}

/**
 * The date column a period is taken from: the one named, else the only column read as dates,
 * else among several (Meta's Day beside Reporting starts and Reporting ends) one named Day or
 * Date, else the first; the report's notes say which.
 */
export function dateColumn(spec: ReportSpec, columns: readonly ColumnReading[]): ColumnReading | Failure {
  if (spec.dateColumn !== undefined) return findColumn(spec.dateColumn, columns);
  const dates = columns.filter((c) => c.dimension === 'date');
  if (dates.length === 0)
    return fail(
      'invalidSelection',
      l10n.t('A breakdown by {0} needs a date column, and the table has none', spec.period ?? ''),
      {
        input: 'period',
        hint: l10n.t('name the column with dateColumn'),
      },
    );
  return dates.find((c) => ['day', 'date'].includes(normalizeKey(c.name))) ?? dates[0]!;
}
