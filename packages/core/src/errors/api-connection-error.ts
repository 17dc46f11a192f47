import { MaxtokenError } from "./maxtoken-error.ts";

/** No HTTP response: the connection was refused, reset or failed (DNS, TLS, network). Retried. */
export class APIConnectionError extends MaxtokenError {
  static {
    this.prototype.name = "APIConnectionError";
  }

  override get isRetryable(): boolean {
    return true;
  }
}
