import { denominators } from './expand';
import { printExpression } from './print';
import { uniqueTexts, type Writer } from './writer';

/** Excel and Google Sheets: named ranges, SUM when every input sums, #N/A where a denominator is 0. */
export const writeExcel: Writer = ({ expr, additive }) => {
  const cell = (n: string) => (additive ? `SUM(${n})` : n);
  const body = printExpression(expr, { name: cell });
  // Nested IFs, innermost denominator first: OR() evaluates every argument, so a guard that
  // itself divides would raise #DIV/0! before the check that prevents it.
  const guards = uniqueTexts(denominators(expr).map((d) => printExpression(d, { name: cell }))).reverse();
  return `=${guards.reduceRight((inner, guard) => `IF(${guard}=0, NA(), ${inner})`, body)}`;
};
