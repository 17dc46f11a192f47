import type { Logger } from "../log/logger.ts";
import type { ProxyPolicy } from "./proxy-policy.ts";

/** Cross-origin access to the proxy: which page origins may call it from a browser. */
export interface ProxyCorsOptions {
  /** Exact origins, e.g. `["https://app.example.com"]`. Other origins are refused with 403. */
  origins: readonly string[];
  /** Allow cookies on cross-origin calls (`Access-Control-Allow-Credentials: true`). Default `false`. */
  credentials?: boolean;
  /** How long a browser may cache a preflight answer, in seconds. Default 600. */
  maxAgeSeconds?: number;
}

/** Options of `createProxy`. Only `apiKey` and `policy` are required. */
export interface ProxyOptions {
  /** The API key the proxy adds upstream. It never leaves the server: not in answers, headers or logs. */
  apiKey: string;
  /** Decides per request who the caller is and what they may do (required: a proxy without one lets anyone spend your balance). */
  policy: ProxyPolicy;
  /** Where requests go. Default `https://api.maxtoken.io/v1`. */
  baseURL?: string;
  /**
   * The path prefix the proxy answers under; the rest of the path must be a spec operation.
   * Default `"/v1"`: point the browser client's `baseURL` at `https://your.app/v1`. With
   * `"/api/maxtoken/v1"`, the client's `baseURL` is `"/api/maxtoken/v1"`.
   */
  basePath?: string;
  /** Cross-origin callers. Default: none (same origin only; a foreign `Origin` is refused). */
  cors?: ProxyCorsOptions;
  /** The largest request body accepted, in bytes; a larger one is refused with 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Requests in flight at once (a stream counts until it ends); one more is refused with 429 (`retry-after: 1`). Default 64. */
  maxConcurrentRequests?: number;
  /** The `fetch` used upstream. Default: the global one. */
  fetch?: typeof fetch;
  /** Receives one `info` line per request (method, path, status, caller, time) and `warn` lines for upstream failures. Default: none. */
  logger?: Logger;
}
