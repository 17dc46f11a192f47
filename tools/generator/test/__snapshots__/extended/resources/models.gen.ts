// Generated from tools/generator/test/fixtures/extended/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import type { BaseClient } from "@maxtoken/core/internal";
import { checkListModelsParameterValues, checkModelUpdateParams } from "../checks.gen.ts";
import type { ListModelsParameters, Model, ModelList, ModelUpdateParams } from "../types.gen.ts";
import { ModelsVersionsResource } from "./models-versions.gen.ts";

/** `client.models`: The models the API serves. */
export class ModelsResource {
  readonly #client: BaseClient;

  /** `client.models.versions` */
  readonly versions: ModelsVersionsResource;

  constructor(client: BaseClient) {
    this.#client = client;
    this.versions = new ModelsVersionsResource(client);
  }

  /**
   * List the models.
   *
   * @param params - The query parameters: a `ListModelsParameters`.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns A page of models.
   * @throws An {@link APIError} subclass for an error answer: {@link AuthenticationError} (401). Every error this method throws is a {@link MaxtokenError}.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @example
   * ```ts
   * const modelList = await client.models.list();
   * console.log(modelList);
   * ```
   */
  list(params?: ListModelsParameters, options?: RequestOptions): APIPromise<ModelList> {
    return this.#client.request<ModelList>(
      {
        method: "get",
        path: "/models",
        query: { limit: params?.limit, owned_by: params?.owned_by },
        checkParams: checkListModelsParameterValues,
      },
      options,
    );
  }

  /**
   * Retrieve a model.
   *
   * Returns one model by its id.
   *
   * @param modelId - The model's id.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The model.
   * @throws An {@link APIError} subclass for an error answer: {@link NotFoundError} (404). Every error this method throws is a {@link MaxtokenError}.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @example
   * ```ts
   * const model = await client.models.retrieve("acme-embed-1");
   * console.log(model);
   * ```
   */
  retrieve(modelId: string, options?: RequestOptions): APIPromise<Model> {
    return this.#client.request<Model>(
      {
        method: "get",
        path: "/models/{model_id}",
        pathParams: { model_id: modelId },
      },
      options,
    );
  }

  /**
   * Update a model's description.
   *
   * @param modelId - The model's id.
   * @param body - The request body: a `ModelUpdateParams`.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The updated model.
   * @throws An {@link APIError} subclass for an error answer: {@link NotFoundError} (404). Every error this method throws is a {@link MaxtokenError}.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @example
   * ```ts
   * const model = await client.models.update("acme-embed-1", { description: "string" });
   * console.log(model);
   * ```
   */
  update(modelId: string, body: ModelUpdateParams, options?: RequestOptions): APIPromise<Model> {
    return this.#client.request<Model>(
      {
        method: "post",
        path: "/models/{model_id}",
        pathParams: { model_id: modelId },
        body,
        check: checkModelUpdateParams,
      },
      options,
    );
  }

  /**
   * Delete a fine-tuned model.
   *
   * @param modelId - The model's id.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns Deleted; no content.
   * @throws An {@link APIError} subclass for an error answer: {@link NotFoundError} (404). Every error this method throws is a {@link MaxtokenError}.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @example
   * ```ts
   * await client.models.delete("acme-embed-1");
   * ```
   */
  delete(modelId: string, options?: RequestOptions): APIPromise<void> {
    return this.#client.request<void>(
      {
        method: "delete",
        path: "/models/{model_id}",
        pathParams: { model_id: modelId },
        responseKind: "empty",
      },
      options,
    );
  }
}
