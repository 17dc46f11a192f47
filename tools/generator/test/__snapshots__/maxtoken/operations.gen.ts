// Generated from openapi/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { ProxyHandler, ProxyOperation, ProxyOptions } from "@maxtoken/core";
import { createProxyHandler } from "@maxtoken/core/internal";

/** The spec's operations: the only requests the proxy forwards. */
export const operations: readonly ProxyOperation[] = [
  {
    operationId: "createChatCompletion",
    method: "POST",
    path: "/chat/completions",
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
