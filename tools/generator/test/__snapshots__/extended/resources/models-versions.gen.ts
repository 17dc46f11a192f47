// Generated from tools/generator/test/fixtures/extended/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import type { AcmeBase } from "../client.gen.ts";
import type { ListModelVersionsResponse } from "../types.gen.ts";

/**
 * List a model's versions.
 *
 * The standalone form of `client.models.versions.list`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `AcmeBase` (or `Acme`).
 * @param modelId - The model's id.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The versions, newest first.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @example
 * ```ts
 * const listModelVersionsResponse = await listModelVersions(client, "acme-embed-1");
 * console.log(listModelVersionsResponse);
 * ```
 */
export function listModelVersions(
  client: AcmeBase,
  modelId: string,
  options?: RequestOptions,
): APIPromise<ListModelVersionsResponse> {
  return client.request<ListModelVersionsResponse>(
    {
      method: "get",
      path: "/models/{model_id}/versions",
      pathParams: { model_id: modelId },
    },
    options,
  );
}

/** `client.models.versions` */
export class ModelsVersionsResource {
  readonly #client: AcmeBase;

  /** @param client - The client to send through: `Acme`, or `AcmeBase` to use this resource alone. */
  constructor(client: AcmeBase) {
    this.#client = client;
  }

  /**
   * List a model's versions.
   *
   * @param modelId - The model's id.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The versions, newest first.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @example
   * ```ts
   * const listModelVersionsResponse = await client.models.versions.list("acme-embed-1");
   * console.log(listModelVersionsResponse);
   * ```
   */
  list(modelId: string, options?: RequestOptions): APIPromise<ListModelVersionsResponse> {
    return listModelVersions(this.#client, modelId, options);
  }
}
