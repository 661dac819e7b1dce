/**
 * A record is a one-row table. One record's values — already read and checked, keyed by id —
 * go through the same engine as a million rows (compute.ts), so every rule of computing a
 * metric (its form, chaining, parts within wholes, a finite result) lives in one place.
 */
import * as l10n from '@vscode/l10n';
import type { MetricDef } from '../catalog/schema';
import type { MetricProblem } from '../computeAll';
import { fail, type CoreError, type Failure } from '../errors';
import type { EvaluateResult, MetricValue } from '../evaluate';
import { derivable, formulaFor } from '../forms';
import { catalogOf, type CoreOptions } from '../options';
import { label, listOf, notFinite } from '../wording';
import { computeColumns } from './compute';
import { metricValue } from './row';
import { problemAt } from './explain';
import type { Table } from './table';

/** Values by id as a one-row table whose columns are read as those ids. */
export function recordTable(values: ReadonlyMap<string, number>): Table {
  const ids = [...values.keys()];
  return {
    columns: ids,
    rowCount: 1,
    data: ids.map((id) => Float64Array.of(values.get(id)!)),
    fields: ids.map((id) => ({ id, factor: 1 })),
  };
}

/**
 * Every metric the values determine, chaining through metrics that feed others (reach,
 * impressions and target audience give frequency, which gives GRPs). `values` gains the
 * metrics computed: a total row reads them as its inputs.
 */
export function metricsOf(
  values: Map<string, number>,
  options: CoreOptions,
  sources?: ReadonlyMap<string, string>,
): { results: MetricValue[]; problems: MetricProblem[] } {
  const columns = computeColumns(recordTable(values), undefined, options);
  const results: MetricValue[] = [];
  const problems: MetricProblem[] = [];
  for (const column of columns.metrics) {
    const value = column.values[0]!;
    if (!Number.isNaN(value)) results.push(metricValue(column, value, columns));
    else problems.push({ id: column.id, error: problemAt(columns, column, 0, sources) });
  }
  for (const result of results) values.set(result.id, result.value);
  return { results, problems };
}

/**
 * One metric from the values: its value, or why it has none — a variant it lacks, the inputs
 * it needs and cannot compute, or the problem of the row (or of a metric it is computed from).
 */
export function metricOf(metric: MetricDef, values: ReadonlyMap<string, number>, options: CoreOptions): EvaluateResult {
  const catalog = catalogOf(options);
  const has = (name: string) => derivable(name, values, catalog, options, new Set([metric.id]));
  const formula = formulaFor(metric, catalog, options, has);
  if (!formula.ok) return formula;
  const missing = formula.formula.inputs.filter((name) => !has(name));
  if (missing.length > 0) {
    return fail('missingInput', l10n.t('{0} needs {1}', label(metric), listOf(missing)), { input: missing[0]! });
  }
  const columns = computeColumns(recordTable(values), [metric.id], options);
  const column = columns.metrics.find((c) => c.id === metric.id);
  if (column && !Number.isNaN(column.values[0]!)) return metricValue(column, column.values[0]!, columns);
  if (column && column.problemRows.length > 0) return failure(problemAt(columns, column, 0));
  // The metric never ran: a metric it is computed from has no value. Say why that one has none.
  for (const name of formula.formula.inputs) {
    const sub = catalog.metrics.get(name);
    if (!sub || values.has(name) || columns.columns.has(name)) continue;
    const result = metricOf(sub, values, options);
    if (!result.ok) return result;
  }
  return failure({ code: 'nonFinite', message: notFinite(metric) });
}

function failure(error: CoreError): Failure {
  return { ok: false, error };
}
