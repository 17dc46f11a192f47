// Generated from tools/generator/test/fixtures/extended/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import type { BaseClient } from "@maxtoken/core/internal";
import type { ListModelVersionsResponse } from "../types.gen.ts";

/** `client.models.versions` */
export class ModelsVersionsResource {
  readonly #client: BaseClient;

  constructor(client: BaseClient) {
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
    return this.#client.request<ListModelVersionsResponse>(
      {
        method: "get",
        path: "/models/{model_id}/versions",
        pathParams: { model_id: modelId },
      },
      options,
    );
  }
}
