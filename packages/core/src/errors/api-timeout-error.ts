import { APIConnectionError } from "./api-connection-error.ts";

/**
 * An attempt ran past `timeout` before the SDK held what it reads itself: the whole body of a
 * non-streamed answer, or a stream's first event. Retried like a connection error, unless a 2xx
 * status line had already arrived for a non-streamed call, or a stream had sent bytes.
 */
export class APITimeoutError extends APIConnectionError {
  static {
    this.prototype.name = "APITimeoutError";
  }
}
