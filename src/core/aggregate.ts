import type { Catalog } from './catalog/catalog';
import { computeAll, chain, type ComputeAllResult, type MetricProblem } from './computeAll';
import { label, listOf, type MetricValue } from './evaluate';
import type { Inputs } from './inputs';
import { catalogOf, type CoreOptions } from './options';

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

export interface AggregateResult {
  readonly ok: true;
  readonly rows: readonly ComputeAllResult[];
  readonly total: TotalRow;
}

/**
 * Per-row metrics and a total row computed as the formula over summed inputs: account CTR is
 * Σclicks / Σimpressions, never the mean of the rows' CTRs. A non-additive input (reach,
 * unique visitors, a rate) is used only when every row carries the same value.
 */
export function aggregate(rows: readonly Inputs[], ids?: readonly string[], options: CoreOptions = {}): AggregateResult {
  const catalog = catalogOf(options);
  const wanted = ids ? new Set(ids.map((id) => catalog.metric(id)?.id ?? id)) : undefined;
  const perRow = rows.map((row) => restrict(computeAll(row, options), wanted));
  const { values, blocked } = totalInputs(perRow, catalog);
  const { results, problems } = chain(values, catalog, options);
  const shown = wanted ?? new Set(perRow.flatMap((r) => [...r.results, ...r.problems].map((m) => m.id)));
  const totalResults = results.filter((r) => shown.has(r.id));
  const computed = new Set([...results, ...problems].map((r) => r.id));
  const notAggregable = [...shown]
    .filter((id) => !computed.has(id) && catalog.metrics.has(id))
    .map((id) => ({ id, reason: whyNot(id, blocked, catalog, options) }));
  return { ok: true, rows: perRow, total: { inputs: values, results: totalResults, notAggregable, problems: problems.filter((p) => shown.has(p.id)) } };
}

function restrict(result: ComputeAllResult, wanted: ReadonlySet<string> | undefined): ComputeAllResult {
  if (!wanted) return result;
  return { ...result, results: result.results.filter((r) => wanted.has(r.id)), problems: result.problems.filter((p) => wanted.has(p.id)) };
}

/** Sums additive inputs; keeps a non-additive one only where every row agrees on it. */
function totalInputs(rows: readonly ComputeAllResult[], catalog: Catalog): { values: Map<string, number>; blocked: Map<string, string> } {
  const sums = new Map<string, number>();
  const counts = new Map<string, number>();
  const blocked = new Map<string, string>();
  for (const row of rows) {
    for (const { id, value } of row.inputs) {
      const quantity = catalog.quantities.get(id);
      const previous = sums.get(id);
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if (quantity?.additive) sums.set(id, (previous ?? 0) + value);
      else if (previous === undefined && !blocked.has(id)) sums.set(id, value);
      else if (previous !== undefined && previous !== value) {
        sums.delete(id);
        blocked.set(id, quantity?.nonAdditiveReason ? `${id} is not additive: ${quantity.nonAdditiveReason}` : `${id} is a rate or average: it cannot be summed across rows`);
      }
    }
  }
  for (const [id, count] of counts) {
    if (count < rows.length && sums.has(id)) {
      sums.delete(id);
      blocked.set(id, `${id} is missing in ${rows.length - count} of ${rows.length} rows`);
    }
  }
  return { values: sums, blocked };
}

/** Explains a missing total by the blocked inputs under the metric's formula. */
function whyNot(id: string, blocked: ReadonlyMap<string, string>, catalog: Catalog, options: CoreOptions): string {
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
