// What the engine tests share: rows of every quantity, the metrics a table can total, and the
// core's total to compare with. Counts are integers and money has cents, as exports have them.
import { aggregate, BUILTIN_CATALOG, builtinCatalog, evaluate, formulaAsCode, type Expr, type Inputs } from '../../../../src/core';
import { denominators, expandMetrics } from '../../../../src/core/code/expand';
import { namesIn } from '../../../../src/core/expr/ast';
import { evaluateExpr } from '../../../../src/core/expr/evaluate';
import { parseExpression } from '../../../../src/core/expr/parser';

export const catalog = builtinCatalog();
export const snake = (id: string): string => id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const quantities = BUILTIN_CATALOG.quantities;

/** Rows of every quantity: integers for counts, money with cents; each part below its whole. */
export function rows(count: number): Record<string, number>[] {
  const wholes = new Map<string, string>();
  // Sides that are sums or differences (promoters + detractors ≤ respondents) hold with these sizes already.
  const plain = (side: string) => /^\w+$/.test(side);
  for (const metric of BUILTIN_CATALOG.metrics) for (const { part, whole } of metric.parts ?? []) if (plain(part) && plain(whole)) wholes.set(whole, part);
  return Array.from({ length: count }, (_, r) => {
    const row: Record<string, number> = {};
    quantities.forEach((q, i) => {
      const base = 100 + 7 * i + 13 * r;
      row[q.id] = q.unit === 'currency' ? base + 0.25 * (r + 1) : base;
    });
    // A whole ten times its part, plus the row: clicks ≤ impressions, opens ≤ delivered…
    // Passes until nothing changes, as a whole may be another whole's part (SQLs of MQLs).
    for (let pass = 0; pass < 5; pass++) for (const [whole, part] of wholes) row[whole] = Math.max(row[whole]!, row[part]! * 10 + r);
    // Delivered is sent less bounced, as every email platform reports them.
    row['emailsSent'] = row['emailsDelivered']! + row['emailsBounced']!;
    return row;
  });
}

/** Metrics whose SQL is a ratio of sums (every input additive): the ones a table can total. */
export const TOTALLED = BUILTIN_CATALOG.metrics.filter((m) => {
  const code = formulaAsCode(m.id, 'sql');
  return code.ok && !code.code.includes('/* per row');
});

/** The core's ratio-of-sums total of one metric over the rows (with a formula variant chosen, when given). */
export function coreTotal(data: readonly Record<string, number>[], id: string, variants: Readonly<Record<string, string>> = {}): number | undefined {
  return aggregate(data as Inputs[], [id], { catalog, variants }).total.results.find((r) => r.id === id)?.value;
}

export function sameNumber(engine: number, core: number): boolean {
  return Math.abs(engine - core) <= 1e-9 * Math.max(1, Math.abs(core));
}

/** One formula of a metric: its default one, or a variant chosen as `options.variants` chooses it. */
export interface FormulaCase {
  readonly id: string;
  readonly variant: string | undefined;
  readonly variants: Readonly<Record<string, string>>;
  /** `ctr`, `ctr (allClicks)`: the case in a test's title. */
  readonly title: string;
}

/** Every metric with every formula it has, so an engine test leaves no variant out. */
export const FORMULA_CASES: readonly FormulaCase[] = BUILTIN_CATALOG.metrics.flatMap((metric) =>
  [undefined, ...(metric.variants ?? []).map((v) => v.id)].map((variant) => ({
    id: metric.id,
    variant,
    variants: variant ? { [metric.id]: variant } : {},
    title: variant ? `${metric.id} (${variant})` : metric.id,
  })),
);

/** A case's formula expanded down to input columns, as Insert Formula as Code writes it. */
export function expandedFormula({ id, variant, variants }: FormulaCase): Expr {
  const formula = catalog.formula(id, variant);
  if (!formula) throw new Error(`no formula for ${id}`);
  return expandMetrics(formula.expr, catalog, variants, new Set([id]));
}

/**
 * Rows like `rows`, but whose parts and wholes may be sums or differences too (promoters +
 * detractors ≤ respondents, uniqueOpens ≤ emailsSent − emailsBounced): `rows` leaves the wholes
 * of such parts NaN. Every quantity has a number, and no field is a problem to the core.
 */
export function completeRows(count: number): Record<string, number>[] {
  const pairs = BUILTIN_CATALOG.metrics.flatMap((metric) => metric.parts ?? []);
  return Array.from({ length: count }, (_, r) => {
    const row: Record<string, number> = {};
    quantities.forEach((q, i) => {
      const base = 100 + 7 * i + 13 * r;
      row[q.id] = q.unit === 'currency' ? base + 0.25 * (r + 1) : base;
    });
    // A whole at least ten times its part, plus the row: the whole's first input grows by what
    // is missing. Passes until nothing changes, as a whole may be another whole's part.
    for (let pass = 0; pass < 5; pass++) {
      for (const { part, whole } of pairs) {
        const missing = 10 * sideValue(part, row) + r - sideValue(whole, row);
        const grown = namesIn(sideExpr(whole))[0]!;
        if (missing > 0) row[grown] = row[grown]! + missing;
      }
    }
    return row;
  });
}

function sideExpr(side: string): Expr {
  const parsed = parseExpression(side);
  if (!parsed.ok) throw new Error(`a part or whole that does not parse: ${side}`);
  return parsed.expr;
}

function sideValue(side: string, row: Readonly<Record<string, number>>): number {
  return evaluateExpr(sideExpr(side), { value: (name) => row[name] ?? NaN });
}

/** Every quantity some formula divides by, in its default form or a variant. */
export const DIVISORS: ReadonlySet<string> = new Set(FORMULA_CASES.flatMap((c) => denominators(expandedFormula(c)).flatMap((d) => namesIn(d))));

/** Divisors 0, the rest 7: x / 0, where an unguarded engine gives inf or #DIV/0! rather than 0 / 0's NaN. */
export const NO_DIVISORS: Readonly<Record<string, number>> = Object.fromEntries(quantities.map((q) => [q.id, DIVISORS.has(q.id) ? 0 : 7]));

/** A table's row as an engine gets it: null where the cell is empty. */
export type Cells = Record<string, number | null>;

/** Columns the written code reads that are metrics, not quantities (impressions = reach × frequency). */
export const METRIC_COLUMNS: readonly string[] = [...new Set(FORMULA_CASES.flatMap((c) => namesIn(expandedFormula(c))))].filter((n) => !catalog.quantities.has(n));

/** Every quantity of each row (null where it has none), and each metric column as the core computes it on the row. */
export function tableCells(data: readonly Record<string, number>[]): Cells[] {
  return data.map((row) => {
    const cells: Cells = Object.fromEntries(quantities.map((q) => [q.id, row[q.id] ?? null]));
    for (const id of METRIC_COLUMNS) cells[id] = coreValue(id, row) ?? null;
    return cells;
  });
}

/**
 * The rows as the core is to be given them: only the columns the formula reads. Given every
 * column, the core chooses a variant by the data (CLV with a gross margin when there is one),
 * where the written code is the one form asked for.
 */
export function coreRows(expr: Expr, cells: readonly Cells[]): Record<string, number>[] {
  const names = namesIn(expr);
  return cells.map((row) => Object.fromEntries(names.flatMap((n) => (typeof row[n] === 'number' ? [[n, row[n]]] : []))));
}

/** The core's value of a metric on one row, undefined where it gives none. */
export function coreValue(id: string, row: Readonly<Record<string, number>>, variants: Readonly<Record<string, string>> = {}): number | undefined {
  const result = evaluate(id, row, { catalog, variants });
  return result.ok ? result.value : undefined;
}
