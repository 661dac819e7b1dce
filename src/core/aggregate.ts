import { computeAll, type ComputeAllResult } from './computeAll';
import type { Inputs } from './inputs';
import { catalogOf, type CoreOptions } from './options';
import { InputTotals, totalRow, type TotalRow } from './totals';
import { aggregateTable } from './engine/aggregateTable';
import { tableFromRecords } from './engine/table';
import { notARecord } from './wording';

export type { NotAggregable, TotalRow } from './totals';

export interface AggregateResult {
  readonly ok: true;
  readonly total: TotalRow;
  /** How many rows were given. */
  readonly rowCount: number;
  /** Row r's metrics, as `computeAll` gives them, built when asked for: nothing is kept. */
  row(r: number): ComputeAllResult;
  /**
   * Every row's metrics at once, built on first read. A million rows make a million result
   * objects (seconds and gigabytes): read `row(r)` for the rows you show instead.
   */
  readonly rows: readonly ComputeAllResult[];
}

/**
 * Per-row metrics and a total row computed as the formula over summed inputs: account CTR is
 * Σclicks / Σimpressions, never the mean of the rows' CTRs. A non-additive input (reach,
 * unique visitors, a rate) is used only when every row carries the same value.
 *
 * Rows that share one shape (a parsed table) are one table for the engine (engine/), and a
 * row's result is built only when `row(r)` (or `rows`) asks for it. Rows whose keys come in
 * different orders (which of two aliases is first differs per row) are each a one-row table.
 */
export function aggregate(
  rows: readonly Inputs[],
  ids?: readonly string[],
  options: CoreOptions = {},
): AggregateResult {
  // A row that is no record (null, a number, a list, as a caller's JSON may hold) is a problem
  // of that row, never an exception: the core gives results.
  const bad = badRows(rows);
  if (bad.length > 0)
    return withBadRows(
      aggregateRows(
        rows.map((row) => (isRecord(row) ? row : {})),
        ids,
        options,
      ),
      rows,
      bad,
    );
  const table = tableFromRecords(rows, options.locale);
  if (!table) return aggregateRows(rows, ids, options);
  const result = aggregateTable(table, ids, options);
  return onDemand(result.total, rows.length, (r) => result.row(r, rows[r]));
}

/** A result whose rows are built when read, `rows` all at once on its first read. */
function onDemand(total: TotalRow, rowCount: number, row: (r: number) => ComputeAllResult): AggregateResult {
  let all: ComputeAllResult[] | undefined;
  return {
    ok: true,
    total,
    rowCount,
    row,
    get rows(): readonly ComputeAllResult[] {
      all ??= Array.from({ length: rowCount }, (_, r) => row(r));
      return all;
    },
  };
}

/** The rows that are no record, found without an array per row. */
function badRows(rows: readonly unknown[]): number[] {
  const bad: number[] = [];
  for (let r = 0; r < rows.length; r++) if (!isRecord(rows[r])) bad.push(r);
  return bad;
}

function isRecord(row: unknown): row is Inputs {
  return typeof row === 'object' && row !== null && !Array.isArray(row);
}

/** The per-row results with each bad row's problem named. */
function withBadRows(result: AggregateResult, rows: readonly unknown[], bad: readonly number[]): AggregateResult {
  const badSet = new Set(bad);
  return onDemand(result.total, result.rowCount, (r) => {
    const row = result.row(r);
    if (!badSet.has(r)) return row;
    const problem = { field: '', error: { code: 'invalidSelection' as const, message: notARecord(r, rows[r]) } };
    return { ...row, fieldProblems: [problem, ...row.fieldProblems] };
  });
}

/** Row by row: computeAll on each row (a one-row table), then the total from their inputs. Exported for the tests that hold a whole table to it. */
export function aggregateRows(
  rows: readonly Inputs[],
  ids: readonly string[] | undefined,
  options: CoreOptions,
): AggregateResult {
  const catalog = catalogOf(options);
  const wanted = ids ? new Set(ids.map((id) => catalog.metric(id)?.id ?? id)) : undefined;
  const perRow = rows.map((row) => restrict(computeAll(row, options), wanted));
  const totals = new InputTotals(catalog);
  perRow.forEach((row, r) => row.inputs.forEach(({ id, value }, position) => totals.add(id, value, r, position)));
  const shown = wanted ?? new Set(perRow.flatMap((r) => [...r.results, ...r.problems].map((m) => m.id)));
  const total = totalRow(totals.finish(rows.length), shown, catalog, options);
  return { ok: true, total, rowCount: perRow.length, row: (r) => perRow[r]!, rows: perRow };
}

function restrict(result: ComputeAllResult, wanted: ReadonlySet<string> | undefined): ComputeAllResult {
  if (!wanted) return result;
  return {
    ...result,
    results: result.results.filter((r) => wanted.has(r.id)),
    problems: result.problems.filter((p) => wanted.has(p.id)),
  };
}
