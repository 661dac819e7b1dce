/**
 * A formula run over a block of rows held as columns: every node of the syntax tree yields a
 * Float64Array over the block (or a constant), so the interpreter's dispatch is paid once per
 * node and block, not once per row, and each operator is one tight loop over arrays small enough
 * to stay in the CPU's cache. No code is generated (no `eval`, no `new Function`).
 *
 * A zero denominator and `^` on NaN give NaN, and NaN spreads, as in the interpreter of user
 * expressions (expr/evaluate.ts), which explain.ts walks over one row to say which problem a
 * NaN stands for; test/unit/core/engine/reference.test.ts holds the two to the same values.
 */
import { assertNever, type BinaryOp, type Expr } from '../expr/ast';

/** A node's value: a column, or the same number in every row. */
type Operand = Float64Array | number;

/** Columns by name (quantities, given metrics, computed metrics); a name without one is NaN. */
export type Columns = ReadonlyMap<string, Float64Array>;

/**
 * Temporary arrays for the nodes of a formula, kept between blocks of rows and between
 * formulas so that evaluating a million rows allocates nothing per block.
 */
export class Scratch {
  private readonly free: Float64Array[] = [];
  /** Every array this pool made: any other operand is a column, which must not be written. */
  private readonly made = new Set<Float64Array>();

  constructor(private readonly size: number) {}

  take(): Float64Array {
    const array = this.free.pop();
    if (array) return array;
    const made = new Float64Array(this.size);
    this.made.add(made);
    return made;
  }

  give(array: Float64Array): void {
    this.free.push(array);
  }

  /** Whether `value` is a temporary of this pool (asked of operands: a column is not). */
  owns(value: Operand): value is Float64Array {
    return typeof value !== 'number' && this.made.has(value);
  }
}

/**
 * Evaluates `expr` over the `out.length` rows of `columns` into `out`, which must not be one of
 * the columns. Temporaries come from `scratch` and go back to it.
 */
export function runInto(expr: Expr, columns: Columns, out: Float64Array, scratch: Scratch): void {
  const n = out.length;
  const result = operand(expr, columns, n, scratch, out);
  if (typeof result === 'number') out.fill(result);
  else if (result !== out) out.set(result.length === n ? result : result.subarray(0, n));
  if (scratch.owns(result)) scratch.give(result);
}

/** `dest`, for the root node only, is where its value goes, so the last step writes the result in place. */
function operand(expr: Expr, columns: Columns, n: number, scratch: Scratch, dest?: Float64Array): Operand {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'name':
      return columns.get(expr.name) ?? NaN;
    case 'unary': {
      const value = operand(expr.operand, columns, n, scratch);
      if (expr.op === '+') return value;
      if (typeof value === 'number') return -value;
      const out = dest ?? target(value, undefined, scratch);
      for (let i = 0; i < n; i++) out[i] = -value[i]!;
      release(value, out, scratch);
      return out;
    }
    case 'binary': {
      const left = operand(expr.left, columns, n, scratch);
      const right = operand(expr.right, columns, n, scratch);
      if (typeof left === 'number' && typeof right === 'number') return scalar(expr.op, left, right);
      const out = dest ?? target(left, right, scratch);
      binary(expr.op, left, right, out, n);
      release(left, out, scratch);
      release(right, out, scratch);
      return out;
    }
    case 'call':
      // Metric formulas hold no calls (custom ones are refused); explain.ts reports one as a problem.
      return NaN;
    default:
      return assertNever(expr);
  }
}

/** The array a node writes into: an operand's own temporary when it has one, else a scratch one. */
function target(left: Operand, right: Operand | undefined, scratch: Scratch): Float64Array {
  if (scratch.owns(left)) return left;
  if (right !== undefined && scratch.owns(right)) return right;
  return scratch.take();
}

function release(value: Operand, out: Float64Array, scratch: Scratch): void {
  if (value !== out && scratch.owns(value)) scratch.give(value);
}

function scalar(op: BinaryOp, a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? NaN : a / b;
    case '^':
      return a ** b;
    default:
      return assertNever(op);
  }
}

/** One loop per operator and operand shape, so each loop body is a single arithmetic step. */
function binary(op: BinaryOp, left: Operand, right: Operand, out: Float64Array, n: number): void {
  switch (op) {
    case '+':
      return add(left, right, out, n);
    case '-':
      return subtract(left, right, out, n);
    case '*':
      return multiply(left, right, out, n);
    case '/':
      return divide(left, right, out, n);
    case '^':
      return power(left, right, out, n);
    default:
      return assertNever(op);
  }
}

function add(a: Operand, b: Operand, out: Float64Array, n: number): void {
  if (typeof a === 'number') for (let i = 0; i < n; i++) out[i] = a + (b as Float64Array)[i]!;
  else if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i]! + b;
  else for (let i = 0; i < n; i++) out[i] = a[i]! + b[i]!;
}

function subtract(a: Operand, b: Operand, out: Float64Array, n: number): void {
  if (typeof a === 'number') for (let i = 0; i < n; i++) out[i] = a - (b as Float64Array)[i]!;
  else if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i]! - b;
  else for (let i = 0; i < n; i++) out[i] = a[i]! - b[i]!;
}

function multiply(a: Operand, b: Operand, out: Float64Array, n: number): void {
  if (typeof a === 'number') for (let i = 0; i < n; i++) out[i] = a * (b as Float64Array)[i]!;
  else if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i]! * b;
  else for (let i = 0; i < n; i++) out[i] = a[i]! * b[i]!;
}

function divide(a: Operand, b: Operand, out: Float64Array, n: number): void {
  if (typeof b === 'number') {
    const x = a as Float64Array;
    if (b === 0) out.fill(NaN, 0, n);
    else for (let i = 0; i < n; i++) out[i] = x[i]! / b;
  } else if (typeof a === 'number') {
    for (let i = 0; i < n; i++) {
      const d = b[i]!;
      out[i] = d === 0 ? NaN : a / d;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const d = b[i]!;
      out[i] = d === 0 ? NaN : a[i]! / d;
    }
  }
}

/** NaN ** 0 is 1 in JavaScript; the interpreter of expressions stops at a NaN operand, and so does this. */
function power(a: Operand, b: Operand, out: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const x = typeof a === 'number' ? a : a[i]!;
    const y = typeof b === 'number' ? b : b[i]!;
    out[i] = x !== x || y !== y ? NaN : x ** y;
  }
}
