import type { Catalog, Formula } from './catalog/catalog';
import type { MetricDef } from './catalog/schema';
import type { CoreError } from './errors';
import { derivable, evaluateMetric, type MetricValue } from './evaluate';
import { chooseFormula } from './forms';
import { checkParts, checkSign, readInputs, type FieldProblem, type Inputs } from './inputs';
import { catalogOf, type CoreOptions } from './options';

export interface MatchedField {
  readonly field: string;
  readonly id: string;
  readonly value: number;
}

export interface MetricProblem {
  readonly id: string;
  readonly error: CoreError;
}

export interface ComputeAllResult {
  readonly ok: true;
  /** Fields that matched a quantity or metric, with the value used. */
  readonly inputs: readonly MatchedField[];
  /** Field names that match nothing in the catalog. */
  readonly unmatched: readonly string[];
  /** Fields whose value could not be used (not a number, negative, a duplicate). */
  readonly fieldProblems: readonly FieldProblem[];
  /** Every metric the inputs determine, in catalog order. */
  readonly results: readonly MetricValue[];
  /** Metrics whose inputs were all there but which have no value (no impressions, clicks > impressions). */
  readonly problems: readonly MetricProblem[];
}

/**
 * Every metric a record determines, chaining through metrics that feed other metrics (reach,
 * impressions and target audience give frequency and reach rate, which give GRPs).
 */
export function computeAll(record: Inputs, options: CoreOptions = {}): ComputeAllResult {
  const catalog = catalogOf(options);
  const read = readInputs(record, catalog, options);
  const fieldProblems = [...read.problems];
  for (const [id, value] of [...read.values]) {
    const problem = checkSign(id, value, catalog, options, read.sources.get(id));
    if (problem) {
      fieldProblems.push({ field: read.sources.get(id) ?? id, error: problem.error });
      read.values.delete(id);
    }
  }
  const inputs = [...read.values].map(([id, value]) => ({ field: read.sources.get(id) ?? id, id, value }));
  const { results, problems } = chain(read.values, catalog, options, read.sources);
  return { ok: true, inputs, unmatched: read.unmatched, fieldProblems, results, problems };
}

/** Forward chaining to a fixpoint: each pass computes the metrics whose inputs are now known. */
export function chain(
  values: Map<string, number>,
  catalog: Catalog,
  options: CoreOptions,
  sources?: ReadonlyMap<string, string>,
): { results: MetricValue[]; problems: MetricProblem[] } {
  const done = new Map<string, MetricValue | MetricProblem>();
  // The form is chosen from what can be computed at all, not from what this pass has yet, so
  // that it is the form evaluate() picks for the same record; it is therefore the same in every
  // pass, and chosen once (a report totals thousands of groups through here).
  const chosen = new Map<string, Formula>();
  const formulaOf = (metric: MetricDef): Formula => {
    let formula = chosen.get(metric.id);
    if (!formula) {
      formula = chooseFormula(metric, catalog, options, (name) => derivable(name, values, catalog, options));
      chosen.set(metric.id, formula);
    }
    return formula;
  };
  let progress = true;
  while (progress) {
    progress = false;
    for (const metric of catalog.metrics.values()) {
      if (done.has(metric.id) || values.has(metric.id)) continue;
      const formula = formulaOf(metric);
      if (!formula.inputs.every((name) => values.has(name))) continue;
      progress = true;
      const partProblem = checkParts(values, metric.parts ?? [], catalog, options, sources);
      const result = partProblem ?? evaluateMetric(metric, values, catalog, options);
      if (result.ok) values.set(metric.id, result.value);
      done.set(metric.id, result.ok ? result : { id: metric.id, error: result.error });
    }
  }
  const results: MetricValue[] = [];
  const problems: MetricProblem[] = [];
  for (const metric of catalog.metrics.values()) {
    const entry = done.get(metric.id);
    if (!entry) continue;
    if ('ok' in entry) results.push(entry);
    else problems.push(entry);
  }
  return { results, problems };
}
