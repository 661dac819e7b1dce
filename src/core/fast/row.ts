/**
 * One row of a columnar result as the per-row `computeAll` gives it, built only when asked
 * for (a results view shows a screenful, not a million rows). Values come from the columns;
 * text is formatted here; a problem's message comes from the per-row path run on this row's
 * values alone, so it reads exactly as it would have.
 */
import type { ComputeAllResult, MatchedField, MetricProblem } from '../computeAll';
import type { CoreError } from '../errors';
import { evaluateMetric, type MetricValue } from '../evaluate';
import { formatValue } from '../format/format';
import { checkParts, checkSign, readInputs, type FieldProblem, type Inputs } from '../inputs';
import { catalogOf, formatOptionsOf } from '../options';
import type { ColumnResults, MetricColumn } from './compute';
import { fieldsByName, recordOf } from './table';

export function rowResult(results: ColumnResults, r: number, record?: Inputs): ComputeAllResult {
  const { options } = results;
  const catalog = catalogOf(options);
  const read = readInputs(record ?? recordOf(results.table, r), catalog, options, fieldsByName(results.table));
  const fieldProblems: FieldProblem[] = [...read.problems];
  for (const [id, value] of [...read.values]) {
    const problem = checkSign(id, value, catalog, options, read.sources.get(id));
    if (problem) {
      fieldProblems.push({ field: read.sources.get(id) ?? id, error: problem.error });
      read.values.delete(id);
    }
  }
  const inputs: MatchedField[] = [...read.values].map(([id, value]) => ({
    field: read.sources.get(id) ?? id,
    id,
    value,
  }));
  const values: MetricValue[] = [];
  const problems: MetricProblem[] = [];
  for (const column of results.metrics) {
    const value = column.values[r]!;
    if (!Number.isNaN(value)) values.push(metricValue(column, value, results));
    else if (hasRow(column.problemRows, r))
      problems.push({ id: column.id, error: problemAt(results, column, r, read.sources) });
  }
  return { ok: true, inputs, unmatched: read.unmatched, fieldProblems, results: values, problems };
}

export function metricValue(column: MetricColumn, value: number, results: ColumnResults): MetricValue {
  const { metric, formula } = column;
  return {
    ok: true,
    id: metric.id,
    value,
    unit: metric.unit,
    text: formatValue(value, metric.unit, formatOptionsOf(results.options)),
    formula: formula.source,
    ...(formula.variant ? { variant: formula.variant.id } : {}),
  };
}

/** Why row r of a metric has no value, in the per-row path's words. */
export function problemAt(
  results: ColumnResults,
  column: MetricColumn,
  r: number,
  sources?: ReadonlyMap<string, string>,
): CoreError {
  const { options } = results;
  const catalog = catalogOf(options);
  const values = new Map<string, number>();
  for (const [id, data] of results.columns) {
    const value = data[r]!;
    if (!Number.isNaN(value) && id !== column.id) values.set(id, value);
  }
  const outcome =
    checkParts(values, column.metric.parts ?? [], catalog, options, sources) ??
    evaluateMetric(column.metric, values, catalog, options);
  return outcome.ok ? { code: 'nonFinite', message: `${column.id} has no value in row ${r + 1}` } : outcome.error;
}

/** Binary search: problem rows are kept in ascending order. */
function hasRow(rows: readonly number[], r: number): boolean {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = rows[middle]!;
    if (at === r) return true;
    if (at < r) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
