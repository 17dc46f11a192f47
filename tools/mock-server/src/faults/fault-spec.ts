/**
 * A fault to inject, parsed from a fault string such as `status=429;retry-after-ms=20` (see
 * {@link parseFault} for the syntax). Every field is optional; an empty object is "no fault".
 */
export interface FaultSpec {
  /** Answer with this error status (400-599) and the spec's error body instead of a completion. */
  status?: number;
  /** The error body's `type` (default from the status, e.g. 429 -> `rate_limit_error`). */
  type?: string;
  /** The error body's `code` (a number, a string, or `null`). */
  code?: number | string | null;
  /** The error body's `message`. */
  message?: string;
  /** The error body's `param`. */
  param?: string | null;
  /** The `retry-after` header, sent as given (seconds or an HTTP date). */
  retryAfter?: string;
  /** The `retry-after-ms` header, in milliseconds. */
  retryAfterMs?: number;
  /** The `x-should-retry` header. */
  shouldRetry?: boolean;
  /** Milliseconds to wait before the first byte of the response. */
  latencyMs?: number;
  /** Milliseconds to wait between two stream events. */
  chunkDelayMs?: number;
  /**
   * Cut the connection mid-way: a stream after this many events, a JSON body after this many
   * bytes (headers sent, body incomplete).
   */
  cutAfter?: number;
  /** End the stream cleanly after the chunk with the `finish_reason`, without `data: [DONE]`. */
  noDone?: boolean;
  /** End the stream cleanly after the content chunks: no `finish_reason` chunk and no `[DONE]`. */
  noFinish?: boolean;
  /** Reset the connection (TCP RST) before any response. */
  reset?: boolean;
  /** Stream: send an `event: error` event as the first event, then end. */
  errorEventFirst?: boolean;
  /** Stream: send an `event: error` event after this many content chunks, then end. */
  errorEventAfter?: number;
  /** Answer 200 with a body that is not valid JSON (a stream: the first event's data). */
  malformedJson?: boolean;
  /** Answer with a non-JSON HTML error page, like a proxy would (status 502 unless `status` says). */
  html?: boolean;
  /** Inject the fault only into the first N requests with the same fault key; serve the rest normally. */
  failFirst?: number;
}
