import type { Catalog } from '../catalog/catalog';
import type { Expr } from '../expr/ast';
import { printExpression } from './print';
import { sqlRules, type SqlDialect, type SqlRules } from './sqlDialects';
import { needsQuoting } from './sqlIdentifiers';
import { nonAdditive, snakeCase, type Writer } from './writer';

/**
 * SQL: a ratio of sums when every input sums, else a per-row expression; a floating division, a
 * zero guard and quoted names, each written as the dialect's rules (sqlDialects.ts) say.
 * The formula is first rewritten into the SQL it means (columns, guarded divisions, POWER), and
 * the one printer (print.ts) then places the parentheses.
 */
export const writeSql: Writer = ({ metric, expr, additive, catalog, options }) => {
  const context: Context = { rules: sqlRules(options.dialect), catalog, additive };
  // A block comment: a `--` comment would swallow the rest of a one-line SELECT.
  const note = additive ? '' : ` /* per row: ${nonAdditive(expr, catalog).join(', ')} cannot be summed across rows */`;
  return `${printExpression(toSql(expr, context).expr, VERBATIM)} AS ${identifier(snakeCase(metric.id), context.rules)}${note}`;
};

/**
 * A formula over columns that are already one value per row or group (a report's summed
 * inputs), as the dialect writes it: floating division, zero guard, quoted names.
 */
export function sqlExpression(expr: Expr, catalog: Catalog, dialect?: SqlDialect): string {
  return printExpression(toSql(expr, { rules: sqlRules(dialect), catalog, additive: false }).expr, VERBATIM);
}

/** A column name as the dialect must write it: quoted only where it needs to be. */
export function sqlName(name: string, dialect?: SqlDialect): string {
  return identifier(name, sqlRules(dialect));
}

interface Context {
  readonly rules: SqlRules;
  readonly catalog: Catalog;
  readonly additive: boolean;
}

/**
 * What an engine holds a value as, which decides whether a division needs converting: counts
 * are INTEGER columns, money and rates may be DECIMAL, and a division's result is floating.
 */
type Kind = 'integer' | 'decimal' | 'float';

interface Sql {
  readonly expr: Expr;
  readonly kind: Kind;
}

/** Name nodes of the rewritten tree hold finished SQL text, printed as they are. */
const VERBATIM = { name: (text: string) => text };

function toSql(expr: Expr, context: Context): Sql {
  switch (expr.kind) {
    case 'number':
      return { expr, kind: Number.isInteger(expr.value) ? 'integer' : 'decimal' };
    case 'name':
      return column(expr.name, context);
    case 'unary': {
      const operand = toSql(expr.operand, context);
      return { expr: { ...expr, operand: operand.expr }, kind: operand.kind };
    }
    case 'binary':
      return binary(expr, context);
    default:
      // Metric calls are expanded away before code is written; a call left over prints as it is.
      return { expr, kind: 'decimal' };
  }
}

function binary(expr: Extract<Expr, { kind: 'binary' }>, context: Context): Sql {
  const left = toSql(expr.left, context);
  const right = toSql(expr.right, context);
  if (expr.op === '/') return divide(left, right, context.rules);
  if (expr.op === '^') return power(left, right, context.rules);
  return { expr: { ...expr, left: left.expr, right: right.expr }, kind: widest(left.kind, right.kind) };
}

/** A float with anything is a float; a DECIMAL with an integer, a DECIMAL. */
function widest(a: Kind, b: Kind): Kind {
  return a === 'float' || b === 'float' ? 'float' : a === 'decimal' || b === 'decimal' ? 'decimal' : 'integer';
}

/** A column, summed when the total is a ratio of sums, its name quoted when it must be. */
function column(name: string, context: Context): Sql {
  const { rules, catalog, additive } = context;
  const text = identifier(snakeCase(name), rules);
  const kind: Kind = catalog.quantities.get(name)?.unit === 'count' ? 'integer' : 'decimal';
  if (!additive) return { expr: verbatim(text), kind };
  if (rules.floatSums) return { expr: verbatim(`SUM(${cast(text, rules)})`), kind: 'float' };
  return { expr: verbatim(`SUM(${text})`), kind };
}

function identifier(name: string, rules: SqlRules): string {
  return needsQuoting(name) ? rules.quote(name) : name;
}

/** The guarded division, its dividend made floating first where the engine would not divide as floats. */
function divide(left: Sql, right: Sql, rules: SqlRules): Sql {
  const dividend = mustFloat(left.kind, right.kind, rules) ? floating(left.expr, rules) : left.expr;
  if (rules.divide !== 'nullif') return { expr: call(rules.divide, [dividend, right.expr]), kind: 'float' };
  const guarded = call('NULLIF', [right.expr, { kind: 'number', value: 0, span: right.expr.span }]);
  return { expr: { kind: 'binary', op: '/', left: dividend, right: guarded, span: left.expr.span }, kind: 'float' };
}

function mustFloat(dividend: Kind, divisor: Kind, rules: SqlRules): boolean {
  if (dividend === 'float' || divisor === 'float') return false;
  if (rules.floatWhen === 'always') return true;
  return rules.floatWhen === 'decimal' && (dividend === 'decimal' || divisor === 'decimal');
}

/** POWER(a, b), never `^` (BigQuery's and PostgreSQL's `^` differ); a DECIMAL base keeps its kind. */
function power(base: Sql, exponent: Sql, rules: SqlRules): Sql {
  const floated = rules.floatPowerBase && base.kind !== 'float';
  const expr = call('POWER', [floated ? floating(base.expr, rules) : base.expr, exponent.expr]);
  return { expr, kind: floated || base.kind !== 'decimal' ? 'float' : 'decimal' };
}

/**
 * The value as a float: `1.0e0 * x` (or `1000.0e0 * x` where x was `1000 * x`, `1.0e0` for 1),
 * or CAST(x AS type), which keeps a leading constant outside: `1000 * CAST(SUM(cost) AS FLOAT)`.
 */
function floating(expr: Expr, rules: SqlRules): Expr {
  if (expr.kind === 'number')
    return verbatim('literal' in rules.float ? floatLiteral(expr.value) : cast(String(expr.value), rules));
  if (expr.kind === 'binary' && expr.op === '*' && expr.left.kind === 'number') {
    const factor = expr.left.value;
    if ('literal' in rules.float) return { ...expr, left: verbatim(floatLiteral(factor)) };
    return { ...expr, right: verbatim(cast(printExpression(expr.right, VERBATIM), rules)) };
  }
  if ('literal' in rules.float)
    return { kind: 'binary', op: '*', left: verbatim('1.0e0'), right: expr, span: expr.span };
  return verbatim(cast(printExpression(expr, VERBATIM), rules));
}

/** A number written as a double: 1 → 1.0e0, 0.5 → 0.5e0 (an exponent makes it approximate-value). */
function floatLiteral(value: number): string {
  return `${Number.isInteger(value) ? value.toFixed(1) : String(value)}e0`;
}

function cast(text: string, rules: SqlRules): string {
  return 'cast' in rules.float ? `CAST(${text} AS ${rules.float.cast})` : `1.0e0 * ${text}`;
}

function verbatim(text: string): Expr {
  return { kind: 'name', name: text, span: { start: 0, end: 0 } };
}

function call(callee: string, args: readonly Expr[]): Expr {
  return {
    kind: 'call',
    callee,
    calleeSpan: { start: 0, end: 0 },
    args: args.map((value) => ({ value })),
    span: { start: 0, end: 0 },
  };
}
