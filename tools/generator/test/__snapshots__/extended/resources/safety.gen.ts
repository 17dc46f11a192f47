// Generated from tools/generator/test/fixtures/extended/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import { checkModerateParams } from "../checks.gen.ts";
import type { AcmeBase } from "../client.gen.ts";
import type { ModerateParams, ModerateResponse } from "../types.gen.ts";

/**
 * Check text against the content policy.
 *
 * The standalone form of `client.safety.moderate`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `AcmeBase` (or `Acme`).
 * @param body - The request body: a `ModerateParams`.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The verdict.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @example
 * ```ts
 * const moderateResponse = await moderate(client, { input: "string" });
 * console.log(moderateResponse);
 * ```
 */
export function moderate(
  client: AcmeBase,
  body: ModerateParams,
  options?: RequestOptions,
): APIPromise<ModerateResponse> {
  return client.request<ModerateResponse>(
    {
      method: "post",
      path: "/moderations",
      body,
      check: checkModerateParams,
    },
    options,
  );
}

/** `client.safety` */
export class SafetyResource {
  readonly #client: AcmeBase;

  /** @param client - The client to send through: `Acme`, or `AcmeBase` to use this resource alone. */
  constructor(client: AcmeBase) {
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
    return moderate(this.#client, body, options);
  }
}
