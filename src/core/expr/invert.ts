import type { Expr } from './ast';
import type { Span } from '../errors';

/**
 * Symbolic inversion: rewrites `formula = target` as `unknown = …`. It works when the unknown
 * appears exactly once, which holds for every catalog formula; anything else returns
 * undefined and the caller falls back to a numeric search.
 */
export function isolate(formula: Expr, unknown: string, target: Expr): Expr | undefined {
  if (countOccurrences(formula, unknown) !== 1) return undefined;
  let side: Expr = formula;
  let rhs: Expr = target;
  for (;;) {
    switch (side.kind) {
      case 'name':
        return side.name === unknown ? rhs : undefined;
      case 'unary':
        rhs = side.op === '-' ? negate(rhs) : rhs;
        side = side.operand;
        break;
      case 'binary': {
        const inLeft = countOccurrences(side.left, unknown) === 1;
        const step = inLeft ? invertLeft(side.op, side.right, rhs) : invertRight(side.op, side.left, rhs);
        if (!step) return undefined;
        rhs = step;
        side = inLeft ? side.left : side.right;
        break;
      }
      default:
        return undefined;
    }
  }
}

type Op = Extract<Expr, { kind: 'binary' }>['op'];

/** `x op r = t`  →  `x = …` */
function invertLeft(op: Op, r: Expr, t: Expr): Expr | undefined {
  switch (op) {
    case '+':
      return bin('-', t, r);
    case '-':
      return bin('+', t, r);
    case '*':
      return bin('/', t, r);
    case '/':
      return bin('*', t, r);
    case '^':
      return bin('^', t, bin('/', num(1), r));
    default:
      return undefined;
  }
}

/** `l op x = t`  →  `x = …` */
function invertRight(op: Op, l: Expr, t: Expr): Expr | undefined {
  switch (op) {
    case '+':
      return bin('-', t, l);
    case '-':
      return bin('-', l, t);
    case '*':
      return bin('/', t, l);
    case '/':
      return bin('/', l, t);
    default:
      return undefined; // an unknown exponent needs a logarithm: numeric fallback
  }
}

export function countOccurrences(expr: Expr, name: string): number {
  switch (expr.kind) {
    case 'number':
      return 0;
    case 'name':
      return expr.name === name ? 1 : 0;
    case 'unary':
      return countOccurrences(expr.operand, name);
    case 'binary':
      return countOccurrences(expr.left, name) + countOccurrences(expr.right, name);
    case 'call':
      return expr.args.reduce((n, a) => n + countOccurrences(a.value, name), 0);
    default:
      return 0;
  }
}

const NO_SPAN: Span = { start: 0, end: 0 };

function bin(op: Op, left: Expr, right: Expr): Expr {
  return { kind: 'binary', op, left, right, span: NO_SPAN };
}

function num(value: number): Expr {
  return { kind: 'number', value, span: NO_SPAN };
}

function negate(expr: Expr): Expr {
  return { kind: 'unary', op: '-', operand: expr, span: NO_SPAN };
}
