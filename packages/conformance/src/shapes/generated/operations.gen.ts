// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { ProxyHandler, ProxyOperation, ProxyOptions } from "@maxtoken/core";
import { createProxyHandler } from "@maxtoken/core/internal";

/** The spec's operations: the only requests the proxy forwards. */
export const operations: readonly ProxyOperation[] = [
  { operationId: "list-models", method: "GET", path: "/models", hasBody: false, streams: false },
  {
    operationId: "retrieve-model",
    method: "GET",
    path: "/models/{model}",
    hasBody: false,
    streams: false,
  },
  {
    operationId: "delete-model",
    method: "DELETE",
    path: "/models/{model}",
    hasBody: false,
    streams: false,
  },
  { operationId: "create-file", method: "POST", path: "/files", hasBody: true, streams: false },
  {
    operationId: "download-file",
    method: "GET",
    path: "/files/{file_id}/content",
    hasBody: false,
    streams: false,
  },
  {
    operationId: "create-speech",
    method: "POST",
    path: "/audio/speech",
    hasBody: true,
    streams: false,
  },
  {
    operationId: "create-transcription",
    method: "POST",
    path: "/audio/transcriptions",
    hasBody: true,
    streams: false,
  },
  {
    operationId: "add-upload-part",
    method: "POST",
    path: "/uploads/{upload_id}/parts",
    hasBody: true,
    streams: false,
  },
  {
    operationId: "create-token",
    method: "POST",
    path: "/oauth/token",
    hasBody: true,
    streams: false,
  },
  {
    operationId: "create-assistant",
    method: "POST",
    path: "/assistants",
    hasBody: true,
    streams: false,
  },
  {
    operationId: "create-completion",
    method: "POST",
    path: "/completions",
    hasBody: true,
    streams: true,
  },
];

/**
 * A key-holding proxy for your server: a web-standard `(request: Request) => Promise<Response>`
 * handler that forwards only the spec's operations, adds `Authorization: Bearer <apiKey>`,
 * streams answers through unbuffered and cancels the upstream request when the caller goes away.
 * Your `policy` says per request who the caller is and which models and `max_tokens` they may
 * use; refusals answer in the API's error shape. The key never reaches an answer, a header or a
 * log line. Plug it into `Deno.serve`, `Bun.serve`, Cloudflare Workers, Hono or Next.js route
 * handlers as it is, and into Node's `http` or Express with `toNodeListener`.
 *
 * @example
 * ```ts
 * const proxy = createProxy({
 *   apiKey: process.env.MAXTOKEN_API_KEY!,
 *   policy: async ({ request }) => ({ caller: await userIdFromSession(request), maxTokens: 1024 }),
 * });
 * Deno.serve(proxy); // the page: new Maxtoken({ baseURL: "/v1" })
 * ```
 */
export function createProxy(options: ProxyOptions): ProxyHandler {
  return createProxyHandler(operations, options);
}
