// Generated from tools/generator/test/fixtures/extended/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import { checkListModelsParameterValues, checkModelUpdateParams } from "../checks.gen.ts";
import type { AcmeBase } from "../client.gen.ts";
import type { ListModelsParameters, Model, ModelList, ModelUpdateParams } from "../types.gen.ts";
import { ModelsVersionsResource } from "./models-versions.gen.ts";

/**
 * List the models.
 *
 * The standalone form of `client.models.list`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `AcmeBase` (or `Acme`).
 * @param params - The query parameters: a `ListModelsParameters`.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns A page of models.
 * @throws An {@link APIError} subclass for an error answer: {@link AuthenticationError} (401). Every error this method throws is a {@link MaxtokenError}.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @example
 * ```ts
 * const modelList = await listModels(client);
 * console.log(modelList);
 * ```
 */
export function listModels(
  client: AcmeBase,
  params?: ListModelsParameters,
  options?: RequestOptions,
): APIPromise<ModelList> {
  return client.request<ModelList>(
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
 * The standalone form of `client.models.retrieve`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `AcmeBase` (or `Acme`).
 * @param modelId - The model's id.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The model.
 * @throws An {@link APIError} subclass for an error answer: {@link NotFoundError} (404). Every error this method throws is a {@link MaxtokenError}.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @example
 * ```ts
 * const model = await retrieveModel(client, "acme-embed-1");
 * console.log(model);
 * ```
 */
export function retrieveModel(client: AcmeBase, modelId: string, options?: RequestOptions): APIPromise<Model> {
  return client.request<Model>(
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
 * The standalone form of `client.models.update`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `AcmeBase` (or `Acme`).
 * @param modelId - The model's id.
 * @param body - The request body: a `ModelUpdateParams`.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The updated model.
 * @throws An {@link APIError} subclass for an error answer: {@link NotFoundError} (404). Every error this method throws is a {@link MaxtokenError}.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @example
 * ```ts
 * const model = await updateModel(client, "acme-embed-1", { description: "string" });
 * console.log(model);
 * ```
 */
export function updateModel(
  client: AcmeBase,
  modelId: string,
  body: ModelUpdateParams,
  options?: RequestOptions,
): APIPromise<Model> {
  return client.request<Model>(
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
 * The standalone form of `client.models.delete`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `AcmeBase` (or `Acme`).
 * @param modelId - The model's id.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns Deleted; no content.
 * @throws An {@link APIError} subclass for an error answer: {@link NotFoundError} (404). Every error this method throws is a {@link MaxtokenError}.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @example
 * ```ts
 * await deleteModel(client, "acme-embed-1");
 * ```
 */
export function deleteModel(client: AcmeBase, modelId: string, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      method: "delete",
      path: "/models/{model_id}",
      pathParams: { model_id: modelId },
      responseKind: "empty",
    },
    options,
  );
}

/** `client.models`: The models the API serves. */
export class ModelsResource {
  readonly #client: AcmeBase;

  /** `client.models.versions` */
  readonly versions: ModelsVersionsResource;

  /** @param client - The client to send through: `Acme`, or `AcmeBase` to use this resource alone. */
  constructor(client: AcmeBase) {
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
    return listModels(this.#client, params, options);
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
    return retrieveModel(this.#client, modelId, options);
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
    return updateModel(this.#client, modelId, body, options);
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
    return deleteModel(this.#client, modelId, options);
  }
}
