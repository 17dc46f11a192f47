// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import { encodeMultipart } from "@maxtoken/core/internal";
import { checkCreateTranscriptionParams } from "../checks.gen.ts";
import type { ShapesBase } from "../client.gen.ts";
import type { CreateTranscriptionParams } from "../types.gen.ts";

/**
 * `POST /audio/transcriptions`.
 *
 * The standalone form of `client.audio.transcriptions.create`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `ShapesBase` (or `Shapes`).
 * @param body - The request body: a `CreateTranscriptionParams`, sent as `multipart/form-data` (files as `Blob`, `File`, `Uint8Array` or `ReadableStream`).
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The transcript, as text.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @example
 * ```ts
 * const text = await createTranscription(client, { file: "string" });
 * console.log(text);
 * ```
 */
export function createTranscription(
  client: ShapesBase,
  body: CreateTranscriptionParams,
  options?: RequestOptions,
): APIPromise<string> {
  return client.request<string>(
    {
      method: "post",
      path: "/audio/transcriptions",
      body,
      encodeBody: encodeMultipart,
      check: checkCreateTranscriptionParams,
      responseKind: "text",
    },
    options,
  );
}

/** `client.audio.transcriptions` */
export class AudioTranscriptionsResource {
  readonly #client: ShapesBase;

  /** @param client - The client to send through: `Shapes`, or `ShapesBase` to use this resource alone. */
  constructor(client: ShapesBase) {
    this.#client = client;
  }

  /**
   * `POST /audio/transcriptions`.
   *
   * @param body - The request body: a `CreateTranscriptionParams`, sent as `multipart/form-data` (files as `Blob`, `File`, `Uint8Array` or `ReadableStream`).
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The transcript, as text.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @example
   * ```ts
   * const text = await client.audio.transcriptions.create({ file: "string" });
   * console.log(text);
   * ```
   */
  create(body: CreateTranscriptionParams, options?: RequestOptions): APIPromise<string> {
    return createTranscription(this.#client, body, options);
  }
}
