import * as l10n from '@vscode/l10n';
import type { Catalog, Formula } from './catalog/catalog';
import type { MetricDef, Unit } from './catalog/schema';
import { fail, type Failure } from './errors';
import type { Expr } from './expr/ast';
import { evaluateExpr, type EvalScope } from './expr/evaluate';
import { countOccurrences, isolate } from './expr/invert';
import { printExpression } from './code/print';
import { formatValue } from './format/format';
import { metricOf } from './engine/record';
import { formulaFor } from './forms';
import { label, listOf, unknownMetric } from './wording';
import { checkValues, firstProblem, readInputs, type Inputs } from './inputs';
import { catalogOf, formatOptionsOf, type CoreOptions } from './options';
import { findRoots } from './solveNumeric';

export interface SolvedValue {
  readonly ok: true;
  /** The id that was solved for (an input of the metric, or the metric itself). */
  readonly id: string;
  readonly value: number;
  readonly unit: Unit;
  readonly text: string;
  /** How the value was found, e.g. "revenue = roas * cost". */
  readonly formula: string;
  readonly method: 'direct' | 'symbolic' | 'numeric';
}

export type SolveResult = SolvedValue | Failure;

/**
 * Finds the one value that is missing: an input of a metric from the target value and the
 * other inputs (`solve('roas', { roas: 4, cost: 10000 }, 'revenue')` → 40000), or the metric
 * itself from all its inputs.
 */
export function solve(id: string, known: Inputs, unknown: string, options: CoreOptions = {}): SolveResult {
  const catalog = catalogOf(options);
  const metric = catalog.metric(id);
  if (!metric) return unknownMetric(id, catalog);
  const target = catalog.field(unknown)?.id ?? unknown;
  const read = readInputs(known, catalog, options);
  const problem = firstProblem(read);
  if (problem) return problem;
  const values = read.values;
  values.delete(target);
  if (target === metric.id) return solveDirect(metric, values, catalog, options);
  const checked = checkValues(values, metric.parts ?? [], catalog, options, read.sources);
  if (checked) return checked;
  return solveInput(metric, target, values, catalog, options, 0);
}

function solveDirect(
  metric: MetricDef,
  values: Map<string, number>,
  catalog: Catalog,
  options: CoreOptions,
): SolveResult {
  const checked = checkValues(values, metric.parts ?? [], catalog, options);
  if (checked) return checked;
  const result = metricOf(metric, values, options);
  if (!result.ok) return result;
  return {
    ok: true,
    id: metric.id,
    value: result.value,
    unit: result.unit,
    text: result.text,
    formula: `${metric.id} = ${result.formula}`,
    method: 'direct',
  };
}

/** Solves `metric = formula(…)` for `target`, going through a metric input when the target sits under it. */
function solveInput(
  metric: MetricDef,
  target: string,
  values: Map<string, number>,
  catalog: Catalog,
  options: CoreOptions,
  depth: number,
): SolveResult {
  const formula = formulaFor(metric, catalog, options);
  if (!formula.ok) return formula;
  const goal = values.get(metric.id);
  if (goal === undefined) {
    return fail(
      'missingInput',
      l10n.t('to solve for {0}, give the value {1} should have ({2})', target, label(metric), metric.id),
      { input: metric.id },
    );
  }
  if (formula.formula.inputs.includes(target))
    return solveFor(metric, formula.formula, target, goal, values, catalog, options);
  const via =
    depth < 4
      ? formula.formula.inputs.find((name) => !values.has(name) && reaches(name, target, catalog, options))
      : undefined;
  if (!via) {
    return fail(
      'noSolution',
      l10n.t('{0} is not an input of {1} ({2})', target, label(metric), formula.formula.source),
      {
        input: target,
      },
    );
  }
  const step = solveFor(metric, formula.formula, via, goal, values, catalog, options);
  if (!step.ok) return step;
  values.set(via, step.value);
  return solveInput(catalog.metrics.get(via)!, target, values, catalog, options, depth + 1);
}

function reaches(
  metricId: string,
  target: string,
  catalog: Catalog,
  options: CoreOptions,
  seen = new Set<string>(),
): boolean {
  const formula = catalog.metrics.has(metricId) ? catalog.formula(metricId, options.variants?.[metricId]) : undefined;
  if (!formula || seen.has(metricId)) return false;
  seen.add(metricId);
  return (
    formula.inputs.includes(target) || formula.inputs.some((name) => reaches(name, target, catalog, options, seen))
  );
}

function solveFor(
  metric: MetricDef,
  formula: Formula,
  target: string,
  goal: number,
  values: Map<string, number>,
  catalog: Catalog,
  options: CoreOptions,
): SolveResult {
  const others = formula.inputs.filter((name) => name !== target && !values.has(name) && !catalog.metrics.has(name));
  if (others.length > 0)
    return fail(
      'missingInput',
      l10n.t('to solve for {0}, {1} also needs {2}', target, label(metric), others.join(', ')),
      {
        input: others[0]!,
      },
    );
  const unit = catalog.unitOf(target) ?? 'number';
  const f = (x: number) => forward(formula.expr, target, x, values, catalog, options);
  if (countOccurrences(formula.expr, target) === 1) {
    const isolated = isolate(formula.expr, target, { kind: 'name', name: metric.id, span: { start: 0, end: 0 } });
    if (isolated) {
      const value = evalWith(isolated, new Map([...values, [metric.id, goal]]), catalog, options);
      if (Number.isFinite(value) && close(f(value), goal)) {
        return accept(
          metric,
          target,
          value,
          unit,
          `${target} = ${printExpression(isolated)}`,
          'symbolic',
          values,
          catalog,
          options,
        );
      }
    }
  }
  const roots = findRoots((x) => f(x) - goal);
  if (roots.kind === 'constant') {
    const format = (value: number) => formatValue(value, metric.unit, formatOptionsOf(options));
    // The unknown drops out of the formula with these inputs (promoters = detractors leaves NPS
    // at 0 whatever respondents is): say so, and what the metric is, rather than "no value".
    return fail(
      roots.zero ? 'notUnique' : 'noSolution',
      roots.zero
        ? l10n.t('{0} cancels out: every value of {0} gives {1} = {2}', target, label(metric), format(goal))
        : l10n.t(
            '{0} cancels out: with the other inputs as they are, {1} is {2} whatever {0} is, so no value gives {3}',
            target,
            label(metric),
            format(roots.value + goal),
            format(goal),
          ),
      { input: target },
    );
  }
  if (roots.values.length === 0) {
    return fail(
      'noSolution',
      l10n.t(
        'no value of {0} gives {1} = {2} with the other inputs as they are',
        target,
        label(metric),
        formatValue(goal, metric.unit, formatOptionsOf(options)),
      ),
      { input: target },
    );
  }
  if (roots.values.length > 1) {
    const shown = listOf(roots.values.map((r) => formatValue(r, unit, formatOptionsOf(options))));
    return fail('notUnique', l10n.t('{0} has more than one solution ({1})', target, shown), { input: target });
  }
  return accept(
    metric,
    target,
    roots.values[0]!,
    unit,
    l10n.t('{0} solved numerically from {1}', target, `${metric.id} = ${formula.source}`),
    'numeric',
    values,
    catalog,
    options,
  );
}

/** A solved value must pass the same checks as a typed one: a count that would be negative is no solution. */
function accept(
  metric: MetricDef,
  target: string,
  value: number,
  unit: Unit,
  how: string,
  method: 'symbolic' | 'numeric',
  values: ReadonlyMap<string, number>,
  catalog: Catalog,
  options: CoreOptions,
): SolveResult {
  const rounded = Math.abs(value) < 1e-12 ? 0 : value;
  const problem = checkValues(new Map([...values, [target, rounded]]), metric.parts ?? [], catalog, options);
  if (problem) {
    return fail(
      'noSolution',
      l10n.t('no valid {0} gives that {1}: {2}', target, label(metric), problem.error.message),
      {
        input: target,
      },
    );
  }
  return {
    ok: true,
    id: target,
    value: rounded,
    unit,
    text: formatValue(rounded, unit, formatOptionsOf(options)),
    formula: how,
    method,
  };
}

function forward(
  expr: Expr,
  target: string,
  x: number,
  values: ReadonlyMap<string, number>,
  catalog: Catalog,
  options: CoreOptions,
): number {
  return evalWith(expr, new Map([...values, [target, x]]), catalog, options);
}

function evalWith(expr: Expr, values: Map<string, number>, catalog: Catalog, options: CoreOptions): number {
  const scope: EvalScope = {
    value(name) {
      const known = values.get(name);
      if (known !== undefined) return known;
      const sub = catalog.metrics.get(name);
      if (!sub) return NaN;
      const result = metricOf(sub, values, options);
      return result.ok ? result.value : NaN;
    },
  };
  const value = evaluateExpr(expr, scope);
  return scope.problem ? NaN : value;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
