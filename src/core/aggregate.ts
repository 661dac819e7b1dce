import { computeAll, type ComputeAllResult } from './computeAll';
import type { Inputs } from './inputs';
import { catalogOf, type CoreOptions } from './options';
import { InputTotals, totalRow, type TotalRow } from './totals';
import { aggregateTable } from './fast/aggregateTable';
import { tableFromRecords } from './fast/table';

export type { NotAggregable, TotalRow } from './totals';

export interface AggregateResult {
  readonly ok: true;
  readonly rows: readonly ComputeAllResult[];
  readonly total: TotalRow;
}

/**
 * Per-row metrics and a total row computed as the formula over summed inputs: account CTR is
 * Σclicks / Σimpressions, never the mean of the rows' CTRs. A non-additive input (reach,
 * unique visitors, a rate) is used only when every row carries the same value.
 *
 * Rows that share one shape (a parsed table) are computed column by column (fast/); each row's
 * result is then built only when `rows` is read. Other rows take the per-row path.
 */
export function aggregate(rows: readonly Inputs[], ids?: readonly string[], options: CoreOptions = {}): AggregateResult {
  // A row that is no record (null, a number, a list, as a caller's JSON may hold) is a problem
  // of that row, never an exception: the core gives results.
  const bad = rows.flatMap((row, r) => (isRecord(row) ? [] : [r]));
  if (bad.length > 0) return withBadRows(aggregateRows(rows.map((row) => (isRecord(row) ? row : {})), ids, options), rows, bad);
  const table = tableFromRecords(rows, options.locale);
  if (!table) return aggregateRows(rows, ids, options);
  const result = aggregateTable(table, ids, options);
  let perRow: ComputeAllResult[] | undefined;
  return {
    ok: true,
    get rows(): readonly ComputeAllResult[] {
      perRow ??= rowsOf(rows, result.row);
      return perRow;
    },
    total: result.total,
  };
}

function isRecord(row: unknown): row is Inputs {
  return typeof row === 'object' && row !== null && !Array.isArray(row);
}

/** The per-row results with each bad row's problem named. */
function withBadRows(result: AggregateResult, rows: readonly unknown[], bad: readonly number[]): AggregateResult {
  const patched = result.rows.map((row, r) => {
    if (!bad.includes(r)) return row;
    const shown = Array.isArray(rows[r]) ? 'a list' : JSON.stringify(rows[r]) ?? String(rows[r]);
    const problem = { field: '', error: { code: 'invalidSelection' as const, message: `Row ${r + 1} is ${shown}, not a record of fields such as { "clicks": 120 }` } };
    return { ...row, fieldProblems: [problem, ...row.fieldProblems] };
  });
  return { ...result, rows: patched };
}

/** The rows' results with each row's own record for its fields (text values, their problems). */
function rowsOf(rows: readonly Inputs[], row: (r: number, record: Inputs) => ComputeAllResult): ComputeAllResult[] {
  return rows.map((record, r) => row(r, record));
}

/** The per-row path: computeAll on each row, then the total from their inputs. Exported for the tests that hold the columnar path to it. */
export function aggregateRows(rows: readonly Inputs[], ids: readonly string[] | undefined, options: CoreOptions): AggregateResult {
  const catalog = catalogOf(options);
  const wanted = ids ? new Set(ids.map((id) => catalog.metric(id)?.id ?? id)) : undefined;
  const perRow = rows.map((row) => restrict(computeAll(row, options), wanted));
  const totals = new InputTotals(catalog);
  perRow.forEach((row, r) => row.inputs.forEach(({ id, value }, position) => totals.add(id, value, r, position)));
  const shown = wanted ?? new Set(perRow.flatMap((r) => [...r.results, ...r.problems].map((m) => m.id)));
  return { ok: true, rows: perRow, total: totalRow(totals.finish(rows.length), shown, catalog, options) };
}

function restrict(result: ComputeAllResult, wanted: ReadonlySet<string> | undefined): ComputeAllResult {
  if (!wanted) return result;
  return { ...result, results: result.results.filter((r) => wanted.has(r.id)), problems: result.problems.filter((p) => wanted.has(p.id)) };
}
