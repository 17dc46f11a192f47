/**
 * One operation of the spec, as the proxy forwards it: generated from the spec into each runtime
 * package's `src/generated/operations.gen.ts`, so a new endpoint reaches the proxy with
 * `pnpm generate`. The proxy forwards nothing else.
 */
export interface ProxyOperation {
  /** The spec's `operationId`, e.g. `"createChatCompletion"`. */
  readonly operationId: string;
  /** The HTTP method, upper case. */
  readonly method: "GET" | "PUT" | "POST" | "PATCH" | "DELETE";
  /** The path template below the API root, e.g. `"/chat/completions"` or `"/models/{model_id}"`. */
  readonly path: string;
  /** Whether the operation takes a JSON request body. */
  readonly hasBody: boolean;
  /** Whether the operation can answer with a stream of server-sent events. */
  readonly streams: boolean;
}
