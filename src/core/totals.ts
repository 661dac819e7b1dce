/**
 * The rules of a total row, for a table fed by column and for rows fed one by one: additive
 * inputs are summed; a non-additive one (reach, a rate) is kept only when every row carries
 * the same value; an input missing from some rows gives no total. A head count kept that way
 * (customers at start, reach) is an assumption — the rows share one population, as days of one
 * customer base do, not separate segments — which the total states, with the value it would
 * have if the rows were separate populations. Both feed the same accumulator, so the rules and
 * their messages live here once; the total's metrics are computed by the engine over a one-row
 * table of the summed inputs.
 */
import * as l10n from '@vscode/l10n';
import type { Catalog } from './catalog/catalog';
import type { MetricProblem } from './computeAll';
import type { MetricValue } from './evaluate';
import { metricsOf } from './engine/record';
import { label, listOf } from './wording';
import { formatValue } from './format/format';
import { formatOptionsOf, type CoreOptions } from './options';

export interface NotAggregable {
  readonly id: string;
  /** Why the total has no value, in words: "reach is not additive: audiences of different rows overlap". */
  readonly reason: string;
}

export interface TotalRow {
  /** The summed (or shared) inputs the total was computed from. */
  readonly inputs: ReadonlyMap<string, number>;
  readonly results: readonly MetricValue[];
  readonly notAggregable: readonly NotAggregable[];
  /** Metrics whose total inputs were there but which still have no value (no impressions in any row). */
  readonly problems: readonly MetricProblem[];
  /** Totals that rest on the rows sharing one population, each saying so and what it would be otherwise. */
  readonly assumptions: readonly NotAggregable[];
}

interface Entry {
  readonly id: string;
  /** Where the input first appeared: row, then position within the row. */
  readonly row: number;
  readonly position: number;
  readonly additive: boolean;
  count: number;
  /** The running sum (additive), or the first value (non-additive). */
  value: number;
  /** The sum of every row's value, additive or not: a head count's total if the rows are separate populations. */
  sum: number;
  differs: boolean;
}

export interface TotalInputs {
  /** The summed (or shared) inputs, in order of first appearance. */
  readonly values: Map<string, number>;
  /** Why an input has no total, by id. */
  readonly blocked: Map<string, string>;
  /** Head counts kept because every row has the same one, with their sum over the rows, by id. */
  readonly shared: Map<string, number>;
}

/** One input over a group's rows, as SQL gives it: SUM, COUNT, MIN and MAX. */
export interface InputSums {
  readonly sum: number;
  readonly count: number;
  readonly min: number;
  readonly max: number;
}

export class InputTotals {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly catalog: Catalog) {}

  /** One row's value of an input; rows must come in order. */
  add(id: string, value: number, row: number, position: number): void {
    const entry = this.entries.get(id) ?? this.start(id, row, position, value);
    entry.count++;
    entry.sum += value;
    if (entry.additive) entry.value += value;
    else if (entry.count > 1 && value !== entry.value) entry.differs = true;
  }

  /** A whole column of an input; NaN marks the rows without it. `position` orders ids first seen in the same row. */
  addColumn(id: string, column: Float64Array, position: number): void {
    const n = column.length;
    let r = 0;
    while (r < n && Number.isNaN(column[r]!)) r++;
    if (r === n) return;
    const entry = this.start(id, r, position, column[r]!);
    let count = 0;
    if (entry.additive) {
      let sum = entry.value;
      for (; r < n; r++) {
        const v = column[r]!;
        if (v === v) {
          sum += v;
          count++;
        }
      }
      entry.value = sum;
      entry.sum = sum;
    } else {
      const first = entry.value;
      let sum = 0;
      for (; r < n; r++) {
        const v = column[r]!;
        if (v !== v) continue;
        count++;
        sum += v;
        if (v !== first) entry.differs = true;
      }
      entry.sum = sum;
    }
    entry.count = count;
  }

  /**
   * An input already summed elsewhere (a database's GROUP BY): its sum, how many rows have it,
   * and its least and greatest value, which say whether a head count is the same in every row.
   */
  addSums(id: string, sums: InputSums, position: number): void {
    if (sums.count === 0) return;
    const entry = this.start(id, 0, position, sums.min);
    entry.count = sums.count;
    entry.sum = sums.sum;
    if (entry.additive) entry.value = sums.sum;
    else entry.differs = sums.min !== sums.max;
  }

  finish(rowCount: number): TotalInputs {
    const values = new Map<string, number>();
    const blocked = new Map<string, string>();
    const shared = new Map<string, number>();
    const ordered = [...this.entries.values()].sort((a, b) => a.row - b.row || a.position - b.position);
    for (const entry of ordered) {
      if (entry.differs) blocked.set(entry.id, this.nonAdditive(entry.id));
      else if (entry.count < rowCount)
        blocked.set(entry.id, l10n.t('{0} is missing in {1} of {2} rows', entry.id, rowCount - entry.count, rowCount));
      else {
        values.set(entry.id, entry.value);
        if (!entry.additive && entry.count > 1 && this.catalog.quantities.get(entry.id)?.unit === 'count')
          shared.set(entry.id, entry.sum);
      }
    }
    return { values, blocked, shared };
  }

  private start(id: string, row: number, position: number, first: number): Entry {
    const additive = this.catalog.quantities.get(id)?.additive === true;
    // A sum starts from 0 (0 + -0 is 0), as a running total does.
    const entry: Entry = { id, row, position, additive, count: 0, value: additive ? 0 : first, sum: 0, differs: false };
    this.entries.set(id, entry);
    return entry;
  }

  private nonAdditive(id: string): string {
    const quantity = this.catalog.quantities.get(id);
    return quantity?.nonAdditiveReason
      ? l10n.t('{0} is not additive: {1}', id, quantity.nonAdditiveReason)
      : l10n.t('{0} is a rate or average: it cannot be summed across rows', id);
  }
}

/**
 * The total row: the metrics over the total inputs, limited to those shown (the ones asked for,
 * or those some row has), and for each shown metric without a total, the reason.
 */
export function totalRow(
  { values, blocked, shared }: TotalInputs,
  shown: ReadonlySet<string>,
  catalog: Catalog,
  options: CoreOptions,
): TotalRow {
  const given = new Map(values);
  // metricsOf() adds the metrics it computes to `values`, which callers read as the total's inputs.
  const { results, problems } = metricsOf(values, options);
  const computed = new Set([...results, ...problems].map((r) => r.id));
  const notAggregable = [...shown]
    .filter((id) => !computed.has(id) && catalog.metrics.has(id))
    .map((id) => ({ id, reason: whyNot(id, blocked, catalog, options) }));
  const kept = results.filter((r) => shown.has(r.id));
  const assumptions = sharedPopulations(kept, given, shared, catalog, options);
  return {
    inputs: values,
    results: kept,
    notAggregable,
    problems: problems.filter((p) => shown.has(p.id)),
    assumptions,
  };
}

/**
 * For each total that uses a head count every row shares (1,000 customers at start in both
 * rows), the assumption that made it — one population — and the total if the rows were
 * separate populations instead (2,000 customers at start: churn 4.5 %, not 9 %).
 */
function sharedPopulations(
  results: readonly MetricValue[],
  values: ReadonlyMap<string, number>,
  shared: ReadonlyMap<string, number>,
  catalog: Catalog,
  options: CoreOptions,
): NotAggregable[] {
  if (shared.size === 0) return [];
  const separate = metricsOf(new Map([...values, ...shared]), options).results;
  const format = formatOptionsOf(options);
  const out: NotAggregable[] = [];
  for (const result of results) {
    const ids = usedInputs(result.id, result.variant, values, catalog, options).filter((id) => shared.has(id));
    if (ids.length === 0) continue;
    const metric = catalog.metrics.get(result.id)!;
    const counts = ids.map((id) => l10n.t('{0} ({1} in every row)', id, formatValue(values.get(id)!, 'count', format)));
    const other = separate.find((r) => r.id === result.id);
    const reason = l10n.t("{0}'s total takes {1} as one population shared by every row", label(metric), listOf(counts));
    const separately = other
      ? listOf(ids.map((id) => l10n.t('{0} is {1}', id, formatValue(shared.get(id)!, 'count', format))))
      : '';
    out.push({
      id: result.id,
      reason: other
        ? l10n.t(
            '{0}; if the rows are separate populations, {1} and {2} is {3}',
            reason,
            separately,
            label(metric),
            other.text,
          )
        : reason,
    });
  }
  return out;
}

/**
 * The inputs a metric's formula reaches, through the metrics it uses — but not through one the
 * table gives as an input: CTR over given impressions does not rest on reach × frequency.
 */
function usedInputs(
  id: string,
  variant: string | undefined,
  given: ReadonlyMap<string, number>,
  catalog: Catalog,
  options: CoreOptions,
  seen = new Set<string>(),
): string[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const formula =
    catalog.metrics.has(id) && (seen.size === 1 || !given.has(id))
      ? catalog.formula(id, variant ?? options.variants?.[id])
      : undefined;
  if (!formula) return [id];
  return [...new Set(formula.inputs.flatMap((name) => usedInputs(name, undefined, given, catalog, options, seen)))];
}

/** Explains a missing total by the blocked inputs under the metric's formula. */
export function whyNot(
  id: string,
  blocked: ReadonlyMap<string, string>,
  catalog: Catalog,
  options: CoreOptions,
): string {
  const reasons = new Set<string>();
  const missing = new Set<string>();
  const visit = (name: string, seen: Set<string>) => {
    const reason = blocked.get(name);
    if (reason) return void reasons.add(reason);
    const formula =
      catalog.metrics.has(name) && !seen.has(name) ? catalog.formula(name, options.variants?.[name]) : undefined;
    if (!formula) return void missing.add(name);
    seen.add(name);
    for (const input of formula.inputs) visit(input, seen);
  };
  visit(id, new Set());
  const metric = catalog.metrics.get(id)!;
  if (reasons.size > 0) return l10n.t('{0} has no total: {1}', label(metric), [...reasons].join('; '));
  return missing.size === 1
    ? l10n.t('{0} has no total: {1} is not in every row', label(metric), listOf([...missing]))
    : l10n.t('{0} has no total: {1} are not in every row', label(metric), listOf([...missing]));
}
