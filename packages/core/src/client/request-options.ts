import type { HeadersRecord } from "./headers-record.ts";

/** Per-request options, the last argument of every API method. They override the client's. */
export interface RequestOptions {
  /** Aborts the request or stream; the promise (or iteration) rejects with `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
  /**
   * Milliseconds each attempt may take until the SDK holds what it reads itself: the whole body
   * of a non-streamed answer, or a stream's first event (see `ClientOptions.timeout`).
   */
  timeout?: number | undefined;
  /** Milliseconds allowed between two reads of a stream's body (see `ClientOptions.idleTimeout`). */
  idleTimeout?: number | undefined;
  /** How many times this request is retried. */
  maxRetries?: number | undefined;
  /** Extra headers; they override the defaults, and `null` removes one. */
  headers?: HeadersRecord | undefined;
  /**
   * Fields merged into the top level of the JSON body, for parameters the types do not know yet.
   * They bypass the request types and the request checks: they are sent as given, unchecked, and
   * override a body field of the same name. Use them on purpose; a misspelt field here reaches
   * the server.
   *
   * @example
   * ```ts
   * await client.chat.completions.create(body, { extraBody: { top_k: 40 } });
   * ```
   */
  extraBody?: Record<string, unknown> | undefined;
  /** Passed through to this `fetch` call (over the client's `fetchOptions`). */
  fetchOptions?: RequestInit | undefined;
}
