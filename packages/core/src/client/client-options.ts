import type { Logger, LogLevel } from "../log/logger.ts";
import type { HeadersRecord } from "./headers-record.ts";

/** Options of a client (`new Maxtoken(options)`). Every field is optional. */
export interface ClientOptions {
  /** API key sent as `Authorization: Bearer <key>`. Default: the `MAXTOKEN_API_KEY` environment variable. */
  apiKey?: string | undefined;
  /** API root. Default: `MAXTOKEN_BASE_URL`, else `https://api.maxtoken.io/v1`. */
  baseURL?: string | undefined;
  /**
   * Milliseconds each attempt may take until the SDK holds what it reads itself: the whole body
   * of a non-streamed answer, or a stream's first event (keep-alive comments do not count as an
   * event). Past it the attempt fails with `APITimeoutError`. A finite number > 0 (larger than
   * about 24.8 days is capped there). Default 600_000 (10 minutes).
   */
  timeout?: number | undefined;
  /**
   * Milliseconds allowed between two reads of a stream's body once its first event arrived; any
   * bytes reset it, keep-alive comments included. Past it the stream ends with a `StreamError`.
   * A finite number > 0. Default: none.
   */
  idleTimeout?: number | undefined;
  /** How many times a failed request is retried: a whole number >= 0. Default 2. */
  maxRetries?: number | undefined;
  /**
   * Longest server-sent event (or line) held while it has no end, in bytes; past it the stream
   * fails with a `StreamError` instead of growing in memory. Default 8 MiB (8_388_608).
   */
  maxEventBytes?: number | undefined;
  /**
   * How much of an error response's body is read and kept in `error.body`, in bytes; a longer
   * body is cut there and marked `[cut: ...]`. Default 64 KiB (65_536).
   */
  maxErrorBodyBytes?: number | undefined;
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
