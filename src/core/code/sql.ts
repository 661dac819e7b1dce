import { printExpression, type PrintStyle } from './print';
import { nonAdditive, snakeCase, type Writer } from './writer';

/** SQL: a ratio of sums when every input sums, a floating division and a zero guard. */
export const writeSql: Writer = ({ metric, expr, additive, catalog }) => {
  const column = (n: string) => (additive ? `SUM(${snakeCase(n)})` : snakeCase(n));
  const style: PrintStyle = {
    name: column,
    // 1.0 * makes the division a floating one where counts are INTEGER columns (SQLite,
    // PostgreSQL, SQL Server and Redshift truncate an integer division to 0).
    binary: (op, left, _right, raw) => (op === '/' ? `${floating(left)} / NULLIF(${raw.right}, 0)` : op === '^' ? `POWER(${raw.left}, ${raw.right})` : undefined),
  };
  // A block comment: a `--` comment would swallow the rest of a one-line SELECT.
  const note = additive ? '' : ` /* per row: ${nonAdditive(expr, catalog).join(', ')} cannot be summed across rows */`;
  return `${printExpression(expr, style)} AS ${snakeCase(metric.id)}${note}`;
};

/** A SQL dividend that divides as a float: `1000.0 * SUM(cost)`, `1.0`, or `1.0 * SUM(clicks)`. */
function floating(dividend: string): string {
  if (/^\d+$/.test(dividend)) return `${dividend}.0`;
  const scaled = /^(\d+) \* /.exec(dividend);
  return scaled ? `${scaled[1]}.0 * ${dividend.slice(scaled[0].length)}` : `1.0 * ${dividend}`;
}
