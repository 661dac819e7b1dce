/**
 * A table as an analyst brings it (a platform export, a sheet): what its columns mean
 * (readColumns), every KPI per row and the TOTAL as a ratio of sums (aggregateTable), and the
 * export's own KPI columns checked against ours. An export's KPI is an input only where we
 * cannot compute it (a Frequency column without impressions still gives impressions with reach);
 * elsewhere it is shown beside ours and compared, never used in place of ours in silence.
 */
import * as l10n from '@vscode/l10n';
import type { FieldMatch } from '../catalog/catalog';
import { aggregateTable, type TableAggregate } from '../engine/aggregateTable';
import { computeColumns } from '../engine/compute';
import type { Table } from '../engine/table';
import { catalogOf, type CoreOptions } from '../options';
import { ReportedColumn, type KpiCheck } from './kpiCheck';
import { checkTotals, type TotalCheck } from './totalCheck';
import { readColumns, type ColumnReading, type ColumnsInput, type ColumnsReading } from './readColumns';

export interface TableAnalysis {
  /** What each column was read as; reported KPIs we cannot compute are inputs here (`given`). */
  readonly reading: ColumnsReading;
  /** The engine's table: the source's columns, each with the field it gives. */
  readonly table: Table;
  readonly aggregate: TableAggregate;
  /** The export's KPI columns beside ours, in column order. */
  readonly checks: readonly KpiCheck[];
  /** Reported KPI columns used as inputs, because ours could not be computed from the table. */
  readonly given: readonly number[];
  /** The export's own Total rows beside our TOTAL. */
  readonly totalChecks: readonly TotalCheck[];
}

export function analyseTable(source: ColumnsInput, options: CoreOptions = {}): TableAnalysis {
  const catalog = catalogOf(options);
  const named = readColumns(source, options);
  const zeroed = blanksAsZero(source, named.columns, options);
  const read = { ...named, columns: zeroed.columns };
  const filled = { ...source, data: zeroed.data };
  const inputsOnly = engineTable(filled, read.columns, new Set());
  const first = aggregateTable(inputsOnly, undefined, options);
  const ours = new Map<number, Float64Array>();
  const theirs = new Map<number, ReportedColumn>();
  const columns = read.columns.map((c) => {
    if (c.role !== 'reported' || c.id === undefined) return c;
    const column = new ReportedColumn(source.data[c.column]!);
    const best = agreeingReading(c, column, inputsOnly, first, options);
    ours.set(c.column, best.values);
    theirs.set(c.column, column);
    return best.reading;
  });
  const reading = { ...read, columns };
  const reported = columns.filter((c) => c.role === 'reported' && c.id !== undefined);
  const given = reported.filter((c) => countOf(ours.get(c.column)) === 0).map((c) => c.column);
  const table = given.length > 0 ? engineTable(filled, reading.columns, new Set(given)) : inputsOnly;
  const aggregate = given.length > 0 ? aggregateTable(table, undefined, options) : first;
  const checks = reported
    .filter((c) => !given.includes(c.column))
    .map((c) => {
      const values = ours.get(c.column)!;
      const check = theirs.get(c.column)!.check(values, catalog.unitOf(c.id!) ?? 'number', c);
      return {
        column: c.column,
        name: c.name,
        metric: c.id!,
        ...(c.variant !== undefined ? { variant: c.variant } : {}),
        ...check,
        ours: values,
      };
    });
  const factors = new Map(checks.map((k) => [k.column, k.factor]));
  const totalChecks = checkTotals(
    source.reportedTotals ?? [],
    columns.filter((c) => !given.includes(c.column)),
    aggregate.total,
    factors,
    catalog,
  );
  return { reading, table, aggregate, checks, given, totalChecks };
}

/**
 * Platforms leave a zero blank (Meta's Purchases in a campaign with none): in a column of an
 * additive count or amount, an empty cell among filled ones is 0, and the column's reading says
 * so. A text cell ('#DIV/0!') stays a problem, and a column empty in every row stays absent.
 */
function blanksAsZero(
  source: ColumnsInput,
  columns: readonly ColumnReading[],
  options: CoreOptions,
): { data: Float64Array[]; columns: ColumnReading[] } {
  const catalog = catalogOf(options);
  const data = [...source.data];
  const shared = new Set(
    columns
      .filter((c, i) => c.role === 'input' && columns.some((d, j) => j !== i && d.role === 'input' && d.id === c.id))
      .map((c) => c.id),
  );
  const read = columns.map((c) => {
    // Beside another column of the same quantity, an empty cell means the other one holds it.
    if (c.role !== 'input' || c.id === undefined || shared.has(c.id) || catalog.quantities.get(c.id)?.additive !== true)
      return c;
    const values = source.data[c.column]!;
    const texts = source.texts?.[c.column];
    let empty = 0;
    for (let r = 0; r < values.length; r++) if (Number.isNaN(values[r]!) && !texts?.has(r)) empty++;
    if (empty === 0 || empty === values.length) return c;
    const filled = values.slice();
    for (let r = 0; r < filled.length; r++) if (Number.isNaN(filled[r]!) && !texts?.has(r)) filled[r] = 0;
    data[c.column] = filled;
    const blank = l10n.t('empty in {0} of {1} rows: read as 0, as platforms leave a zero blank', empty, values.length);
    return { ...c, note: c.note !== undefined ? `${c.note}; ${blank}` : blank };
  });
  return { data, columns: read };
}

/** The source's columns with the field each gives: inputs, and the reported KPIs used as inputs. */
function engineTable(source: ColumnsInput, columns: readonly ColumnReading[], given: ReadonlySet<number>): Table {
  const fields: (FieldMatch | undefined)[] = columns.map((c) => {
    if (c.role === 'input' && c.id !== undefined) return { id: c.id, factor: c.factor };
    if (given.has(c.column) && c.id !== undefined)
      return { id: c.id, factor: c.unit === 'percent' && inPointsByHeaderOrSize(source.data[c.column]!, c) ? 0.01 : 1 };
    return undefined;
  });
  return { columns: source.columns, rowCount: source.rowCount, data: source.data, fields };
}

/** A percentage used as an input: in points when the header says % or a value exceeds 1 (100 %). */
function inPointsByHeaderOrSize(values: Float64Array, column: ColumnReading): boolean {
  if (column.percent) return true;
  for (let r = 0; r < values.length; r++) if (values[r]! > 1) return true;
  return false;
}

/**
 * Of the metrics a reported column's name can mean (a plain "CTR": link clicks, all clicks or
 * per open), the one most rows agree with, the first on a tie; the reading then says which.
 */
function agreeingReading(
  column: ColumnReading,
  theirs: ReportedColumn,
  table: Table,
  first: TableAggregate,
  options: CoreOptions,
): { reading: ColumnReading; values: Float64Array } {
  const catalog = catalogOf(options);
  const candidates = [
    { id: column.id!, ...(column.variant !== undefined ? { variant: column.variant } : {}) },
    ...(column.alternatives ?? []),
  ];
  let best = { candidate: candidates[0]!, values: oursFor(candidates[0]!, table, first, options), agree: -1 };
  for (const candidate of candidates) {
    const values = candidate === candidates[0] ? best.values : oursFor(candidate, table, first, options);
    // Only one reading: nothing to choose, no need to count.
    const agree = candidates.length === 1 ? 0 : theirs.bestAgreement(values, catalog.unitOf(candidate.id) ?? 'number');
    if (agree > best.agree) best = { candidate, values, agree };
  }
  const { alternatives: _alternatives, variant: _variant, ...rest } = column;
  const { id, variant } = best.candidate;
  return {
    reading: { ...rest, id, unit: catalog.unitOf(id) ?? 'number', ...(variant !== undefined ? { variant } : {}) },
    values: best.values,
  };
}

/** Our values of a metric in a variant: from the main run when it is the same formula. */
function oursFor(
  column: { id: string; variant?: string },
  table: Table,
  first: TableAggregate,
  options: CoreOptions,
): Float64Array {
  const id = column.id;
  const chosen = options.variants?.[id];
  if (column.variant === chosen) {
    const computed = first.columns.metrics.find((m) => m.id === id);
    if (computed) return computed.values;
  }
  const variants = { ...options.variants };
  if (column.variant !== undefined) variants[id] = column.variant;
  else delete variants[id];
  const own = computeColumns(table, [id], { ...options, variants }).metrics.find((m) => m.id === id);
  return own?.values ?? new Float64Array(table.rowCount).fill(NaN);
}

function countOf(values: Float64Array | undefined): number {
  let count = 0;
  if (values) for (let r = 0; r < values.length; r++) if (!Number.isNaN(values[r]!)) count++;
  return count;
}
