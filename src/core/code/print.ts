import { assertNever, type BinaryOp, type Expr } from '../expr/ast';

/**
 * How one target language spells an expression. Only what differs from plain infix needs
 * saying: names, and any operator the target writes as a function (SQL's NULLIF division,
 * LaTeX's \frac).
 */
export interface PrintStyle {
  name(name: string): string;
  number?(value: number): string;
  /** Returns the whole text for this operator, or undefined for plain `left op right`. */
  binary?(op: BinaryOp, left: string, right: string, raw: { left: string; right: string }): string | undefined;
  operator?(op: BinaryOp): string;
  /** Whether the style's own rendering of `op` already groups its operands (\frac{}{}). */
  groups?(op: BinaryOp): boolean;
}

const PRECEDENCE: Record<BinaryOp, number> = { '+': 1, '-': 1, '*': 2, '/': 2, '^': 4 };
const UNARY = 3;
const ATOM = 5;

function precedence(expr: Expr): number {
  switch (expr.kind) {
    case 'binary':
      return PRECEDENCE[expr.op];
    case 'unary':
      return UNARY;
    default:
      return ATOM;
  }
}

const PLAIN: PrintStyle = { name: (n) => n };

/** Prints an expression with the fewest parentheses that keep its meaning. */
export function printExpression(expr: Expr, style: PrintStyle = PLAIN): string {
  switch (expr.kind) {
    case 'number':
      return style.number ? style.number(expr.value) : String(expr.value);
    case 'name':
      return style.name(expr.name);
    case 'unary': {
      const operand = printExpression(expr.operand, style);
      return `${expr.op}${precedence(expr.operand) < UNARY ? `(${operand})` : operand}`;
    }
    case 'binary':
      return printBinary(expr, style);
    case 'call':
      return `${expr.callee}(${expr.args.map((a) => (a.name ? `${a.name}=` : '') + printExpression(a.value, style)).join(', ')})`;
    default:
      return assertNever(expr);
  }
}

function printBinary(expr: Extract<Expr, { kind: 'binary' }>, style: PrintStyle): string {
  const own = PRECEDENCE[expr.op];
  const rawLeft = printExpression(expr.left, style);
  const rawRight = printExpression(expr.right, style);
  const grouped = style.groups?.(expr.op) ?? false;
  const leftNeeds = !grouped && (precedence(expr.left) < own || (expr.op === '^' && precedence(expr.left) <= own));
  const rightNeeds = !grouped && (precedence(expr.right) < own || (precedence(expr.right) === own && expr.op !== '^'));
  const left = leftNeeds ? `(${rawLeft})` : rawLeft;
  const right = rightNeeds ? `(${rawRight})` : rawRight;
  const custom = style.binary?.(expr.op, left, right, { left: rawLeft, right: rawRight });
  if (custom !== undefined) return custom;
  return `${left} ${style.operator?.(expr.op) ?? expr.op} ${right}`;
}
