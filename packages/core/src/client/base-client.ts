import { APIPromise } from "./api-promise.ts";
import type { ClientOptions } from "./client-options.ts";
import type { RequestCall } from "./request-call.ts";
import type { RequestOptions } from "./request-options.ts";
import type { RuntimeAdapter } from "./runtime-adapter.ts";

/**
 * The client every generated runtime client extends. It holds the options and sends requests
 * with retries, timeouts, typed errors and streams.
 *
 * @example
 * ```ts
 * export class Maxtoken extends BaseClient {
 *   constructor(options?: ClientOptions) { super(options, runtime); }
 * }
 * ```
 */
export abstract class BaseClient {
  constructor(options: ClientOptions | undefined, runtime: RuntimeAdapter) {
    void options;
    void runtime;
  }

  /**
   * Sends one API call. `T` is the parsed JSON body, or `Stream<Chunk>` when `call.stream`.
   */
  request<T>(call: RequestCall, options?: RequestOptions): APIPromise<T> {
    void call;
    void options;
    return new APIPromise<T>(Promise.reject(new Error("not implemented yet")));
  }
}
