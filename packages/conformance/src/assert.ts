// A few assertions with no dependency, so the suite runs unchanged in Node, Bun, Deno and Chromium.

/** Thrown by the assertions below. */
export class AssertionFailed extends Error {
  override name = "AssertionFailed";
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionFailed(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (!Object.is(actual, expected)) {
    throw new AssertionFailed(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

export function assertMatch(actual: string | null | undefined, pattern: RegExp, what: string): void {
  if (typeof actual !== "string" || !pattern.test(actual)) {
    throw new AssertionFailed(`${what}: expected a match for ${pattern}, got ${show(actual)}`);
  }
}

/** Awaits `action`, which must reject with an instance of `ErrorClass`; returns the error. */
export async function assertRejects<E>(
  action: () => Promise<unknown>,
  // deno-lint-ignore no-explicit-any
  ErrorClass: abstract new (...args: any[]) => E,
  what: string,
): Promise<E> {
  let result: unknown;
  try {
    result = await action();
  } catch (error) {
    if (error instanceof ErrorClass) return error;
    const name = (error as Error | null)?.name ?? typeof error;
    throw new AssertionFailed(
      `${what}: expected ${ErrorClass.name}, got ${name}: ${(error as Error | null)?.message ?? show(error)}`,
    );
  }
  throw new AssertionFailed(`${what}: expected ${ErrorClass.name}, but it resolved with ${show(result)}`);
}

function show(value: unknown): string {
  try {
    return typeof value === "string" ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  } catch {
    return String(value);
  }
}
