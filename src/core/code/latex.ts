import { printExpression, type PrintStyle } from './print';
import type { Writer } from './writer';

/** LaTeX: the formula as typeset in a paper, `\frac` for division. */
export const writeLatex: Writer = ({ metric, expr }) => {
  const style: PrintStyle = {
    name: (n) => `\\mathrm{${n}}`,
    groups: (op) => op === '/',
    binary: (op, left, right, raw) =>
      op === '/'
        ? `\\frac{${raw.left}}{${raw.right}}`
        : op === '*'
          ? `${left} \\times ${right}`
          : op === '^'
            ? `{${left}}^{${raw.right}}`
            : undefined,
  };
  return `\\mathrm{${metric.abbreviation ?? metric.id}} = ${printExpression(expr, style)}`;
};
