import { MaxtokenError } from "./maxtoken-error.ts";

/**
 * No complete HTTP response: the connection was refused, reset or failed (DNS, TLS, network), or
 * the body broke off. Retried, unless a 2xx status line had already arrived (the server may have
 * done the work: a second POST could be billed twice).
 */
export class APIConnectionError extends MaxtokenError {
  static {
    this.prototype.name = "APIConnectionError";
  }

  #retryable: boolean;

  /** @param options - `retryable: false` when a 2xx status line had already arrived. */
  constructor(message: string, options: { cause?: unknown; retryable?: boolean } = {}) {
    super(message, options);
    this.#retryable = options.retryable ?? true;
  }

  override get isRetryable(): boolean {
    return this.#retryable;
  }
}
