import type { Expr } from './expr/ast';
import { namesIn } from './expr/ast';
import { evaluateExpr } from './expr/evaluate';
import { parseExpression } from './expr/parser';
import { printExpression } from './code/print';

/**
 * A side of a part/whole check: an input id, or a sum or difference of them
 * (`promoters + detractors` ≤ respondents; `customersEnd - newCustomers` ≤ customersStart).
 * Parsed once per text; the built-in sides are checked to parse by the catalog's unit test.
 */
const parsed = new Map<string, Expr>();

export function sideExpr(side: string): Expr {
  let expr = parsed.get(side);
  if (!expr) {
    const result = parseExpression(side);
    if (!result.ok) throw new Error(`part/whole side '${side}' does not parse: ${result.error.message}`);
    expr = result.expr;
    parsed.set(side, expr);
  }
  return expr;
}

export function isPlainId(side: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(side);
}

/** The side's value from a record's values, or undefined when an input it needs is not there. */
export function sideValue(side: string, values: ReadonlyMap<string, number>): number | undefined {
  const direct = values.get(side);
  if (direct !== undefined || isPlainId(side)) return direct;
  const expr = sideExpr(side);
  if (!namesIn(expr).every((name) => values.has(name))) return undefined;
  return evaluateExpr(expr, { value: (name) => values.get(name)! });
}

/** The side in the user's words: `customersEnd - newCustomers` with each id as its field was named. */
export function sideLabel(side: string, label: (id: string) => string): string {
  return isPlainId(side) ? label(side) : printExpression(sideExpr(side), { name: label });
}
