import type { RuntimeAdapter } from "@maxtoken/core/internal";

interface Scope {
  navigator?: { userAgent?: string };
  window?: { document?: unknown };
}

const scope = globalThis as Scope;
const agent = scope.navigator?.userAgent ?? "";
// A page, as openai-node decides it: `window.document` exists. A key there is readable by
// everyone who opens the page. Cloudflare Workers, Vercel Edge and other workers have no
// document: they are servers, where the key comes from the server's own secrets.
const inPage = scope.window?.document !== undefined;
// The engine and its major version, e.g. "chrome-156", for x-maxtoken-sdk. Informational only.
const engine = /(Firefox|Chrome|Safari)\/(\d+)/.exec(agent);
// Outside a page, what the runtime calls itself, e.g. "cloudflare-workers".
const workerName = agent
  .toLowerCase()
  .replace(/[^a-z0-9.]+/g, "-")
  .replace(/^-|-$/g, "");

/**
 * How `@maxtoken/browser` names itself and reads its environment. In a page: `browser/<engine>-<major>`,
 * no `User-Agent` of its own, and the browser key policy (an API key needs
 * `dangerouslyAllowBrowser: true`; a proxy `baseURL` needs no key). In a worker (Cloudflare
 * Workers, Vercel Edge, Next.js edge routes): `worker/<runtime>`, and the key is accepted like on
 * any server. It never reads environment variables: a worker passes `apiKey` from its bindings.
 */
export const runtime: RuntimeAdapter = {
  runtime: inPage ? "browser" : "worker",
  runtimeVersion: (inPage ? engine && `${engine[1]!.toLowerCase()}-${engine[2]}` : workerName) || "unknown",
  packageName: "@maxtoken/browser",
  readEnv: () => undefined,
  sendUserAgent: !inPage,
  browser: inPage,
  // Asked only outside a page (in a page a missing key means a proxy baseURL).
  missingKeyHint: () =>
    "@maxtoken/browser reads no environment variables: pass apiKey, e.g. from a Worker's env binding (apiKey: env.MAXTOKEN_API_KEY).",
};
