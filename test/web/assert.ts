// What the tests use of `node:assert/strict`, for the web worker, which has no Node modules:
// scripts/vscode/webSuite.ts bundles this module in its place, so test/integration's helpers
// and the web tests keep their Node imports and Node's types.

export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) throw new AssertionError(message ?? `expected a truthy value, got ${show(value)}`);
}

export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) throw new AssertionError(message ?? `${show(actual)} !== ${show(expected)}`);
}

export function notEqual(actual: unknown, expected: unknown, message?: string): void {
  if (Object.is(actual, expected)) throw new AssertionError(message ?? `both are ${show(actual)}`);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!same(actual, expected))
    throw new AssertionError(message ?? `${show(actual)} is not deeply equal to ${show(expected)}`);
}

export function match(text: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(text)) throw new AssertionError(message ?? `${show(text)} does not match ${pattern}`);
}

export function doesNotMatch(text: string, pattern: RegExp, message?: string): void {
  if (pattern.test(text)) throw new AssertionError(message ?? `${show(text)} matches ${pattern}`);
}

export function fail(message = 'failed'): never {
  throw new AssertionError(message);
}

/** Strict deep equality of the plain data the tests compare: primitives, arrays, plain objects. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => Object.hasOwn(recordB, key) && same(recordA[key], recordB[key]))
  );
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
}
