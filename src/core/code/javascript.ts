import { namesIn } from '../expr/ast';
import { denominators } from './expand';
import { printExpression } from './print';
import { uniqueTexts, type Writer } from './writer';

/** JavaScript: a function of one record that returns null where a denominator is 0. */
export const writeJavascript: Writer = ({ metric, expr }) => {
  const names = namesIn(expr);
  const body = printExpression(expr, { name: (n) => n, operator: (op) => (op === '^' ? '**' : op) });
  const guards = uniqueTexts(denominators(expr).map((d) => printExpression(d)));
  const guarded = guards.length ? `${guards.map((g) => `${wrap(g)} === 0`).join(' || ')} ? null : ${body}` : body;
  return `const ${metric.id} = ({ ${names.join(', ')} }) => (${guarded});`;
};

function wrap(text: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) ? text : `(${text})`;
}
