/**
 * Every metric over every row of a table, one column at a time: the per-row `computeAll` done
 * column-wise. Metrics are chained as `chain` does (frequency feeds GRPs), to the same fixpoint:
 * a metric is run again only when a column it reads gained values. A row has a metric's value
 * when all its inputs are there, it was not given as a column of its own, no part exceeds its
 * whole and the result is finite; when the inputs are there but the value is not, the row is a
 * problem, whose message the per-row view asks the per-row path for.
 */
import type { Catalog, Formula } from '../catalog/catalog';
import type { MetricDef } from '../catalog/schema';
import { catalogOf, type CoreOptions } from '../options';
import { inputColumns, type InputColumns } from './inputs';
import { runProgram } from './program';
import type { Table } from './table';

export interface MetricColumn {
  readonly id: string;
  readonly metric: MetricDef;
  /** The formula used, with the chosen variant applied. */
  readonly formula: Formula;
  /** The value in each row; NaN where the row has none (see problemRows for why). */
  readonly values: Float64Array;
  /** Rows with a value. */
  readonly count: number;
  /** Rows whose inputs were all there but which have no value, ascending. */
  readonly problemRows: readonly number[];
  /** First row with a value, or -1. */
  readonly firstValueRow: number;
}

export interface ColumnResults {
  readonly table: Table;
  readonly rowCount: number;
  /** Metrics with a value or a problem in some row, in catalog order. */
  readonly metrics: readonly MetricColumn[];
  readonly inputs: InputColumns;
  /** Every column by id, inputs and metrics: what a row's values were when its metrics were computed. */
  readonly columns: ReadonlyMap<string, Float64Array>;
  readonly options: CoreOptions;
}

/** Metric columns of a table; `ids` restricts the result to those metrics (and computes what they need). */
export function computeColumns(table: Table, ids?: readonly string[], options: CoreOptions = {}): ColumnResults {
  const catalog = catalogOf(options);
  const inputs = inputColumns(table, catalog);
  const columns = new Map(inputs.values);
  const wanted = ids ? new Set(ids.map((id) => catalog.metric(id)?.id ?? id)) : undefined;
  const candidates = [...catalog.metrics.values()].filter((m) => !wanted || needed(catalog, wanted, options).has(m.id));
  const changedAt = new Map<string, number>();
  const evaluatedAt = new Map<string, number>();
  const computed = new Map<string, MetricColumn>();
  let tick = 0;
  for (let progress = true; progress;) {
    progress = false;
    for (const metric of candidates) {
      const formula = catalog.formula(metric.id, options.variants?.[metric.id]);
      if (!formula || !formula.inputs.every((name) => columns.has(name))) continue;
      const last = evaluatedAt.get(metric.id);
      if (last !== undefined && formula.inputs.every((name) => (changedAt.get(name) ?? 0) <= last)) continue;
      evaluatedAt.set(metric.id, ++tick);
      const column = evaluateColumn(metric, formula, columns, inputs.values.get(metric.id), table.rowCount, options);
      const before = computed.get(metric.id)?.count ?? 0;
      computed.set(metric.id, column);
      if (column.count > before) {
        columns.set(metric.id, withGiven(column.values, inputs.values.get(metric.id)));
        changedAt.set(metric.id, ++tick);
        progress = true;
      }
    }
  }
  const metrics = [...catalog.metrics.values()]
    .map((m) => computed.get(m.id))
    .filter((c): c is MetricColumn => c !== undefined && (c.count > 0 || c.problemRows.length > 0) && (!wanted || wanted.has(c.id)));
  return { table, rowCount: table.rowCount, metrics, inputs, columns, options };
}

/** The wanted metrics and every metric their formulas reach. */
function needed(catalog: Catalog, wanted: ReadonlySet<string>, options: CoreOptions): Set<string> {
  const out = new Set<string>();
  const visit = (id: string): void => {
    if (out.has(id) || !catalog.metrics.has(id)) return;
    out.add(id);
    for (const name of catalog.formula(id, options.variants?.[id])?.inputs ?? []) visit(name);
  };
  for (const id of wanted) visit(id);
  return out;
}

function evaluateColumn(
  metric: MetricDef,
  formula: Formula,
  columns: ReadonlyMap<string, Float64Array>,
  given: Float64Array | undefined,
  n: number,
  options: CoreOptions,
): MetricColumn {
  const variantId = options.variants?.[metric.id];
  const invalidVariant = variantId !== undefined && !metric.variants?.some((v) => v.id === variantId);
  const values = invalidVariant ? new Float64Array(n).fill(NaN) : runProgram(formula.expr, columns, n);
  const inputs = formula.inputs.map((name) => columns.get(name)!);
  const parts = (metric.parts ?? []).flatMap(({ part, whole }) => {
    const p = columns.get(part);
    const w = columns.get(whole);
    return p && w ? [{ p, w }] : [];
  });
  const problemRows: number[] = [];
  const count = given === undefined && parts.length === 0 ? settle(values, inputs, problemRows) : settleChecked(values, inputs, given, parts, problemRows);
  let firstValueRow = 0;
  while (firstValueRow < n && Number.isNaN(values[firstValueRow]!)) firstValueRow++;
  if (firstValueRow === n) firstValueRow = -1;
  return { id: metric.id, metric, formula, values, count, problemRows, firstValueRow };
}

/**
 * The common case, one tight loop: a finite value is kept; anything else becomes NaN, and a
 * problem where every input was there. A finite value proves every input was there, since
 * NaN spreads through every operator. Returns the rows with a value.
 */
function settle(values: Float64Array, inputs: readonly Float64Array[], problemRows: number[]): number {
  let count = 0;
  for (let r = 0; r < values.length; r++) {
    const v = values[r]!;
    if (v - v === 0) {
      count++;
      continue;
    }
    values[r] = NaN;
    if (allThere(inputs, r)) problemRows.push(r);
  }
  return count;
}

/** The same, for a metric given as a column in some rows, or with parts that must not exceed their wholes. */
function settleChecked(values: Float64Array, inputs: readonly Float64Array[], given: Float64Array | undefined, parts: readonly { p: Float64Array; w: Float64Array }[], problemRows: number[]): number {
  let count = 0;
  for (let r = 0; r < values.length; r++) {
    const v = values[r]!;
    if (given !== undefined && given[r] === given[r]) {
      values[r] = NaN;
      continue;
    }
    let bad = v - v !== 0;
    for (let k = 0; !bad && k < parts.length; k++) bad = parts[k]!.p[r]! > parts[k]!.w[r]!;
    if (!bad) {
      count++;
      continue;
    }
    values[r] = NaN;
    if (allThere(inputs, r)) problemRows.push(r);
  }
  return count;
}

function allThere(inputs: readonly Float64Array[], r: number): boolean {
  for (let k = 0; k < inputs.length; k++) if (Number.isNaN(inputs[k]![r]!)) return false;
  return true;
}

/** A metric given as a column keeps its given values; computed ones fill the other rows. */
function withGiven(values: Float64Array, given: Float64Array | undefined): Float64Array {
  if (given === undefined) return values;
  const out = values.slice();
  for (let r = 0; r < out.length; r++) if (given[r] === given[r]) out[r] = given[r]!;
  return out;
}
