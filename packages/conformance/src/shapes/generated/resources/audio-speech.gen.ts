// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import { checkCreateSpeechParams } from "../checks.gen.ts";
import type { ShapesBase } from "../client.gen.ts";
import type { CreateSpeechParams } from "../types.gen.ts";

/**
 * `POST /audio/speech`.
 *
 * The standalone form of `client.audio.speech.create`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `ShapesBase` (or `Shapes`).
 * @param body - The request body: a `CreateSpeechParams`.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The audio.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @example
 * ```ts
 * const response = await createSpeech(client, { input: "string", voice: { type: "named", name: "alloy" } });
 * const bytes = await response.arrayBuffer();
 * ```
 */
export function createSpeech(
  client: ShapesBase,
  body: CreateSpeechParams,
  options?: RequestOptions,
): APIPromise<Response> {
  return client.request<Response>(
    {
      method: "post",
      path: "/audio/speech",
      body,
      check: checkCreateSpeechParams,
      responseKind: "binary",
    },
    options,
  );
}

/** `client.audio.speech` */
export class AudioSpeechResource {
  readonly #client: ShapesBase;

  /** @param client - The client to send through: `Shapes`, or `ShapesBase` to use this resource alone. */
  constructor(client: ShapesBase) {
    this.#client = client;
  }

  /**
   * `POST /audio/speech`.
   *
   * @param body - The request body: a `CreateSpeechParams`.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The audio.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @example
   * ```ts
   * const response = await client.audio.speech.create({ input: "string", voice: { type: "named", name: "alloy" } });
   * const bytes = await response.arrayBuffer();
   * ```
   */
  create(body: CreateSpeechParams, options?: RequestOptions): APIPromise<Response> {
    return createSpeech(this.#client, body, options);
  }
}
