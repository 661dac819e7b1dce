import type { Span } from '../errors';

/** The expression language's syntax tree: readonly, every node carries its source span. */
export type Expr = NumberLit | NameRef | Unary | Binary | Call;

export interface NumberLit {
  readonly kind: 'number';
  readonly value: number;
  readonly span: Span;
}

export interface NameRef {
  readonly kind: 'name';
  readonly name: string;
  readonly span: Span;
}

export interface Unary {
  readonly kind: 'unary';
  readonly op: '-' | '+';
  readonly operand: Expr;
  readonly span: Span;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export interface Binary {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
  readonly span: Span;
}

/** A metric call: `ctr(clicks=120, impressions=4000)` or positional `ctr(120, 4000)`. */
export interface Call {
  readonly kind: 'call';
  readonly callee: string;
  readonly calleeSpan: Span;
  readonly args: readonly Argument[];
  readonly span: Span;
}

export interface Argument {
  /** Absent for a positional argument. */
  readonly name?: string;
  readonly nameSpan?: Span;
  readonly value: Expr;
}

export function assertNever(value: never): never {
  throw new Error(`unexpected node: ${JSON.stringify(value)}`);
}

/** Every name the expression refers to, in order of first appearance (calls excluded). */
export function namesIn(expr: Expr, into: string[] = []): string[] {
  switch (expr.kind) {
    case 'number':
      return into;
    case 'name':
      if (!into.includes(expr.name)) into.push(expr.name);
      return into;
    case 'unary':
      return namesIn(expr.operand, into);
    case 'binary':
      namesIn(expr.left, into);
      return namesIn(expr.right, into);
    case 'call':
      for (const arg of expr.args) namesIn(arg.value, into);
      return into;
    default:
      return assertNever(expr);
  }
}
