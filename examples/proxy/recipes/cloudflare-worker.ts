// Cloudflare Workers (or any edge runtime with module workers): the key is a secret binding
// (`wrangler secret put MAXTOKEN_API_KEY`), read per request from `env`, so the proxy is built on
// the first request. Edge runtimes use @maxtoken/browser.
import { createProxy, type ProxyHandler } from "@maxtoken/browser";
import { policy } from "./policy.ts";

interface Env {
  MAXTOKEN_API_KEY: string;
  /** Optional: another API root (default https://api.maxtoken.io/v1). */
  MAXTOKEN_BASE_URL?: string;
}

let proxy: ProxyHandler | undefined;

export default {
  fetch(request: Request, env: Env): Promise<Response> {
    proxy ??= createProxy({ apiKey: env.MAXTOKEN_API_KEY, baseURL: env.MAXTOKEN_BASE_URL, policy });
    return proxy(request);
  },
};
