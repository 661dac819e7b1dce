import * as l10n from '@vscode/l10n';
import { assertNever, type Call, type Expr } from './ast';
import type { CoreError } from '../errors';

/**
 * What evaluation needs from its caller: values for names, and (for user expressions) a way to
 * compute metric calls. Problems are recorded here rather than thrown: evaluation returns NaN
 * and the first problem explains it.
 */
export interface EvalScope {
  value(name: string, expr: Expr): number;
  call?(call: Call, scope: EvalScope): number;
  problem?: CoreError;
}

export function evaluateExpr(expr: Expr, scope: EvalScope): number {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'name':
      return scope.value(expr.name, expr);
    case 'unary': {
      const operand = evaluateExpr(expr.operand, scope);
      return expr.op === '-' ? -operand : operand;
    }
    case 'binary':
      return evaluateBinary(expr, scope);
    case 'call':
      if (!scope.call)
        return report(scope, {
          code: 'unknownName',
          message: l10n.t("'{0}(…)' cannot be called here", expr.callee),
          input: expr.callee,
          span: expr.span,
        });
      return scope.call(expr, scope);
    default:
      return assertNever(expr);
  }
}

function evaluateBinary(expr: Extract<Expr, { kind: 'binary' }>, scope: EvalScope): number {
  const left = evaluateExpr(expr.left, scope);
  if (Number.isNaN(left)) return NaN;
  const right = evaluateExpr(expr.right, scope);
  if (Number.isNaN(right)) return NaN;
  switch (expr.op) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      if (right === 0) return report(scope, zeroDenominator(expr.right, scope));
      return left / right;
    case '^': {
      const value = left ** right;
      if (Number.isNaN(value))
        return report(scope, {
          code: 'nonFinite',
          message: l10n.t('{0} is not a real number', `${left}^${right}`),
          span: expr.span,
        });
      return value;
    }
    default:
      return assertNever(expr.op);
  }
}

/** Names the input that made a denominator zero: "no impressions", not "division by zero". */
function zeroDenominator(denominator: Expr, scope: EvalScope): CoreError {
  const culprit = zeroName(denominator, scope);
  if (culprit)
    return {
      code: 'zeroDenominator',
      message: l10n.t('no {0}: it is 0, and the formula divides by it', culprit),
      input: culprit,
      span: denominator.span,
    };
  return { code: 'zeroDenominator', message: l10n.t('the formula divides by zero'), span: denominator.span };
}

function zeroName(expr: Expr, scope: EvalScope): string | undefined {
  if (expr.kind === 'name') return expr.name;
  if (expr.kind === 'binary' && expr.op === '*') {
    for (const side of [expr.left, expr.right]) {
      const probe: EvalScope = { value: scope.value, ...(scope.call ? { call: scope.call } : {}) };
      if (evaluateExpr(side, probe) === 0) return zeroName(side, scope);
    }
  }
  return undefined;
}

function report(scope: EvalScope, problem: CoreError): number {
  scope.problem ??= problem;
  return NaN;
}
