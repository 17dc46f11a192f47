import type { BodyEncoder } from "../http/encode-body.ts";
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
  /**
   * Writes the query string when the spec gives parameters a `style` (`styledQuery(...)`); by
   * default arrays are exploded `form` and objects `deepObject`.
   */
  serializeQuery?: (query: Record<string, unknown>) => string;
  /**
   * Header parameters of the operation by name (`undefined` values are left out; arrays are
   * joined with commas). Per-request `headers` options override them.
   */
  headers?: Record<string, unknown>;
  /** The request body: JSON unless `encodeBody` is given. */
  body?: unknown;
  /**
   * Encodes a body that is not JSON (`encodeMultipart`, `encodeUrlencoded`, `encodeBytes`,
   * `encodeText`); passed by the generated methods that need it, so a page that never sends a
   * form does not bundle the encoders.
   */
  encodeBody?: BodyEncoder;
  /** The `content-type` of a raw-bytes or text body. */
  contentType?: string;
  /**
   * How the 2xx answer is read: parsed JSON (default; an empty body is an error), the raw
   * `Response` (`binary`), a string (`text`), or nothing (`empty`, e.g. a 204 operation).
   */
  responseKind?: "json" | "binary" | "text" | "empty";
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
  /** Run before the network on the path, query and header values (by name); issues become a `ValidationError`. */
  checkParams?: RequestChecker;
}
