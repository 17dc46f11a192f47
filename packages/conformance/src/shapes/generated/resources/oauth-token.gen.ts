// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import { encodeUrlencoded } from "@maxtoken/core/internal";
import { checkCreateTokenParams } from "../checks.gen.ts";
import type { ShapesBase } from "../client.gen.ts";
import type { CreateTokenParams, CreateTokenResponse } from "../types.gen.ts";

/**
 * `POST /oauth/token`.
 *
 * The standalone form of `client.oauth.token.create`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `ShapesBase` (or `Shapes`).
 * @param body - The request body: a `CreateTokenParams`, sent as `application/x-www-form-urlencoded`.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The token.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @example
 * ```ts
 * const createTokenResponse = await createToken(client, { grant_type: "client_credentials" });
 * console.log(createTokenResponse);
 * ```
 */
export function createToken(
  client: ShapesBase,
  body: CreateTokenParams,
  options?: RequestOptions,
): APIPromise<CreateTokenResponse> {
  return client.request<CreateTokenResponse>(
    {
      method: "post",
      path: "/oauth/token",
      body,
      encodeBody: encodeUrlencoded,
      check: checkCreateTokenParams,
    },
    options,
  );
}

/** `client.oauth.token` */
export class OauthTokenResource {
  readonly #client: ShapesBase;

  /** @param client - The client to send through: `Shapes`, or `ShapesBase` to use this resource alone. */
  constructor(client: ShapesBase) {
    this.#client = client;
  }

  /**
   * `POST /oauth/token`.
   *
   * @param body - The request body: a `CreateTokenParams`, sent as `application/x-www-form-urlencoded`.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The token.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @example
   * ```ts
   * const createTokenResponse = await client.oauth.token.create({ grant_type: "client_credentials" });
   * console.log(createTokenResponse);
   * ```
   */
  create(body: CreateTokenParams, options?: RequestOptions): APIPromise<CreateTokenResponse> {
    return createToken(this.#client, body, options);
  }
}
