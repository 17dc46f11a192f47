import type { ApiModel } from "../api-model.ts";
import { literal } from "./literal.ts";

/**
 * `operations.gen.ts`: the spec's operations as the key-holding proxy forwards them (method,
 * path template, body, stream), and the package's `createProxy`, bound to that table. A new
 * endpoint in the spec reaches the proxy with `pnpm generate`; nothing else is forwarded.
 */
export function emitOperations(model: ApiModel, header: string): string {
  const table = model.operations.map((operation) => ({
    operationId: operation.operationId,
    method: operation.httpMethod.toUpperCase(),
    path: operation.path,
    hasBody: operation.body !== undefined,
    streams: operation.stream !== undefined,
  }));
  return `${header}
import type { ProxyHandler, ProxyOperation, ProxyOptions } from "@maxtoken/core";
import { createProxyHandler } from "@maxtoken/core/internal";

/** The spec's operations: the only requests the proxy forwards. */
export const operations: readonly ProxyOperation[] = ${literal(table)};

/**
 * A key-holding proxy for your server: a web-standard \`(request: Request) => Promise<Response>\`
 * handler that forwards only the spec's operations, adds \`Authorization: Bearer <apiKey>\`,
 * streams answers through unbuffered and cancels the upstream request when the caller goes away.
 * Your \`policy\` says per request who the caller is and which models and \`max_tokens\` they may
 * use; refusals answer in the API's error shape. The key never reaches an answer, a header or a
 * log line. Plug it into \`Deno.serve\`, \`Bun.serve\`, Cloudflare Workers, Hono or Next.js route
 * handlers as it is, and into Node's \`http\` or Express with \`toNodeListener\`.
 *
 * @example
 * \`\`\`ts
 * const proxy = createProxy({
 *   apiKey: process.env.MAXTOKEN_API_KEY!,
 *   policy: async ({ request }) => ({ caller: await userIdFromSession(request), maxTokens: 1024 }),
 * });
 * Deno.serve(proxy); // the page: new Maxtoken({ baseURL: "/v1" })
 * \`\`\`
 */
export function createProxy(options: ProxyOptions): ProxyHandler {
  return createProxyHandler(operations, options);
}
`;
}
