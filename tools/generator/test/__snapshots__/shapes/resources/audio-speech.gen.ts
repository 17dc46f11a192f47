// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import type { BaseClient } from "@maxtoken/core/internal";
import { checkCreateSpeechParams } from "../checks.gen.ts";
import type { CreateSpeechParams } from "../types.gen.ts";

/** `client.audio.speech` */
export class AudioSpeechResource {
  readonly #client: BaseClient;

  constructor(client: BaseClient) {
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
    return this.#client.request<Response>(
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
}
