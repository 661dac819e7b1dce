import type { Catalog, Formula } from './catalog/catalog';
import type { MetricDef, Unit } from './catalog/schema';
import { fail, type Failure } from './errors';
import { evaluateExpr, type EvalScope } from './expr/evaluate';
import { formatValue } from './format/format';
import { chooseFormula, isFormOf, possibleFormulas } from './forms';
import { checkValues, firstProblem, readInputs, type Inputs } from './inputs';
import { catalogOf, formatOptionsOf, type CoreOptions } from './options';

export interface MetricValue {
  readonly ok: true;
  readonly id: string;
  readonly value: number;
  readonly unit: Unit;
  /** The value as a person reads it: "3.00%", "$0.0345", "5.00x". */
  readonly text: string;
  /** The formula that was used, with the chosen variant applied. */
  readonly formula: string;
  readonly variant?: string;
}

export type EvaluateResult = MetricValue | Failure;

/**
 * Computes one metric from its inputs. Inputs may be keyed by id or alias and given as numbers
 * or as text; a metric input that is missing is computed from the others when it can be
 * (GRPs from reach, target audience and impressions).
 */
export function evaluate(id: string, inputs: Inputs, options: CoreOptions = {}): EvaluateResult {
  const catalog = catalogOf(options);
  const metric = catalog.metric(id);
  if (!metric) return unknownMetric(id, catalog);
  const read = readInputs(inputs, catalog, options);
  const problem = firstProblem(read);
  if (problem) return problem;
  const checked = checkValues(read.values, metric.parts ?? [], catalog, options, read.sources);
  if (checked) return checked;
  return evaluateMetric(metric, read.values, catalog, options);
}

/** Evaluates with values already read and checked; `values` gains any metric computed on the way. */
export function evaluateMetric(
  metric: MetricDef,
  values: Map<string, number>,
  catalog: Catalog,
  options: CoreOptions,
  visiting: Set<string> = new Set(),
): EvaluateResult {
  const formula = formulaFor(metric, catalog, options, (name) =>
    derivable(name, values, catalog, options, new Set([...visiting, metric.id])),
  );
  if (!formula.ok) return formula;
  visiting.add(metric.id);
  try {
    const missing = formula.formula.inputs.filter((name) => !derivable(name, values, catalog, options, visiting));
    if (missing.length > 0) {
      return fail('missingInput', `${label(metric)} needs ${listOf(missing)}`, { input: missing[0]! });
    }
    const scope = metricScope(values, catalog, options, visiting);
    const value = evaluateExpr(formula.formula.expr, scope);
    if (scope.problem) return { ok: false, error: scope.problem };
    if (!Number.isFinite(value)) return fail('nonFinite', `${label(metric)} is not a finite number for these inputs`);
    return {
      ok: true,
      id: metric.id,
      value,
      unit: metric.unit,
      text: formatValue(value, metric.unit, formatOptionsOf(options)),
      formula: formula.formula.source,
      ...(formula.formula.variant ? { variant: formula.formula.variant.id } : {}),
    };
  } finally {
    visiting.delete(metric.id);
  }
}

/**
 * The metric's formula: the variant the options set, else the form the data allows (forms.ts);
 * without `has`, the default.
 */
export function formulaFor(
  metric: MetricDef,
  catalog: Catalog,
  options: CoreOptions,
  has?: (name: string) => boolean,
): { ok: true; formula: Formula } | Failure {
  const variantId = options.variants?.[metric.id];
  if (variantId && !isFormOf(metric, variantId)) {
    const known = (metric.variants ?? []).map((v) => `'${v.id}'`);
    return fail(
      'invalidVariant',
      `${label(metric)} has no variant '${variantId}'${known.length ? `; choose ${known.join(' or ')}` : ''}`,
      { input: metric.id },
    );
  }
  return {
    ok: true,
    formula: has ? chooseFormula(metric, catalog, options, has) : catalog.formula(metric.id, variantId)!,
  };
}

/**
 * Whether a name has a value or can be computed from the values (without going round in a
 * circle). `values` needs only say which names it has: a record's values or a table's columns.
 */
export function derivable(
  name: string,
  values: { has(name: string): boolean },
  catalog: Catalog,
  options: CoreOptions,
  visiting: Set<string> = new Set(),
): boolean {
  if (values.has(name)) return true;
  const metric = catalog.metrics.get(name);
  if (!metric || visiting.has(name)) return false;
  visiting.add(name);
  const ok = possibleFormulas(metric, catalog, options).some((formula) =>
    formula.inputs.every((input) => derivable(input, values, catalog, options, visiting)),
  );
  visiting.delete(name);
  return ok;
}

function metricScope(
  values: Map<string, number>,
  catalog: Catalog,
  options: CoreOptions,
  visiting: Set<string>,
): EvalScope {
  const scope: EvalScope = {
    value(name) {
      const known = values.get(name);
      if (known !== undefined) return known;
      const sub = catalog.metrics.get(name);
      if (!sub) return NaN;
      const result = evaluateMetric(sub, values, catalog, options, visiting);
      if (!result.ok) {
        scope.problem ??= result.error;
        return NaN;
      }
      values.set(name, result.value);
      return result.value;
    },
  };
  return scope;
}

export function unknownMetric(id: string, catalog: Catalog): Failure {
  const guess = catalog.suggest(id);
  const metricGuess = guess && catalog.metrics.has(guess) ? guess : undefined;
  return fail('unknownMetric', `unknown metric '${id}'${metricGuess ? ` — did you mean '${metricGuess}'?` : ''}`, {
    input: id,
    ...(metricGuess ? { hint: `did you mean '${metricGuess}'?` } : {}),
  });
}

export function label(metric: MetricDef): string {
  return metric.abbreviation ?? metric.name;
}

export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
