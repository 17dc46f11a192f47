/** Shared by a request and its `APIPromise`: `asResponse()` sets `raw` before the answer arrives. */
export interface ResponseMode {
  /** Hand back the `Response` unread instead of parsing it. */
  raw: boolean;
}
