import { namesIn } from '../expr/ast';
import { denominators } from './expand';
import { printExpression, type PrintStyle } from './print';
import { uniqueTexts, type Writer } from './writer';

/**
 * JavaScript's spelling: `Math.pow(a, b)` for `^`, not `**`, which JavaScript refuses after a
 * unary minus (`-a ** 2` is a SyntaxError) and which reads differently from the formula's `^`.
 */
const JAVASCRIPT: PrintStyle = {
  name: (n) => n,
  binary: (op, _left, _right, raw) => (op === '^' ? `Math.pow(${raw.left}, ${raw.right})` : undefined),
};

/**
 * JavaScript: a function of one record that returns null where an input is missing (null or
 * absent: JavaScript would read null as 0) or a denominator is 0, as the core gives no value.
 */
export const writeJavascript: Writer = ({ metric, expr }) => {
  const names = namesIn(expr);
  const body = printExpression(expr, JAVASCRIPT);
  const missing = names.map((n) => `${n} == null`);
  // The guards are printed the same way: `^` in JavaScript is XOR.
  const zero = uniqueTexts(denominators(expr).map((d) => printExpression(d, JAVASCRIPT))).map(
    (g) => `${wrap(g)} === 0`,
  );
  return `const ${metric.id} = ({ ${names.join(', ')} }) => (${[...missing, ...zero].join(' || ')} ? null : ${body});`;
};

function wrap(text: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) ? text : `(${text})`;
}
