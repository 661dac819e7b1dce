/**
 * Every metric per row as columns, and the total row (totals.ts) fed column by column: what
 * `aggregate` gives for parsed rows, for a table already in columns.
 */
import type { ComputeAllResult } from '../computeAll';
import type { Inputs } from '../inputs';
import { catalogOf, type CoreOptions } from '../options';
import { InputTotals, totalRow } from '../totals';
import type { TotalRow } from '../aggregate';
import { computeColumns, type ColumnResults, type MetricColumn } from './compute';
import { rowResult } from './row';
import type { Table } from './table';

export interface TableAggregate {
  readonly ok: true;
  readonly columns: ColumnResults;
  readonly total: TotalRow;
  /**
   * Row r as `computeAll` would give it, built when asked for. `record` is the row as the caller
   * gave it, when there is one: its text values that are no numbers are reported from it.
   */
  row(r: number, record?: Inputs): ComputeAllResult;
}

export function aggregateTable(table: Table, ids?: readonly string[], options: CoreOptions = {}): TableAggregate {
  const catalog = catalogOf(options);
  const columns = computeColumns(table, ids, options);
  const totals = new InputTotals(catalog);
  for (const [id, column] of columns.inputs.values) totals.addColumn(id, column, columns.inputs.position.get(id) ?? 0);
  const wanted = ids ? ids.map((id) => catalog.metric(id)?.id ?? id) : undefined;
  const shown = new Set(wanted ?? shownOrder(columns.metrics));
  const total = totalRow(totals.finish(table.rowCount), shown, catalog, options);
  return { ok: true, columns, total, row: (r, record) => rowResult(columns, r, record) };
}

/**
 * The order in which metrics first appear going down the rows, a row's values before its
 * problems: the order row by row (aggregateRows) lists metrics that have no total in.
 */
function shownOrder(metrics: readonly MetricColumn[]): string[] {
  const keyed = metrics.map((m, index) => {
    const firstProblem = m.problemRows[0] ?? Infinity;
    const firstValue = m.firstValueRow < 0 ? Infinity : m.firstValueRow;
    return { id: m.id, row: Math.min(firstValue, firstProblem), problem: firstProblem < firstValue ? 1 : 0, index };
  });
  keyed.sort((a, b) => a.row - b.row || a.problem - b.problem || a.index - b.index);
  return keyed.map((k) => k.id);
}
