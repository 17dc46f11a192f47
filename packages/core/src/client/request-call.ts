import type { StreamClass } from "../stream/stream-class.ts";
import type { RequestChecker } from "../validation/request-checker.ts";

/** One API call as generated code describes it to `BaseClient.request`. */
export interface RequestCall {
  /** HTTP method, lower case. */
  method: "get" | "post" | "put" | "patch" | "delete";
  /** Path template below `baseURL`, e.g. `"/models/{model_id}"`. */
  path: string;
  /** Values for the template's `{names}`, URL-encoded into the path. */
  pathParams?: Record<string, string | number>;
  /** Query parameters (`undefined`/`null` values are left out). */
  query?: Record<string, unknown>;
  /** JSON request body. */
  body?: unknown;
  /** `true`: the promise resolves to a `Stream` of the parsed server-sent events. */
  stream?: boolean;
  /**
   * The data line that ends the stream (the spec's `x-stream-terminator`, e.g. `"[DONE]"`). Without
   * one, the end of the body is the end of the stream.
   */
  streamTerminator?: string;
  /** The class the stream is handed out in: `Stream` (the default), or `ChatStream` for chat chunks. */
  streamClass?: StreamClass;
  /** Run on `body` before the network; issues become a `ValidationError`. */
  check?: RequestChecker;
}
