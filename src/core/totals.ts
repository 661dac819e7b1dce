/**
 * The rules of a total row, shared by the per-row `aggregate` and the columnar path: additive
 * inputs are summed; a non-additive one (reach, a rate) is kept only when every row carries
 * the same value; an input missing from some rows gives no total. Both paths feed the same
 * accumulator, so the rules and their messages live here once.
 */
import type { Catalog } from './catalog/catalog';
import { chain, type MetricProblem } from './computeAll';
import { label, listOf, type MetricValue } from './evaluate';
import type { CoreOptions } from './options';

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
  differs: boolean;
}

export interface TotalInputs {
  /** The summed (or shared) inputs, in order of first appearance. */
  readonly values: Map<string, number>;
  /** Why an input has no total, by id. */
  readonly blocked: Map<string, string>;
}

export class InputTotals {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly catalog: Catalog) {}

  /** One row's value of an input; rows must come in order. */
  add(id: string, value: number, row: number, position: number): void {
    const entry = this.entries.get(id) ?? this.start(id, row, position, value);
    entry.count++;
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
    } else {
      const first = entry.value;
      for (; r < n; r++) {
        const v = column[r]!;
        if (v !== v) continue;
        count++;
        if (v !== first) entry.differs = true;
      }
    }
    entry.count = count;
  }

  finish(rowCount: number): TotalInputs {
    const values = new Map<string, number>();
    const blocked = new Map<string, string>();
    const ordered = [...this.entries.values()].sort((a, b) => a.row - b.row || a.position - b.position);
    for (const entry of ordered) {
      if (entry.differs) blocked.set(entry.id, this.nonAdditive(entry.id));
      else if (entry.count < rowCount) blocked.set(entry.id, `${entry.id} is missing in ${rowCount - entry.count} of ${rowCount} rows`);
      else values.set(entry.id, entry.value);
    }
    return { values, blocked };
  }

  private start(id: string, row: number, position: number, first: number): Entry {
    const additive = this.catalog.quantities.get(id)?.additive === true;
    // A sum starts from 0 (0 + -0 is 0), as a running total does.
    const entry: Entry = { id, row, position, additive, count: 0, value: additive ? 0 : first, differs: false };
    this.entries.set(id, entry);
    return entry;
  }

  private nonAdditive(id: string): string {
    const quantity = this.catalog.quantities.get(id);
    return quantity?.nonAdditiveReason ? `${id} is not additive: ${quantity.nonAdditiveReason}` : `${id} is a rate or average: it cannot be summed across rows`;
  }
}

/**
 * The total row: the metrics over the total inputs, limited to those shown (the ones asked for,
 * or those some row has), and for each shown metric without a total, the reason.
 */
export function totalRow({ values, blocked }: TotalInputs, shown: ReadonlySet<string>, catalog: Catalog, options: CoreOptions): TotalRow {
  const { results, problems } = chain(values, catalog, options);
  const computed = new Set([...results, ...problems].map((r) => r.id));
  const notAggregable = [...shown]
    .filter((id) => !computed.has(id) && catalog.metrics.has(id))
    .map((id) => ({ id, reason: whyNot(id, blocked, catalog, options) }));
  return { inputs: values, results: results.filter((r) => shown.has(r.id)), notAggregable, problems: problems.filter((p) => shown.has(p.id)) };
}

/** Explains a missing total by the blocked inputs under the metric's formula. */
export function whyNot(id: string, blocked: ReadonlyMap<string, string>, catalog: Catalog, options: CoreOptions): string {
  const reasons = new Set<string>();
  const missing = new Set<string>();
  const visit = (name: string, seen: Set<string>) => {
    const reason = blocked.get(name);
    if (reason) return void reasons.add(reason);
    const formula = catalog.metrics.has(name) && !seen.has(name) ? catalog.formula(name, options.variants?.[name]) : undefined;
    if (!formula) return void missing.add(name);
    seen.add(name);
    for (const input of formula.inputs) visit(input, seen);
  };
  visit(id, new Set());
  const metric = catalog.metrics.get(id)!;
  if (reasons.size > 0) return `${label(metric)} has no total: ${[...reasons].join('; ')}`;
  return `${label(metric)} has no total: ${listOf([...missing])} ${missing.size === 1 ? 'is' : 'are'} not in every row`;
}
