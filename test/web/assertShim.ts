// The part of `node:assert/strict` the suites use, for the web worker extension host (no Node there).
// The web test bundle aliases `assert`, `node:assert` and `node:assert/strict` to this module.

export class AssertionError extends Error {
  override name = 'AssertionError';
}

function show(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  } catch {
    return String(value);
  }
}

function raise(message: string | Error | undefined, fallback: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback);
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map && b instanceof Map) {
    return a.size === b.size && [...a].every(([k, v]) => b.has(k) && isDeepEqual(v, b.get(k)));
  }
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((v) => b.has(v));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      isDeepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) raise(message, `expected a truthy value, got ${show(value)}`);
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) raise(message, `expected ${show(expected)}, got ${show(actual)}`);
}

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) raise(message, `expected anything but ${show(expected)}`);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!isDeepEqual(actual, expected)) raise(message, `expected ${show(expected)}, got ${show(actual)}`);
}

export function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (isDeepEqual(actual, expected)) raise(message, `expected anything but ${show(expected)}`);
}

export function match(actual: string, pattern: RegExp, message?: string | Error): void {
  if (typeof actual !== 'string' || !pattern.test(actual)) raise(message, `${show(actual)} does not match ${pattern}`);
}

export function doesNotMatch(actual: string, pattern: RegExp, message?: string | Error): void {
  if (typeof actual !== 'string' || pattern.test(actual)) raise(message, `${show(actual)} matches ${pattern}`);
}

export function throws(block: () => unknown, message?: string | Error): void {
  try {
    block();
  } catch {
    return;
  }
  raise(message, 'expected the function to throw');
}

export async function rejects(
  promise: Promise<unknown> | (() => Promise<unknown>),
  message?: string | Error,
): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch {
    return;
  }
  raise(message, 'expected the promise to reject');
}

export function fail(message?: string | Error): never {
  raise(message, 'failed');
}

export {
  equal as strictEqual,
  notEqual as notStrictEqual,
  deepEqual as deepStrictEqual,
  notDeepEqual as notDeepStrictEqual,
};

const assert = Object.assign(ok, {
  ok,
  equal,
  strictEqual: equal,
  notEqual,
  notStrictEqual: notEqual,
  deepEqual,
  deepStrictEqual: deepEqual,
  notDeepEqual,
  notDeepStrictEqual: notDeepEqual,
  match,
  doesNotMatch,
  throws,
  rejects,
  fail,
  AssertionError,
});

export { assert as strict };
export default assert;
