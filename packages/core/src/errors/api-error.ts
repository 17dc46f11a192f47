import { shouldRetry } from "../retry/should-retry.ts";
import { MaxtokenError } from "./maxtoken-error.ts";

/** What an `APIError` is built from. */
export interface APIErrorInit {
  /** HTTP status of the response. */
  status: number;
  /** Response headers. */
  headers?: Headers | undefined;
  /** Parsed JSON body, or the text when it was not JSON. */
  body?: unknown;
  /** The `x-request-id` header; read from `headers` when left out. */
  requestId?: string | null | undefined;
  /** How many attempts were made, this one included (default 1). */
  attempts?: number | undefined;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * The server answered with an error status. Subclasses name the status; `errorClassForStatus`
 * picks one. Other 4xx statuses give a plain `APIError`.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof APIError) console.error(error.status, error.requestId, error.body);
 * }
 * ```
 */
export class APIError extends MaxtokenError {
  static {
    this.prototype.name = "APIError";
  }
  /** What to do about this kind of error; appended to the message. */
  static hint = "";

  /** HTTP status code. */
  readonly status: number;
  /** Response headers (values that contained the API key are redacted). */
  readonly headers: Headers;
  /** The `x-request-id` response header. */
  readonly requestId: string | null;
  /** The parsed error body (usually the spec's `ErrorBody`, exported by the runtime packages; unchecked server data), or its text when it was not JSON. */
  readonly body: unknown;

  constructor(message: string, init: APIErrorInit) {
    super(message, init);
    this.status = init.status;
    this.headers = init.headers ?? new Headers();
    this.requestId = init.requestId ?? this.headers.get("x-request-id");
    this.body = init.body;
    this.attempts = init.attempts ?? 1;
  }

  /** Whether the status (or the server's `x-should-retry` header) says a retry may succeed. */
  override get isRetryable(): boolean {
    return shouldRetry(this.status, this.headers);
  }
}
