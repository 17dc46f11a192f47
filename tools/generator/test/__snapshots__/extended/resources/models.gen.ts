// Generated from tools/generator/test/fixtures/extended/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, BaseClient, RequestOptions } from "@maxtoken/core";
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
   * @throws An `APIError` subclass for an error answer: `AuthenticationError` (401).
   * @throws `ValidationError` before sending, when an argument breaks the spec's constraints.
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
   * @throws An `APIError` subclass for an error answer: `NotFoundError` (404).
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
   * @throws An `APIError` subclass for an error answer: `NotFoundError` (404).
   * @throws `ValidationError` before sending, when an argument breaks the spec's constraints.
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
   * @throws An `APIError` subclass for an error answer: `NotFoundError` (404).
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
      },
      options,
    );
  }
}
