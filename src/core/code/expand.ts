import type { Catalog } from '../catalog/catalog';
import { namesIn, type Expr } from '../expr/ast';

/**
 * Replaces metric references by their own formulas, down to input quantities, so that code
 * written for an analyst's table needs only the raw columns (GRPs → reach, targetAudience,
 * impressions). A name that is also an input quantity (impressions) stays a column.
 */
export function expandMetrics(
  expr: Expr,
  catalog: Catalog,
  variants: Readonly<Record<string, string>> = {},
  seen: ReadonlySet<string> = new Set(),
): Expr {
  switch (expr.kind) {
    case 'number':
      return expr;
    case 'name': {
      if (catalog.quantities.has(expr.name) || seen.has(expr.name)) return expr;
      const formula = catalog.metrics.has(expr.name) ? catalog.formula(expr.name, variants[expr.name]) : undefined;
      if (!formula) return expr;
      const expanded = expandMetrics(formula.expr, catalog, variants, new Set([...seen, expr.name]));
      // A metric whose formula leads back to one being written stays a column: impressions as
      // reach × frequency must not become reach × (impressions / reach).
      return namesIn(expanded).some((name) => seen.has(name)) ? expr : expanded;
    }
    case 'unary':
      return { ...expr, operand: expandMetrics(expr.operand, catalog, variants, seen) };
    case 'binary':
      return {
        ...expr,
        left: expandMetrics(expr.left, catalog, variants, seen),
        right: expandMetrics(expr.right, catalog, variants, seen),
      };
    case 'call':
      return expr;
    default:
      return expr;
  }
}

/** Every denominator in the expression, for targets that guard division by zero themselves. */
export function denominators(expr: Expr, into: Expr[] = []): Expr[] {
  if (expr.kind === 'binary') {
    if (expr.op === '/' && expr.right.kind !== 'number') into.push(expr.right);
    denominators(expr.left, into);
    denominators(expr.right, into);
  } else if (expr.kind === 'unary') {
    denominators(expr.operand, into);
  }
  return into;
}
