import { APIConnectionError } from "./api-connection-error.ts";

/** No response headers within `timeout` milliseconds. Retried like a connection error. */
export class APITimeoutError extends APIConnectionError {
  static {
    this.prototype.name = "APITimeoutError";
  }
}
