import { printExpression, type PrintStyle } from './print';
import type { Writer } from './writer';

/** pandas: a column over the DataFrame; a zero denominator gives NaN, as the core gives no value, never pandas' inf. */
export const writePandas: Writer = ({ metric, expr }) => {
  const style: PrintStyle = {
    name: (n) => `df["${n}"]`,
    operator: (op) => (op === '^' ? '**' : op),
    binary: (op, left, _right, raw) => (op === '/' ? `${left} / ${nonZero(raw.right)}` : undefined),
  };
  return `df["${metric.id}"] = ${printExpression(expr, style)}`;
};

/** A pandas Series with NaN where it is 0: `df["cost"].where(df["cost"] != 0)`. */
function nonZero(series: string): string {
  const operand = /^df\["[^"]+"\]$/.test(series) ? series : `(${series})`;
  return `${operand}.where(${operand} != 0)`;
}
