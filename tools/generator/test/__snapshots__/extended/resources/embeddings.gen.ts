// Generated from tools/generator/test/fixtures/extended/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import { checkCreateEmbeddingParams } from "../checks.gen.ts";
import type { AcmeBase } from "../client.gen.ts";
import type { CreateEmbeddingParams, CreateEmbeddingResponse } from "../types.gen.ts";

/**
 * Create embeddings.
 *
 * Turns text into vectors.
 *
 * The standalone form of `client.embeddings.create`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `AcmeBase` (or `Acme`).
 * @param body - The request body: a `CreateEmbeddingParams`.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The vectors, in input order.
 * @throws An {@link APIError} subclass for an error answer: {@link BadRequestError} (400), {@link RateLimitError} (429), {@link InternalServerError} (5XX). Every error this method throws is a {@link MaxtokenError}.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @example
 * ```ts
 * const createEmbeddingResponse = await createEmbedding(client, { model: "acme-embed-1", input: "The quick brown fox" });
 * console.log(createEmbeddingResponse);
 * ```
 */
export function createEmbedding(
  client: AcmeBase,
  body: CreateEmbeddingParams,
  options?: RequestOptions,
): APIPromise<CreateEmbeddingResponse> {
  return client.request<CreateEmbeddingResponse>(
    {
      method: "post",
      path: "/embeddings",
      body,
      check: checkCreateEmbeddingParams,
    },
    options,
  );
}

/** `client.embeddings`: Vector representations of text. */
export class EmbeddingsResource {
  readonly #client: AcmeBase;

  /** @param client - The client to send through: `Acme`, or `AcmeBase` to use this resource alone. */
  constructor(client: AcmeBase) {
    this.#client = client;
  }

  /**
   * Create embeddings.
   *
   * Turns text into vectors.
   *
   * @param body - The request body: a `CreateEmbeddingParams`.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The vectors, in input order.
   * @throws An {@link APIError} subclass for an error answer: {@link BadRequestError} (400), {@link RateLimitError} (429), {@link InternalServerError} (5XX). Every error this method throws is a {@link MaxtokenError}.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @example
   * ```ts
   * const createEmbeddingResponse = await client.embeddings.create({ model: "acme-embed-1", input: "The quick brown fox" });
   * console.log(createEmbeddingResponse);
   * ```
   */
  create(body: CreateEmbeddingParams, options?: RequestOptions): APIPromise<CreateEmbeddingResponse> {
    return createEmbedding(this.#client, body, options);
  }
}
