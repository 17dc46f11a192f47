const BRAND = Symbol.for("maxtoken.error");
const ordinaryHasInstance = Function.prototype[Symbol.hasInstance];

/**
 * Base class of every error the SDK throws.
 *
 * `instanceof` works across two copies of the SDK (ESM and CJS builds, or duplicated installs):
 * each error carries the `Symbol.for("maxtoken.error")` brand and each class its own `name`,
 * and the static `Symbol.hasInstance` compares those when the ordinary check fails.
 *
 * @example
 * ```ts
 * try { await client.chat.completions.create(body); }
 * catch (error) { if (error instanceof MaxtokenError) console.error(error.message); else throw error; }
 * ```
 */
export class MaxtokenError extends Error {
  static {
    this.prototype.name = "MaxtokenError";
    Object.defineProperty(this.prototype, BRAND, { value: true });
  }

  /** How many HTTP attempts were made before this error (0 when raised before the network). */
  attempts = 0;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  /** Whether retrying the same request may succeed. */
  get isRetryable(): boolean {
    return false;
  }

  /** `true` for an instance of this class from any copy of the SDK. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (ordinaryHasInstance.call(this, value)) return true;
    if (typeof value !== "object" || value === null || !(value as Record<symbol, unknown>)[BRAND]) return false;
    const proto: object = this.prototype;
    if (!Object.hasOwn(proto, "name")) return false;
    for (let p = Object.getPrototypeOf(value); p; p = Object.getPrototypeOf(p)) {
      if (Object.hasOwn(p, "name") && p.name === (proto as Error).name) return true;
    }
    return false;
  }

  /** A plain object for logs and `JSON.stringify` (it never contains the API key). */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...(this as object) };
  }
}
