import * as l10n from '@vscode/l10n';
import type { Catalog } from './catalog/catalog';
import type { Unit } from './catalog/schema';
import { fail, type Failure } from './errors';
import { assertNever, type Call, type Expr } from './expr/ast';
import { evaluateExpr, type EvalScope } from './expr/evaluate';
import { parseExpression } from './expr/parser';
import { lineColumn } from './expr/scanner';
import { metricOf } from './engine/record';
import { formulaFor } from './forms';
import { didYouMean, label } from './wording';
import { formatValue } from './format/format';
import { checkValues, firstProblem, readInputs, type Inputs } from './inputs';
import { catalogOf, formatOptionsOf, type CoreOptions } from './options';
import { suggest } from './names';

export interface ExpressionValue {
  readonly ok: true;
  readonly value: number;
  readonly unit: Unit;
  readonly text: string;
}

/**
 * Evaluates what a user typed or selected: arithmetic over numbers, metric calls with named
 * (`ctr(clicks=120, impressions=4000)`) or positional arguments in the catalog's input order,
 * and names given values in `values`. Every error says where, in the user's own text.
 */
export function evaluateExpression(
  source: string,
  options: CoreOptions & { values?: Inputs } = {},
): ExpressionValue | Failure {
  const catalog = catalogOf(options);
  const parsed = parseExpression(source);
  if (!parsed.ok) return parsed;
  const read = readInputs(options.values ?? {}, catalog, options);
  const problem = firstProblem(read);
  if (problem) return problem;
  const scope: EvalScope = {
    value(name, node) {
      const known = read.values.get(name);
      if (known !== undefined) return known;
      scope.problem ??= unknownName(name, node, source, catalog).error;
      return NaN;
    },
    call: (call) => evaluateCall(call, source, catalog, options, scope),
  };
  const value = evaluateExpr(parsed.expr, scope);
  if (scope.problem) return { ok: false, error: scope.problem };
  if (!Number.isFinite(value)) return fail('nonFinite', l10n.t('the result is not a finite number'));
  const unit = unitOf(parsed.expr, catalog) ?? 'number';
  return { ok: true, value, unit, text: formatValue(value, unit, formatOptionsOf(options)) };
}

function evaluateCall(call: Call, source: string, catalog: Catalog, options: CoreOptions, scope: EvalScope): number {
  const report = (failure: Failure) => {
    scope.problem ??= failure.error;
    return NaN;
  };
  const metric = catalog.metric(call.callee);
  if (!metric) return report(unknownName(call.callee, { span: call.calleeSpan }, source, catalog, { kind: 'metric' }));
  const formula = formulaFor(metric, catalog, options);
  if (!formula.ok) return report(formula);
  const inputs = formula.formula.inputs;
  const values = new Map<string, number>();
  for (let i = 0; i < call.args.length; i++) {
    const arg = call.args[i]!;
    const id = arg.name !== undefined ? catalog.field(arg.name)?.id : inputs[i];
    if (id === undefined || !inputs.includes(id)) {
      if (arg.name === undefined)
        return report(
          fail(
            'parse',
            l10n.t(
              '{0} takes {1} inputs ({2}), not {3}',
              label(metric),
              inputs.length,
              inputs.join(', '),
              call.args.length,
            ),
            { input: metric.id, span: call.span },
          ),
        );
      const guess = suggest(arg.name, inputs);
      return report(
        unknownName(arg.name, { span: arg.nameSpan! }, source, catalog, { kind: 'input', of: label(metric) }, guess),
      );
    }
    if (values.has(id))
      return report(
        fail(
          'parse',
          l10n.t('{0} is given twice in the call to {1} at {2}', id, call.callee, where(source, call.span.start)),
          {
            input: id,
            span: call.span,
          },
        ),
      );
    const value = evaluateExpr(arg.value, scope);
    if (Number.isNaN(value)) return NaN;
    values.set(id, value);
  }
  const checked = checkValues(values, metric.parts ?? [], catalog, options);
  if (checked) return report(checked);
  const result = metricOf(metric, values, options);
  return result.ok ? result.value : report(result);
}

function unknownName(
  name: string,
  node: { span: { start: number; end: number } },
  source: string,
  catalog: Catalog,
  what: { kind: 'name' | 'metric' } | { kind: 'input'; of: string } = { kind: 'name' },
  guess = catalog.suggest(name),
): Failure {
  const at = where(source, node.span.start);
  // One whole sentence per kind: a translation cannot put "unknown" and a noun together as English does.
  const message =
    what.kind === 'input'
      ? l10n.t("unknown input of {0} '{1}' at {2}", what.of, name, at)
      : what.kind === 'metric'
        ? l10n.t("unknown metric '{0}' at {1}", name, at)
        : l10n.t("unknown name '{0}' at {1}", name, at);
  const hint = guess ? didYouMean(guess) : undefined;
  return fail('unknownName', hint ? `${message} — ${hint}` : message, {
    input: name,
    span: node.span,
    ...(hint ? { hint } : {}),
  });
}

function where(source: string, offset: number): string {
  const { line, column } = lineColumn(source, offset);
  return `${line}:${column}`;
}

/** The unit a result is shown in: a metric call's own unit, kept through scaling and sums of like units. */
function unitOf(expr: Expr, catalog: Catalog): Unit | undefined {
  switch (expr.kind) {
    case 'number':
      return undefined;
    case 'name':
      return catalog.unitOf(expr.name);
    case 'call':
      return catalog.metric(expr.callee)?.unit;
    case 'unary':
      return unitOf(expr.operand, catalog);
    case 'binary': {
      const left = unitOf(expr.left, catalog);
      const right = unitOf(expr.right, catalog);
      if (expr.op === '+' || expr.op === '-')
        return left === right || right === undefined ? left : left === undefined ? right : 'number';
      if (expr.op === '*') return right === undefined ? left : left === undefined ? right : 'number';
      if (expr.op === '/') return right === undefined ? left : 'number';
      return left === undefined && right === undefined ? undefined : 'number';
    }
    default:
      return assertNever(expr);
  }
}
