import { retryAfterMs } from "../retry/retry-after.ts";
import { APIError, type APIErrorInit } from "./api-error.ts";

/** HTTP 429: too many requests or tokens; retried automatically before it reaches you. */
export class RateLimitError extends APIError {
  static {
    this.prototype.name = "RateLimitError";
  }
  static override hint = "Slow down, or wait retryAfterMs before trying again.";

  /** How long the server asked to wait (`retry-after-ms` or `retry-after`), or `null`. */
  readonly retryAfterMs: number | null;

  constructor(message: string, init: APIErrorInit) {
    super(message, init);
    this.retryAfterMs = retryAfterMs(this.headers);
  }
}
