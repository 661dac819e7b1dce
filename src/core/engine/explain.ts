/**
 * Why a row of a metric has no value although every input is there. The engine marks such rows
 * (compute.ts) and keeps no message: a million rows may hold thousands of them, and a view
 * shows a few. The message is made here, for one row, from that row's values.
 */
import type { CoreError } from '../errors';
import { evaluateExpr, type EvalScope } from '../expr/evaluate';
import { formulaFor } from '../forms';
import { checkParts } from '../inputs';
import { catalogOf } from '../options';
import { notFinite } from '../wording';
import type { ColumnResults, MetricColumn } from './compute';

export function problemAt(
  results: ColumnResults,
  column: MetricColumn,
  r: number,
  sources?: ReadonlyMap<string, string>,
): CoreError {
  const { options } = results;
  const catalog = catalogOf(options);
  const values = rowValues(results, r, column.id);
  const parts = checkParts(values, column.metric.parts ?? [], catalog, options, sources);
  if (parts) return parts.error;
  const variant = formulaFor(column.metric, catalog, options);
  if (!variant.ok) return variant.error;
  // The formula walked over this one row names the step that failed: the input whose 0 it
  // divides by ("no impressions"), or a power that is no real number.
  const scope: EvalScope = { value: (name) => values.get(name) ?? NaN };
  evaluateExpr(column.formula.expr, scope);
  return scope.problem ?? { code: 'nonFinite', message: notFinite(column.metric) };
}

/** Row r's values by id (inputs and the metrics computed before), the metric's own left out. */
function rowValues(results: ColumnResults, r: number, except: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const [id, data] of results.columns) {
    const value = data[r]!;
    if (!Number.isNaN(value) && id !== except) values.set(id, value);
  }
  return values;
}
