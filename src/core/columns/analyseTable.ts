/**
 * A table as an analyst brings it (a platform export, a sheet): what its columns mean
 * (readColumns), every KPI per row and the TOTAL as a ratio of sums (aggregateTable), and the
 * export's own KPI columns checked against ours. An export's KPI is an input only where we
 * cannot compute it (a Frequency column without impressions still gives impressions with reach);
 * elsewhere it is shown beside ours and compared, never used in place of ours in silence.
 */
import type { FieldMatch } from '../catalog/catalog';
import { aggregateTable, type TableAggregate } from '../fast/aggregateTable';
import { computeColumns } from '../fast/compute';
import type { Table } from '../fast/table';
import { catalogOf, type CoreOptions } from '../options';
import { checkColumn, type KpiCheck } from './kpiCheck';
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
}

export function analyseTable(source: ColumnsInput, options: CoreOptions = {}): TableAnalysis {
  const catalog = catalogOf(options);
  const reading = readColumns(source, options);
  const inputsOnly = engineTable(source, reading.columns, new Set());
  const first = aggregateTable(inputsOnly, undefined, options);
  const reported = reading.columns.filter((c) => c.role === 'reported' && c.id !== undefined);
  const ours = new Map(reported.map((c) => [c.column, oursFor(c, inputsOnly, first, options)]));
  const given = reported.filter((c) => countOf(ours.get(c.column)) === 0).map((c) => c.column);
  const table = given.length > 0 ? engineTable(source, reading.columns, new Set(given)) : inputsOnly;
  const aggregate = given.length > 0 ? aggregateTable(table, undefined, options) : first;
  const checks = reported
    .filter((c) => !given.includes(c.column))
    .map((c) => {
      const values = ours.get(c.column)!;
      const check = checkColumn(source.data[c.column]!, values, catalog.unitOf(c.id!) ?? 'number', c);
      return { column: c.column, name: c.name, metric: c.id!, ...(c.variant !== undefined ? { variant: c.variant } : {}), ...check, ours: values };
    });
  return { reading, table, aggregate, checks, given };
}

/** The source's columns with the field each gives: inputs, and the reported KPIs used as inputs. */
function engineTable(source: ColumnsInput, columns: readonly ColumnReading[], given: ReadonlySet<number>): Table {
  const fields: (FieldMatch | undefined)[] = columns.map((c) => {
    if (c.role === 'input' && c.id !== undefined) return { id: c.id, factor: c.factor };
    if (given.has(c.column) && c.id !== undefined) return { id: c.id, factor: c.unit === 'percent' && inPointsByHeaderOrSize(source.data[c.column]!, c) ? 0.01 : 1 };
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

/** Our values of the reported column's metric, in its variant: from the main run when it is the same formula. */
function oursFor(column: ColumnReading, table: Table, first: TableAggregate, options: CoreOptions): Float64Array {
  const id = column.id!;
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
