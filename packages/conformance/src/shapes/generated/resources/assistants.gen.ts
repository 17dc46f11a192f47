// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import { checkCreateAssistantParameterValues, checkCreateAssistantParams } from "../checks.gen.ts";
import type { ShapesBase } from "../client.gen.ts";
import type { CreateAssistantParameters, CreateAssistantParams, CreateAssistantResponse } from "../types.gen.ts";

/**
 * `POST /assistants`.
 *
 * The standalone form of `client.assistants.create`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `ShapesBase` (or `Shapes`).
 * @param body - The request body: a `CreateAssistantParams`.
 * @param params - The header parameters: a `CreateAssistantParameters`.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The assistant.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @example
 * ```ts
 * const createAssistantResponse = await createAssistant(client, {}, { "OpenAI-Beta": "assistants=v2" });
 * console.log(createAssistantResponse);
 * ```
 */
export function createAssistant(
  client: ShapesBase,
  body: CreateAssistantParams,
  params: CreateAssistantParameters,
  options?: RequestOptions,
): APIPromise<CreateAssistantResponse> {
  return client.request<CreateAssistantResponse>(
    {
      method: "post",
      path: "/assistants",
      headers: { "OpenAI-Beta": params["OpenAI-Beta"] },
      checkParams: checkCreateAssistantParameterValues,
      body,
      check: checkCreateAssistantParams,
    },
    options,
  );
}

/** `client.assistants` */
export class AssistantsResource {
  readonly #client: ShapesBase;

  /** @param client - The client to send through: `Shapes`, or `ShapesBase` to use this resource alone. */
  constructor(client: ShapesBase) {
    this.#client = client;
  }

  /**
   * `POST /assistants`.
   *
   * @param body - The request body: a `CreateAssistantParams`.
   * @param params - The header parameters: a `CreateAssistantParameters`.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The assistant.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @example
   * ```ts
   * const createAssistantResponse = await client.assistants.create({}, { "OpenAI-Beta": "assistants=v2" });
   * console.log(createAssistantResponse);
   * ```
   */
  create(
    body: CreateAssistantParams,
    params: CreateAssistantParameters,
    options?: RequestOptions,
  ): APIPromise<CreateAssistantResponse> {
    return createAssistant(this.#client, body, params, options);
  }
}
