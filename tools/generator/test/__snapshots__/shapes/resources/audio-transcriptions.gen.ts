// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import { type BaseClient, encodeMultipart } from "@maxtoken/core/internal";
import { checkCreateTranscriptionParams } from "../checks.gen.ts";
import type { CreateTranscriptionParams } from "../types.gen.ts";

/** `client.audio.transcriptions` */
export class AudioTranscriptionsResource {
  readonly #client: BaseClient;

  constructor(client: BaseClient) {
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
    return this.#client.request<string>(
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
}
