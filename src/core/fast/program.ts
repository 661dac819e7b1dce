/**
 * A formula run over whole columns: every node of the syntax tree yields a Float64Array over all
 * rows (or a constant), so the interpreter's dispatch is paid once per node, not once per row,
 * and each operator is one tight loop. No code is generated (no `eval`, no `new Function`).
 *
 * The arithmetic is the per-row interpreter's (expr/evaluate.ts), operation for operation and
 * in the same order, so values are identical: a zero denominator and `^` on NaN give NaN, and
 * NaN spreads. Which problem a NaN stands for is left to the per-row path, asked only for the
 * rows that are shown.
 */
import { assertNever, type BinaryOp, type Expr } from '../expr/ast';

/** A node's value: a column, or the same number in every row. */
type Operand = Float64Array | number;

/** Columns by name (quantities, given metrics, computed metrics); a name without one is NaN. */
export type Columns = ReadonlyMap<string, Float64Array>;

/** Evaluates `expr` over `n` rows into a new array (never one of the input columns). */
export function runProgram(expr: Expr, columns: Columns, n: number): Float64Array {
  const scratch: Float64Array[] = [];
  const result = operand(expr, columns, n, scratch);
  if (typeof result === 'number') return new Float64Array(n).fill(result);
  if (isInput(result, columns)) return result.slice();
  return result;
}

function operand(expr: Expr, columns: Columns, n: number, scratch: Float64Array[]): Operand {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'name':
      return columns.get(expr.name) ?? NaN;
    case 'unary': {
      const value = operand(expr.operand, columns, n, scratch);
      if (expr.op === '+') return value;
      if (typeof value === 'number') return -value;
      const out = target(value, undefined, columns, n, scratch);
      for (let i = 0; i < n; i++) out[i] = -value[i]!;
      return out;
    }
    case 'binary': {
      const left = operand(expr.left, columns, n, scratch);
      const right = operand(expr.right, columns, n, scratch);
      if (typeof left === 'number' && typeof right === 'number') return scalar(expr.op, left, right);
      const out = target(left, right, columns, n, scratch);
      binary(expr.op, left, right, out, n);
      release(left, out, columns, scratch);
      release(right, out, columns, scratch);
      return out;
    }
    case 'call':
      // Metric formulas hold no calls (custom ones are refused); the per-row path reports one as a problem.
      return NaN;
    default:
      return assertNever(expr);
  }
}

/** The array a node writes into: an operand's own temporary when it has one, else a fresh one. */
function target(left: Operand, right: Operand | undefined, columns: Columns, n: number, scratch: Float64Array[]): Float64Array {
  if (typeof left !== 'number' && !isInput(left, columns)) return left;
  if (right !== undefined && typeof right !== 'number' && !isInput(right, columns)) return right;
  return scratch.pop() ?? new Float64Array(n);
}

function release(value: Operand, out: Float64Array, columns: Columns, scratch: Float64Array[]): void {
  if (typeof value !== 'number' && value !== out && !isInput(value, columns)) scratch.push(value);
}

function isInput(value: Float64Array, columns: Columns): boolean {
  for (const column of columns.values()) if (column === value) return true;
  return false;
}

function scalar(op: BinaryOp, a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0 ? NaN : a / b;
    case '^': return a ** b;
    default: return assertNever(op);
  }
}

/** One loop per operator and operand shape, so each loop body is a single arithmetic step. */
function binary(op: BinaryOp, left: Operand, right: Operand, out: Float64Array, n: number): void {
  switch (op) {
    case '+': return add(left, right, out, n);
    case '-': return subtract(left, right, out, n);
    case '*': return multiply(left, right, out, n);
    case '/': return divide(left, right, out, n);
    case '^': return power(left, right, out, n);
    default: return assertNever(op);
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
    if (b === 0) out.fill(NaN);
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

/** NaN ** 0 is 1 in JavaScript; the per-row interpreter stops at a NaN operand, and so does this. */
function power(a: Operand, b: Operand, out: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const x = typeof a === 'number' ? a : a[i]!;
    const y = typeof b === 'number' ? b : b[i]!;
    out[i] = x !== x || y !== y ? NaN : x ** y;
  }
}
