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

  /** The error event's parsed payload (usually the spec's `ErrorBody`, exported by the runtime packages; unchecked server data), if the server sent one. */
  readonly body: unknown;
  /** The `x-request-id` of the streaming response. */
  readonly requestId: string | null;

  #retryable: boolean;

  constructor(
    message: string,
    init: { body?: unknown; requestId?: string | null; cause?: unknown; retryable?: boolean } = {},
  ) {
    super(message, init);
    this.body = init.body;
    this.requestId = init.requestId ?? null;
    this.#retryable = init.retryable ?? false;
  }

  /** `true` only when the stream failed before anything of it was consumed (then it is retried). */
  override get isRetryable(): boolean {
    return this.#retryable;
  }
}
