// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import { styledQuery } from "@maxtoken/core/internal";
import {
  checkDeleteModelParameterValues,
  checkListModelsParameterValues,
  checkRetrieveModelParameterValues,
} from "../checks.gen.ts";
import type { ShapesBase } from "../client.gen.ts";
import type { ListModelsParameters, Model, ModelList } from "../types.gen.ts";

/**
 * List the models.
 * The list is paged.
 *
 * The standalone form of `client.models.list`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `ShapesBase` (or `Shapes`).
 * @param params - The query and header parameters: a `ListModelsParameters`.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns A page of models.
 * @throws An {@link APIError} subclass for an error answer: {@link BadRequestError} or {@link AuthenticationError} or {@link APIError} or {@link PermissionDeniedError} or {@link NotFoundError} or {@link UnprocessableEntityError} or {@link RateLimitError} (4XX). Every error this method throws is a {@link MaxtokenError}.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @example
 * ```ts
 * const modelList = await listModels(client);
 * console.log(modelList);
 * ```
 */
export function listModels(
  client: ShapesBase,
  params?: ListModelsParameters,
  options?: RequestOptions,
): APIPromise<ModelList> {
  return client.request<ModelList>(
    {
      method: "get",
      path: "/models",
      query: { limit: params?.limit, ids: params?.ids, tags: params?.tags, metadata: params?.metadata },
      serializeQuery: styledQuery({
        ids: { style: "form", explode: false },
        tags: { style: "pipeDelimited", explode: false },
        metadata: { style: "deepObject", explode: false },
      }),
      headers: { "OpenAI-Organization": params?.["OpenAI-Organization"] },
      checkParams: checkListModelsParameterValues,
    },
    options,
  );
}

/**
 * `GET /models/{model}`.
 *
 * The standalone form of `client.models.retrieve`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `ShapesBase` (or `Shapes`).
 * @param model - The `model` path parameter.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The model.
 * @throws An {@link APIError} subclass for an error answer: {@link NotFoundError} (404). Every error this method throws is a {@link MaxtokenError}.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @example
 * ```ts
 * const model = await retrieveModel(client, "model");
 * console.log(model);
 * ```
 */
export function retrieveModel(client: ShapesBase, model: string, options?: RequestOptions): APIPromise<Model> {
  return client.request<Model>(
    {
      method: "get",
      path: "/models/{model}",
      pathParams: { model: model },
      checkParams: checkRetrieveModelParameterValues,
    },
    options,
  );
}

/**
 * `DELETE /models/{model}`.
 *
 * The standalone form of `client.models.delete`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `ShapesBase` (or `Shapes`).
 * @param model - The `model` path parameter.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns Deleted.
 * @throws An {@link APIError} subclass for an error answer: {@link APIError} (409). Every error this method throws is a {@link MaxtokenError}.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @example
 * ```ts
 * await deleteModel(client, "model");
 * ```
 */
export function deleteModel(client: ShapesBase, model: string, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      method: "delete",
      path: "/models/{model}",
      pathParams: { model: model },
      checkParams: checkDeleteModelParameterValues,
      responseKind: "empty",
    },
    options,
  );
}

/** `client.models` */
export class ModelsResource {
  readonly #client: ShapesBase;

  /** @param client - The client to send through: `Shapes`, or `ShapesBase` to use this resource alone. */
  constructor(client: ShapesBase) {
    this.#client = client;
  }

  /**
   * List the models.
   * The list is paged.
   *
   * @param params - The query and header parameters: a `ListModelsParameters`.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns A page of models.
   * @throws An {@link APIError} subclass for an error answer: {@link BadRequestError} or {@link AuthenticationError} or {@link APIError} or {@link PermissionDeniedError} or {@link NotFoundError} or {@link UnprocessableEntityError} or {@link RateLimitError} (4XX). Every error this method throws is a {@link MaxtokenError}.
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
   * `GET /models/{model}`.
   *
   * @param model - The `model` path parameter.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The model.
   * @throws An {@link APIError} subclass for an error answer: {@link NotFoundError} (404). Every error this method throws is a {@link MaxtokenError}.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @example
   * ```ts
   * const model = await client.models.retrieve("model");
   * console.log(model);
   * ```
   */
  retrieve(model: string, options?: RequestOptions): APIPromise<Model> {
    return retrieveModel(this.#client, model, options);
  }

  /**
   * `DELETE /models/{model}`.
   *
   * @param model - The `model` path parameter.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns Deleted.
   * @throws An {@link APIError} subclass for an error answer: {@link APIError} (409). Every error this method throws is a {@link MaxtokenError}.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @example
   * ```ts
   * await client.models.delete("model");
   * ```
   */
  delete(model: string, options?: RequestOptions): APIPromise<void> {
    return deleteModel(this.#client, model, options);
  }
}
