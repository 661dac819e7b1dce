import { namesIn, type Expr } from '../expr/ast';
import { listInCode } from '../wording';
import { printExpression, type PrintStyle } from './print';
import { nonAdditive, type Writer } from './writer';

/**
 * pandas: a column over the DataFrame; a zero denominator gives NaN, as the core gives no value,
 * never pandas' inf. With `totalRow`, a total row follows, as the core totals: the formula over
 * the summed inputs (Σclicks / Σimpressions), never a sum or mean of the rows' values.
 */
export const writePandas: Writer = ({ metric, expr, additive, catalog, options }) => {
  const line = `df["${metric.id}"] = ${pandasColumn(expr, 'df')}`;
  if (!options.totalRow) return line;
  if (!additive)
    return `${line}\n# No total row: ${listInCode(nonAdditive(expr, catalog))} cannot be summed across rows`;
  return [line, ...totalRowLines(metric.id, expr)].join('\n');
};

/**
 * The formula over the columns of a frame: `df["clicks"] / df["impressions"].where(…)`;
 * `column` names each input's column (a report's frame names them in snake_case).
 */
export function pandasColumn(expr: Expr, frame: string, column: (id: string) => string = (id) => id): string {
  const style: PrintStyle = {
    name: (n) => `${frame}["${column(n)}"]`,
    operator: (op) => (op === '^' ? '**' : op),
    binary: (op, left, _right, raw) => (op === '/' ? `${left} / ${nonZero(raw.right, frame)}` : undefined),
  };
  return printExpression(expr, style);
}

/**
 * The inputs summed into a one-row frame, so that the very same expression (zero guards
 * included) gives the total. `skipna=False`: a column with a gap has no total, as in the core,
 * where pandas' default would sum the other rows and pair them with a complete column.
 * `pd.concat` keeps integer columns integer; the import makes the snippet run wherever `df` is.
 */
function totalRowLines(id: string, expr: Expr): string[] {
  const inputs = namesIn(expr)
    .map((n) => `"${n}"`)
    .join(', ');
  return [
    '# Total row: the formula over the summed columns (a ratio of sums), not a mean of the rows',
    'import pandas as pd',
    `total = df[[${inputs}]].sum(skipna=False).to_frame().T`,
    `total["${id}"] = ${pandasColumn(expr, 'total')}`,
    'df = pd.concat([df, total.set_axis(["Total"])])',
  ];
}

/** A pandas Series with NaN where it is 0: `df["cost"].where(df["cost"] != 0)`. */
function nonZero(series: string, frame: string): string {
  const operand = new RegExp(`^${frame}\\["[^"]+"\\]$`).test(series) ? series : `(${series})`;
  return `${operand}.where(${operand} != 0)`;
}
