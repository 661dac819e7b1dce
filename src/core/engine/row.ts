/**
 * One row of a table's result as `computeAll` gives it, built only when asked for (a results
 * view shows a screenful, not a million rows). Values come from the columns; text is formatted
 * here; the record is read again only for what the columns do not keep (which field gave each
 * input, and why a field could not be used); a problem's message comes from explain.ts.
 */
import type { ComputeAllResult, MatchedField, MetricProblem } from '../computeAll';
import type { MetricValue } from '../evaluate';
import { formatValue } from '../format/format';
import { checkSign, readInputs, type FieldProblem, type Inputs } from '../inputs';
import { catalogOf, formatOptionsOf } from '../options';
import type { ColumnResults, MetricColumn } from './compute';
import { problemAt } from './explain';
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
