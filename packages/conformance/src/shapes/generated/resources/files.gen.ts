// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { APIPromise, RequestOptions } from "@maxtoken/core";
import { encodeMultipart } from "@maxtoken/core/internal";
import { checkCreateFileParams } from "../checks.gen.ts";
import type { ShapesBase } from "../client.gen.ts";
import type { CreateFileParams, FileObject } from "../types.gen.ts";

/**
 * Upload a file.
 *
 * The standalone form of `client.files.create`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `ShapesBase` (or `Shapes`).
 * @param body - The request body: a `CreateFileParams`, sent as `multipart/form-data` (files as `Blob`, `File`, `Uint8Array` or `ReadableStream`).
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The file.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @example
 * ```ts
 * const fileObject = await createFile(client, { file: "string", purpose: "assistants" });
 * console.log(fileObject);
 * ```
 */
export function createFile(
  client: ShapesBase,
  body: CreateFileParams,
  options?: RequestOptions,
): APIPromise<FileObject> {
  return client.request<FileObject>(
    {
      method: "post",
      path: "/files",
      body,
      encodeBody: encodeMultipart,
      check: checkCreateFileParams,
    },
    options,
  );
}

/**
 * Retrieve the file's content.
 *
 * The standalone form of `client.files.content`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `ShapesBase` (or `Shapes`).
 * @param fileId - The `file_id` path parameter.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The bytes.
 * @throws An {@link APIError} subclass for an error answer: {@link APIError} (any other status). Every error this method throws is a {@link MaxtokenError}.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @example
 * ```ts
 * const response = await downloadFile(client, "file_id");
 * const bytes = await response.arrayBuffer();
 * ```
 */
export function downloadFile(client: ShapesBase, fileId: string, options?: RequestOptions): APIPromise<Response> {
  return client.request<Response>(
    {
      method: "get",
      path: "/files/{file_id}/content",
      pathParams: { file_id: fileId },
      responseKind: "binary",
    },
    options,
  );
}

/** `client.files` */
export class FilesResource {
  readonly #client: ShapesBase;

  /** @param client - The client to send through: `Shapes`, or `ShapesBase` to use this resource alone. */
  constructor(client: ShapesBase) {
    this.#client = client;
  }

  /**
   * Upload a file.
   *
   * @param body - The request body: a `CreateFileParams`, sent as `multipart/form-data` (files as `Blob`, `File`, `Uint8Array` or `ReadableStream`).
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The file.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @example
   * ```ts
   * const fileObject = await client.files.create({ file: "string", purpose: "assistants" });
   * console.log(fileObject);
   * ```
   */
  create(body: CreateFileParams, options?: RequestOptions): APIPromise<FileObject> {
    return createFile(this.#client, body, options);
  }

  /**
   * Retrieve the file's content.
   *
   * @param fileId - The `file_id` path parameter.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The bytes.
   * @throws An {@link APIError} subclass for an error answer: {@link APIError} (any other status). Every error this method throws is a {@link MaxtokenError}.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @example
   * ```ts
   * const response = await client.files.content("file_id");
   * const bytes = await response.arrayBuffer();
   * ```
   */
  content(fileId: string, options?: RequestOptions): APIPromise<Response> {
    return downloadFile(this.#client, fileId, options);
  }
}
