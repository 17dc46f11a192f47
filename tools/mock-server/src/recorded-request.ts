import type { IncomingHttpHeaders } from "node:http";

/** What the server saw of one request, passed to the `onRequest` option. */
export interface RecordedRequest {
  /** The id sent back as `x-request-id`. */
  requestId: string;
  /** The HTTP method. */
  method: string;
  /** The path and query, e.g. `/v1/chat/completions`. */
  path: string;
  /** The request headers, lower-cased (the `authorization` value included: redact it before you log it). */
  headers: IncomingHttpHeaders;
  /** The raw body text (`""` when there was none). */
  bodyText: string;
  /** The parsed JSON body, or `undefined` when the body is not JSON. */
  body: unknown;
  /** The fault string in effect (`""` for none); a spent `fail-first` fault ends in `(spent)`. */
  fault: string;
}
