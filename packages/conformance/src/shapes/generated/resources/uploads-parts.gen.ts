// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions, Uploadable } from "@maxtoken/core";
import { encodeBytes } from "@maxtoken/core/internal";
import type { ShapesBase } from "../client.gen.ts";
import type { AddUploadPartResponse } from "../types.gen.ts";

/**
 * `POST /uploads/{upload_id}/parts`.
 *
 * The standalone form of `client.uploads.parts.create`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `ShapesBase` (or `Shapes`).
 * @param uploadId - The `upload_id` path parameter.
 * @param body - The request body: the `application/octet-stream` content (a `Blob`, `File`, `Uint8Array`, `ArrayBuffer` or `ReadableStream`).
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The part.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @example
 * ```ts
 * const addUploadPartResponse = await addUploadPart(client, "upload_id", new Blob(["bytes"]));
 * console.log(addUploadPartResponse);
 * ```
 */
export function addUploadPart(
  client: ShapesBase,
  uploadId: string,
  body: Uploadable,
  options?: RequestOptions,
): APIPromise<AddUploadPartResponse> {
  return client.request<AddUploadPartResponse>(
    {
      method: "post",
      path: "/uploads/{upload_id}/parts",
      pathParams: { upload_id: uploadId },
      body,
      encodeBody: encodeBytes,
      contentType: "application/octet-stream",
    },
    options,
  );
}

/** `client.uploads.parts` */
export class UploadsPartsResource {
  readonly #client: ShapesBase;

  /** @param client - The client to send through: `Shapes`, or `ShapesBase` to use this resource alone. */
  constructor(client: ShapesBase) {
    this.#client = client;
  }

  /**
   * `POST /uploads/{upload_id}/parts`.
   *
   * @param uploadId - The `upload_id` path parameter.
   * @param body - The request body: the `application/octet-stream` content (a `Blob`, `File`, `Uint8Array`, `ArrayBuffer` or `ReadableStream`).
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The part.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @example
   * ```ts
   * const addUploadPartResponse = await client.uploads.parts.create("upload_id", new Blob(["bytes"]));
   * console.log(addUploadPartResponse);
   * ```
   */
  create(uploadId: string, body: Uploadable, options?: RequestOptions): APIPromise<AddUploadPartResponse> {
    return addUploadPart(this.#client, uploadId, body, options);
  }
}
