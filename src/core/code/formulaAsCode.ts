import type { Catalog } from '../catalog/catalog';
import type { MetricDef } from '../catalog/schema';
import { namesIn, type Expr } from '../expr/ast';
import { fail, type Failure } from '../errors';
import { formulaFor, unknownMetric } from '../evaluate';
import { catalogOf, type CoreOptions } from '../options';
import { denominators, expandMetrics } from './expand';
import { printExpression, type PrintStyle } from './print';

export const CODE_TARGETS = ['pandas', 'sql', 'javascript', 'excel', 'latex'] as const;
export type CodeTarget = (typeof CODE_TARGETS)[number];

/** The VS Code language id each target's code is written in. */
export const CODE_TARGET_LANGUAGE: Readonly<Record<CodeTarget, string>> = {
  pandas: 'python',
  sql: 'sql',
  javascript: 'javascript',
  excel: 'plaintext',
  latex: 'latex',
};

export type FormulaCode = { readonly ok: true; readonly target: CodeTarget; readonly code: string } | Failure;

/**
 * A metric's formula written for an analyst's own tools. Metric inputs are expanded down to
 * raw columns; SQL and spreadsheets total with a ratio of sums when every input is additive,
 * and every target that can divide by zero says so instead of showing a number.
 */
export function formulaAsCode(id: string, target: CodeTarget, options: CoreOptions = {}): FormulaCode {
  const catalog = catalogOf(options);
  const metric = catalog.metric(id);
  if (!metric) return unknownMetric(id, catalog);
  if (!CODE_TARGETS.includes(target)) return fail('invalidVariant', `unknown code target '${String(target)}'; choose ${CODE_TARGETS.join(', ')}`);
  const formula = formulaFor(metric, catalog, options);
  if (!formula.ok) return formula;
  const expr = expandMetrics(formula.formula.expr, catalog, options.variants, new Set([metric.id]));
  const additive = namesIn(expr).every((name) => catalog.quantities.get(name)?.additive === true);
  return { ok: true, target, code: WRITERS[target](metric, expr, additive, catalog) };
}

type Writer = (metric: MetricDef, expr: Expr, additive: boolean, catalog: Catalog) => string;

const WRITERS: Readonly<Record<CodeTarget, Writer>> = {
  pandas(metric, expr) {
    // A zero denominator gives NaN, as the core gives no value, never pandas' inf.
    const style: PrintStyle = {
      name: (n) => `df["${n}"]`,
      operator: (op) => (op === '^' ? '**' : op),
      binary: (op, left, _right, raw) => (op === '/' ? `${left} / ${nonZero(raw.right)}` : undefined),
    };
    return `df["${metric.id}"] = ${printExpression(expr, style)}`;
  },
  sql(metric, expr, additive, catalog) {
    const column = (n: string) => (additive ? `SUM(${snakeCase(n)})` : snakeCase(n));
    const style: PrintStyle = {
      name: column,
      // 1.0 * makes the division a floating one where counts are INTEGER columns (SQLite,
      // PostgreSQL, SQL Server and Redshift truncate an integer division to 0).
      binary: (op, left, _right, raw) => (op === '/' ? `${floating(left)} / NULLIF(${raw.right}, 0)` : op === '^' ? `POWER(${raw.left}, ${raw.right})` : undefined),
    };
    // A block comment: a `--` comment would swallow the rest of a one-line SELECT.
    const note = additive ? '' : ` /* per row: ${nonAdditive(expr, catalog)} cannot be summed across rows */`;
    return `${printExpression(expr, style)} AS ${snakeCase(metric.id)}${note}`;
  },
  javascript(metric, expr) {
    const names = namesIn(expr);
    const body = printExpression(expr, { name: (n) => n, operator: (op) => (op === '^' ? '**' : op) });
    const guards = uniqueTexts(denominators(expr).map((d) => printExpression(d)));
    const guarded = guards.length ? `${guards.map((g) => `${wrap(g)} === 0`).join(' || ')} ? null : ${body}` : body;
    return `const ${metric.id} = ({ ${names.join(', ')} }) => (${guarded});`;
  },
  excel(_metric, expr, additive) {
    const cell = (n: string) => (additive ? `SUM(${n})` : n);
    const body = printExpression(expr, { name: cell });
    // Nested IFs, innermost denominator first: OR() evaluates every argument, so a guard that
    // itself divides would raise #DIV/0! before the check that prevents it.
    const guards = uniqueTexts(denominators(expr).map((d) => printExpression(d, { name: cell }))).reverse();
    return `=${guards.reduceRight((inner, guard) => `IF(${guard}=0, NA(), ${inner})`, body)}`;
  },
  latex(metric, expr) {
    const style: PrintStyle = {
      name: (n) => `\\mathrm{${n}}`,
      groups: (op) => op === '/',
      binary: (op, left, right, raw) => (op === '/' ? `\\frac{${raw.left}}{${raw.right}}` : op === '*' ? `${left} \\times ${right}` : op === '^' ? `{${left}}^{${raw.right}}` : undefined),
    };
    return `\\mathrm{${metric.abbreviation ?? metric.id}} = ${printExpression(expr, style)}`;
  },
};

/** A SQL dividend that divides as a float: `1000.0 * SUM(cost)`, `1.0`, or `1.0 * SUM(clicks)`. */
function floating(dividend: string): string {
  if (/^\d+$/.test(dividend)) return `${dividend}.0`;
  const scaled = /^(\d+) \* /.exec(dividend);
  return scaled ? `${scaled[1]}.0 * ${dividend.slice(scaled[0].length)}` : `1.0 * ${dividend}`;
}

/** A pandas Series with NaN where it is 0: `df["cost"].where(df["cost"] != 0)`. */
function nonZero(series: string): string {
  const operand = /^df\["[^"]+"\]$/.test(series) ? series : `(${series})`;
  return `${operand}.where(${operand} != 0)`;
}

function nonAdditive(expr: Expr, catalog: Catalog): string {
  return namesIn(expr).filter((n) => catalog.quantities.get(n)?.additive !== true).join(', ');
}

function snakeCase(id: string): string {
  return id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function wrap(text: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) ? text : `(${text})`;
}

function uniqueTexts(texts: string[]): string[] {
  return [...new Set(texts)];
}
