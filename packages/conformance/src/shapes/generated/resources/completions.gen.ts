// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions, Stream } from "@maxtoken/core";
import { checkCreateCompletionParams } from "../checks.gen.ts";
import type { ShapesBase } from "../client.gen.ts";
import type {
  Completion,
  CreateCompletionParams,
  CreateCompletionParamsNonStreaming,
  CreateCompletionParamsStreaming,
} from "../types.gen.ts";

/**
 * `POST /completions`.
 *
 * The standalone form of `client.completions.create`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `ShapesBase` (or `Shapes`).
 * @param body - The request body: a `CreateCompletionParams`.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The completion, or a stream of them.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @example
 * ```ts
 * const completion = await createCompletion(client, { prompt: "string" });
 * console.log(completion);
 * ```
 */
export function createCompletion(
  client: ShapesBase,
  body: CreateCompletionParamsNonStreaming,
  options?: RequestOptions,
): APIPromise<Completion>;
/**
 * `POST /completions`.
 *
 * With `stream: true`: resolves to a `Stream` of `Completion` events; iterate it with `for await`.
 *
 * The standalone form of `client.completions.create`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `ShapesBase` (or `Shapes`).
 * @param body - The request body: a `CreateCompletionParams`.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @throws {@link StreamError} while you iterate, when the stream breaks off or reports an error.
 * @example
 * ```ts
 * const stream = await createCompletion(client, { prompt: "string", stream: true });
 * for await (const event of stream) console.log(event);
 * ```
 */
export function createCompletion(
  client: ShapesBase,
  body: CreateCompletionParamsStreaming,
  options?: RequestOptions,
): APIPromise<Stream<Completion>>;
/**
 * `POST /completions`.
 *
 * When `stream` is only known at run time: resolves to `Completion` or to a `Stream`.
 *
 * The standalone form of `client.completions.create`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `ShapesBase` (or `Shapes`).
 * @param body - The request body: a `CreateCompletionParams`.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @throws {@link StreamError} while you iterate, when the stream breaks off or reports an error.
 */
export function createCompletion(
  client: ShapesBase,
  body: CreateCompletionParams,
  options?: RequestOptions,
): APIPromise<Completion | Stream<Completion>>;
export function createCompletion(
  client: ShapesBase,
  body: CreateCompletionParams,
  options?: RequestOptions,
): APIPromise<Completion | Stream<Completion>> {
  return client.request<Completion | Stream<Completion>>(
    {
      method: "post",
      path: "/completions",
      body,
      stream: body?.stream === true,
      streamTerminator: "[DONE]",
      check: checkCreateCompletionParams,
    },
    options,
  );
}

/** `client.completions` */
export class CompletionsResource {
  readonly #client: ShapesBase;

  /** @param client - The client to send through: `Shapes`, or `ShapesBase` to use this resource alone. */
  constructor(client: ShapesBase) {
    this.#client = client;
  }

  /**
   * `POST /completions`.
   *
   * @param body - The request body: a `CreateCompletionParams`.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The completion, or a stream of them.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @example
   * ```ts
   * const completion = await client.completions.create({ prompt: "string" });
   * console.log(completion);
   * ```
   */
  create(body: CreateCompletionParamsNonStreaming, options?: RequestOptions): APIPromise<Completion>;
  /**
   * `POST /completions`.
   *
   * With `stream: true`: resolves to a `Stream` of `Completion` events; iterate it with `for await`.
   *
   * @param body - The request body: a `CreateCompletionParams`.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @throws {@link StreamError} while you iterate, when the stream breaks off or reports an error.
   * @example
   * ```ts
   * const stream = await client.completions.create({ prompt: "string", stream: true });
   * for await (const event of stream) console.log(event);
   * ```
   */
  create(body: CreateCompletionParamsStreaming, options?: RequestOptions): APIPromise<Stream<Completion>>;
  /**
   * `POST /completions`.
   *
   * When `stream` is only known at run time: resolves to `Completion` or to a `Stream`.
   *
   * @param body - The request body: a `CreateCompletionParams`.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @throws {@link StreamError} while you iterate, when the stream breaks off or reports an error.
   */
  create(body: CreateCompletionParams, options?: RequestOptions): APIPromise<Completion | Stream<Completion>>;
  create(body: CreateCompletionParams, options?: RequestOptions): APIPromise<Completion | Stream<Completion>> {
    return createCompletion(this.#client, body, options);
  }
}
