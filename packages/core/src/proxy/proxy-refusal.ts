const BRAND = Symbol.for("maxtoken.proxy-refusal");
const ordinaryHasInstance = Function.prototype[Symbol.hasInstance];

/** The statuses a policy may refuse with. */
export type ProxyRefusalStatus = 400 | 401 | 403 | 429;

/**
 * A request the proxy answers itself, with the spec's error body and nothing sent upstream.
 * A policy throws (or returns) one to refuse a request with its own message.
 *
 * @example
 * ```ts
 * throw new ProxyRefusal(403, "Your plan does not include this model.", { code: "plan_limit", param: "model" });
 * ```
 *
 * The proxy recognises a refusal from any copy of the SDK (ESM and CJS builds, duplicated
 * installs): each carries the `Symbol.for("maxtoken.proxy-refusal")` brand.
 */
export class ProxyRefusal extends Error {
  static {
    this.prototype.name = "ProxyRefusal";
    Object.defineProperty(this.prototype, BRAND, { value: true });
  }

  /** The HTTP status of the answer. */
  readonly status: ProxyRefusalStatus;
  /** The error body's `code` (`null` when not given). */
  readonly code: string | null;
  /** The error body's `param`: the request field the refusal is about (`null` when not given). */
  readonly param: string | null;

  /**
   * @param status - 400 (a bad request), 401 (no caller), 403 (not allowed) or 429 (too many).
   * @param message - what the caller reads in `error.message`: say what to do.
   * @param details - the error body's `code` and `param`.
   */
  constructor(status: ProxyRefusalStatus, message: string, details: { code?: string; param?: string } = {}) {
    super(message);
    this.status = status;
    this.code = details.code ?? null;
    this.param = details.param ?? null;
  }

  /** `true` for a refusal from any copy of the SDK. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (ordinaryHasInstance.call(this, value)) return true;
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}
