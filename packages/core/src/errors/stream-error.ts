import { MaxtokenError } from "./maxtoken-error.ts";

/**
 * A stream failed: the server sent an error event (`event: error` or a payload with an `error`
 * object, kept in `body`), the body broke before `data: [DONE]` or a `finish_reason`, or no
 * chunk arrived within `idleTimeout`.
 */
export class StreamError extends MaxtokenError {
  static {
    this.prototype.name = "StreamError";
  }

  /** The error event's parsed payload (usually an `ErrorBody`), if the server sent one. */
  readonly body: unknown;
  /** The `x-request-id` of the streaming response. */
  readonly requestId: string | null;

  constructor(message: string, init: { body?: unknown; requestId?: string | null; cause?: unknown } = {}) {
    super(message, init);
    this.body = init.body;
    this.requestId = init.requestId ?? null;
  }
}
