import { denominators } from './expand';
import { printExpression, type PrintStyle } from './print';
import { uniqueTexts, type Writer } from './writer';

/** Excel and Google Sheets: named ranges, SUM when every input sums, #N/A where a denominator is 0. */
export const writeExcel: Writer = ({ expr, additive }) => {
  const style: PrintStyle = {
    name: (n) => (additive ? `SUM(${n})` : n),
    // POWER(), not ^: spreadsheets read -a^2 as (-a)^2 and a^b^c as (a^b)^c, where the
    // formula means -(a^2) and a^(b^c).
    binary: (op, _left, _right, raw) => (op === '^' ? `POWER(${raw.left}, ${raw.right})` : undefined),
  };
  const body = printExpression(expr, style);
  // Nested IFs, innermost denominator first: OR() evaluates every argument, so a guard that
  // itself divides would raise #DIV/0! before the check that prevents it.
  const guards = uniqueTexts(denominators(expr).map((d) => printExpression(d, style))).reverse();
  return `=${guards.reduceRight((inner, guard) => `IF(${guard}=0, NA(), ${inner})`, body)}`;
};
