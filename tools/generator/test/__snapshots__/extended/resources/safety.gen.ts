// Generated from tools/generator/test/fixtures/extended/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import type { BaseClient } from "@maxtoken/core/internal";
import { checkModerateParams } from "../checks.gen.ts";
import type { ModerateParams, ModerateResponse } from "../types.gen.ts";

/** `client.safety` */
export class SafetyResource {
  readonly #client: BaseClient;

  constructor(client: BaseClient) {
    this.#client = client;
  }

  /**
   * Check text against the content policy.
   *
   * @param body - The request body: a `ModerateParams`.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The verdict.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @example
   * ```ts
   * const moderateResponse = await client.safety.moderate({ input: "string" });
   * console.log(moderateResponse);
   * ```
   */
  moderate(body: ModerateParams, options?: RequestOptions): APIPromise<ModerateResponse> {
    return this.#client.request<ModerateResponse>(
      {
        method: "post",
        path: "/moderations",
        body,
        check: checkModerateParams,
      },
      options,
    );
  }
}
