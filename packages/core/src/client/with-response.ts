/** What `APIPromise.withResponse()` resolves to. */
export interface WithResponse<T> {
  /** The parsed body (or the `Stream`). */
  data: T;
  /** The raw `Response` (its body is already consumed or owned by the stream). */
  response: Response;
  /** The `x-request-id` response header, for support requests. */
  requestId: string | null;
}
