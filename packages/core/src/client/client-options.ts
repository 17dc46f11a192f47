import type { Logger, LogLevel } from "../log/logger.ts";
import type { HeadersRecord } from "./headers-record.ts";

/** Options of a client (`new Maxtoken(options)`). Every field is optional. */
export interface ClientOptions {
  /** API key sent as `Authorization: Bearer <key>`. Default: the `MAXTOKEN_API_KEY` environment variable. */
  apiKey?: string | undefined;
  /** API root. Default: `MAXTOKEN_BASE_URL`, else `https://api.maxtoken.io/v1`. */
  baseURL?: string | undefined;
  /** Milliseconds until response headers arrive, per attempt. Default 600_000 (10 minutes). */
  timeout?: number | undefined;
  /** Milliseconds allowed between two chunks of a stream. Default: none. */
  idleTimeout?: number | undefined;
  /** How many times a failed request is retried. Default 2. */
  maxRetries?: number | undefined;
  /** A custom `fetch` (a proxy agent, a test double). Default: the global `fetch`. */
  fetch?: ((url: string, init: RequestInit) => Promise<Response>) | undefined;
  /**
   * Passed through to every `fetch` call (e.g. `{ keepalive: true }` or a Node `dispatcher`).
   * `method`, `headers`, `body` and `signal` are the client's own: use `defaultHeaders`/`headers`.
   */
  fetchOptions?: RequestInit | undefined;
  /** Headers merged into every request; `null` removes a default header. */
  defaultHeaders?: HeadersRecord | undefined;
  /** Default: the `MAXTOKEN_LOG` environment variable, else `"warn"`. */
  logLevel?: LogLevel | undefined;
  /** Where log lines go. Default: `console`. */
  logger?: Logger | undefined;
  /**
   * Browsers only: must be `true` to send an API key from a web page, where anyone who opens the
   * page can read it. Prefer a server-side proxy as `baseURL`, which needs no key in the page.
   */
  dangerouslyAllowBrowser?: boolean | undefined;
}
