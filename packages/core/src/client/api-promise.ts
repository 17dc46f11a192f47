import type { ResponseMode } from "../http/response-mode.ts";
import type { WithResponse } from "./with-response.ts";

const pending = () => {};

/**
 * The promise every API method returns: await it for the parsed body (or the `Stream`), call
 * `withResponse()` for the raw `Response` and request id as well, or `asResponse()` for the
 * `Response` alone, unread.
 *
 * @example
 * ```ts
 * const { data, response, requestId } = await client.chat.completions.create(body).withResponse();
 * const raw = await client.chat.completions.create(body).asResponse();
 * ```
 */
export class APIPromise<T> extends Promise<T> {
  #result: Promise<WithResponse<T>>;
  #data: Promise<T> | undefined;
  #mode: ResponseMode | undefined;

  /**
   * Made by the client for each call; applications receive it, they do not construct it.
   *
   * @param result - settles with the data, the `Response` and the request id.
   * @param mode - shared with the request: `asResponse()` asks it for the unread `Response`.
   * @internal
   */
  constructor(result: Promise<WithResponse<T>>, mode?: ResponseMode) {
    super(pending);
    this.#result = result;
    this.#mode = mode;
  }

  /** `then`/`catch`/`finally` return plain promises. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** The data together with the raw `Response` and its `x-request-id`. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  /**
   * The raw `Response` of a successful call, its body unread (error statuses still reject with
   * the typed error). Call it right away, as in `await client.x.y().asResponse()`: once the
   * answer has arrived and been parsed for `await` or `withResponse()`, its body is used up.
   */
  asResponse(): Promise<Response> {
    if (this.#mode) this.#mode.raw = true;
    return this.#result.then((result) => result.response);
  }

  #parsed(): Promise<T> {
    this.#data ??= this.#result.then((result) => result.data);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: an APIPromise is a Promise of the parsed data; `then` is what makes it one.
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#parsed().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#parsed().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parsed().finally(onfinally);
  }
}
