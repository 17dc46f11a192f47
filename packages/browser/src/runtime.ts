import type { RuntimeAdapter } from "@maxtoken/core";

// The engine and its major version, e.g. "chrome-156", for x-maxtoken-sdk. Informational only.
const agent = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent ?? "";
const engine = /(Firefox|Chrome|Safari)\/(\d+)/.exec(agent);

/**
 * How `@maxtoken/browser` names itself (`browser/<engine>-<major>`) and its environment: a page
 * has no environment variables, sends no `User-Agent` of its own, and the browser key policy
 * applies (an API key needs `dangerouslyAllowBrowser: true`; a proxy `baseURL` needs no key).
 */
export const runtime: RuntimeAdapter = {
  runtime: "browser",
  runtimeVersion: engine ? `${engine[1]!.toLowerCase()}-${engine[2]}` : "unknown",
  packageName: "@maxtoken/browser",
  readEnv: () => undefined,
  sendUserAgent: false,
  browser: true,
};
