import { APIConnectionError } from "../errors/api-connection-error.ts";
import type { APIError } from "../errors/api-error.ts";
import { APITimeoutError } from "../errors/api-timeout-error.ts";
import { APIUserAbortError } from "../errors/api-user-abort-error.ts";
import { describeCause } from "../errors/describe-cause.ts";
import { makeAPIError } from "../errors/make-api-error.ts";
import { MaxtokenError } from "../errors/maxtoken-error.ts";
import { ValidationError } from "../errors/validation-error.ts";
import { buildURL } from "../http/build-url.ts";
import { mergeHeaders } from "../http/merge-headers.ts";
import { LOG_LEVELS } from "../log/log-levels.ts";
import type { Logger, LogLevel } from "../log/logger.ts";
import { retryDelayMs } from "../retry/backoff.ts";
import { redact, redactHeaders } from "../secrets/redact.ts";
import { openStream } from "../stream/open-stream.ts";
import { abortWith, MAX_TIMER_MS, TIMEOUT } from "../timeout/abort-reasons.ts";
import { sleep } from "../timeout/sleep.ts";
import { VERSION } from "../version.ts";
import { APIPromise } from "./api-promise.ts";
import type { ClientOptions } from "./client-options.ts";
import type { HeadersRecord } from "./headers-record.ts";
import type { RequestCall } from "./request-call.ts";
import type { RequestOptions } from "./request-options.ts";
import type { RuntimeAdapter } from "./runtime-adapter.ts";
import type { WithResponse } from "./with-response.ts";

const DEFAULT_BASE_URL = "https://api.maxtoken.io/v1";
const OFFICIAL_HOST = "api.maxtoken.io";
const WARN = 2;
const INFO = 3;
const DEBUG = 4;
const noop = () => {};

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * What a thrown attempt becomes: a timeout when our timer aborted it, our own errors as they are
 * (stream and body errors), a user abort when the caller's signal aborted it, else a connection error.
 */
function attemptFailure(error: unknown, signal: AbortSignal, label: string, timeout: number): MaxtokenError {
  if (signal.reason === TIMEOUT)
    return new APITimeoutError(`${label} timed out: no response headers within ${timeout} ms (timeout option).`);
  if (error instanceof MaxtokenError) return error;
  if (signal.aborted) return new APIUserAbortError();
  return new APIConnectionError(
    `Connection error: ${describeCause(error)} (${label}). Check the network and baseURL.`,
    { cause: error },
  );
}

/** Aborts `controller` when `signal` aborts; returns the function that undoes the link. */
function link(signal: AbortSignal, controller: AbortController): () => void {
  const onAbort = () => controller.abort();
  signal.addEventListener("abort", onAbort, { once: true });
  return () => signal.removeEventListener("abort", onAbort);
}

/**
 * The client every generated runtime client extends. It holds the options and sends requests
 * with retries, timeouts, typed errors and streams.
 *
 * The hot path calls `fetch(url, init)` itself rather than going through openapi-fetch's client,
 * which builds a `Request` object per call: that object is a measurable share of a loopback
 * request (docs/decisions/0002-fetch-without-request-objects.md). openapi-fetch still serialises
 * paths and queries.
 *
 * @example
 * ```ts
 * export class Maxtoken extends BaseClient {
 *   constructor(options?: ClientOptions) { super(options, runtime); }
 *   readonly chat = { completions: new ChatCompletions(this) };
 * }
 * ```
 */
export abstract class BaseClient {
  /** The API root requests go to (no trailing slash). */
  readonly baseURL: string;
  /** Milliseconds until response headers arrive, per attempt. */
  readonly timeout: number;
  /** Milliseconds allowed between stream chunks (`undefined`: no limit). */
  readonly idleTimeout: number | undefined;
  /** How many times a failed request is retried. */
  readonly maxRetries: number;
  #apiKey: string | undefined;
  #headers: Record<string, string>;
  #defaultHeaders: HeadersRecord | undefined;
  #fetch: Fetch | undefined;
  #fetchOptions: RequestInit | undefined;
  #logLevel: number;
  #logger: Logger;

  /**
   * @throws MaxtokenError when no API key is found (outside browsers), when a browser would send
   *   a key without `dangerouslyAllowBrowser`, or when the key, `baseURL` or a header is unusable.
   */
  constructor(options: ClientOptions | undefined, runtime: RuntimeAdapter) {
    const opts = options ?? {};
    this.#logger = opts.logger ?? console;
    const envLevel = opts.logLevel ? undefined : runtime.readEnv("MAXTOKEN_LOG");
    const level = LOG_LEVELS.indexOf(opts.logLevel ?? (envLevel as LogLevel) ?? "warn");
    this.#logLevel = level < 0 ? WARN : level;
    if (level < 0)
      this.#log(
        WARN,
        `Unknown log level "${envLevel ?? opts.logLevel}" (MAXTOKEN_LOG or logLevel); using "warn". Levels: ${LOG_LEVELS}.`,
      );

    const baseURL = (opts.baseURL || runtime.readEnv("MAXTOKEN_BASE_URL") || DEFAULT_BASE_URL).replace(/\/+$/, "");
    let host: string;
    try {
      // In a page, a proxy path such as "/api" is relative to the page.
      host = new URL(baseURL, runtime.browser ? globalThis.location?.href : undefined).hostname;
    } catch {
      throw new MaxtokenError(
        `baseURL "${baseURL}" is not an absolute URL; pass e.g. "${DEFAULT_BASE_URL}" (option baseURL or MAXTOKEN_BASE_URL).`,
      );
    }
    const apiKey = opts.apiKey || runtime.readEnv("MAXTOKEN_API_KEY") || undefined;
    if (runtime.browser) {
      if (apiKey && !opts.dangerouslyAllowBrowser) {
        throw new MaxtokenError(
          "Refusing to send an API key from a browser: anyone who can open the page can read it and spend your balance. " +
            "Set baseURL to your own server-side proxy that adds the key (then no apiKey is needed), or pass dangerouslyAllowBrowser: true to accept the risk.",
        );
      }
      if (!apiKey && host === OFFICIAL_HOST) {
        throw new MaxtokenError(
          "No API key. In a browser, set baseURL to your own proxy that adds the key, or pass apiKey with dangerouslyAllowBrowser: true (MAXTOKEN_API_KEY is not read in browsers).",
        );
      }
    } else if (!apiKey) {
      const hint = runtime.missingKeyHint?.();
      throw new MaxtokenError(
        `No API key: set the MAXTOKEN_API_KEY environment variable or pass the apiKey option.${hint ? ` ${hint}` : ""}`,
      );
    }
    if (apiKey && /[\r\n]/.test(apiKey)) {
      throw new MaxtokenError(
        "The API key contains a line break (CR or LF); check MAXTOKEN_API_KEY or the apiKey option.",
      );
    }
    if (!opts.fetch && typeof fetch !== "function") {
      throw new MaxtokenError(
        "fetch is not defined as a global; pass the fetch option to the client or install a fetch polyfill.",
      );
    }

    this.baseURL = baseURL;
    this.timeout = opts.timeout ?? 600_000;
    this.idleTimeout = opts.idleTimeout;
    this.maxRetries = opts.maxRetries ?? 2;
    this.#apiKey = apiKey;
    this.#fetch = opts.fetch;
    this.#fetchOptions = opts.fetchOptions;
    const sdk = `${runtime.packageName}@${VERSION} ${runtime.runtime}/${runtime.runtimeVersion}`;
    this.#headers = { "x-maxtoken-sdk": sdk };
    if (runtime.sendUserAgent) this.#headers["user-agent"] = sdk;
    if (apiKey) this.#headers.authorization = `Bearer ${apiKey}`;
    this.#defaultHeaders = opts.defaultHeaders;
    mergeHeaders({}, opts.defaultHeaders); // refuse bad header values now, not at the first request
  }

  /**
   * Sends one API call: validates the body, retries as the errors-and-retries guide says, and resolves to the parsed
   * JSON body, or to a `Stream` of parsed events when `call.stream` (`T` is then `Stream<Chunk>`).
   */
  request<T>(call: RequestCall, options?: RequestOptions): APIPromise<T> {
    return new APIPromise(this.#send<T>(call, options ?? {}));
  }

  async #send<T>(call: RequestCall, options: RequestOptions): Promise<WithResponse<T>> {
    if (call.check) {
      const issues = call.check(call.body);
      if (issues.length > 0) throw new ValidationError(issues);
    }
    const signal = options.signal;
    const method = call.method.toUpperCase();
    const url = buildURL(this.baseURL, call);
    const label = `${method} ${url}`;
    const headers: Record<string, string> = {
      accept: call.stream ? "text/event-stream" : "application/json",
      ...this.#headers,
    };
    if (call.body !== undefined || options.extraBody) headers["content-type"] = "application/json";
    mergeHeaders(headers, this.#defaultHeaders);
    mergeHeaders(headers, options.headers);
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const timeout = Math.min(options.timeout ?? this.timeout, MAX_TIMER_MS);
    const idleTimeout = options.idleTimeout ?? this.idleTimeout;
    const debug = this.#logLevel >= DEBUG;

    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw Object.assign(new APIUserAbortError(), { attempts: attempt - 1 });
      const controller = new AbortController();
      // Only a caller's signal costs a closure; the common path allocates none per attempt.
      const unlink = signal ? link(signal, controller) : noop;
      const payload = options.extraBody ? { ...(call.body as object), ...options.extraBody } : call.body;
      const started = debug ? Date.now() : 0;
      if (debug) this.#log(DEBUG, `${label} attempt ${attempt}/${maxRetries + 1}`);
      const timer = setTimeout(abortWith, timeout, controller, TIMEOUT);
      let failure: MaxtokenError;
      let response: Response | undefined;
      try {
        response = await (this.#fetch ?? fetch)(url, {
          ...this.#fetchOptions,
          ...options.fetchOptions,
          method,
          headers,
          body: payload === undefined ? undefined : JSON.stringify(payload),
          signal: controller.signal,
        });
        clearTimeout(timer);
        const requestId = response.headers.get("x-request-id");
        if (debug)
          this.#log(
            DEBUG,
            `${label} -> ${response.status} in ${Date.now() - started} ms (attempt ${attempt}, request id ${requestId})`,
          );
        if (!response.ok) {
          failure = await this.#httpError(response, label, attempt);
        } else if (call.stream) {
          const data = (await openStream(response, controller, idleTimeout, this.#apiKey, unlink)) as T;
          return { data, response, requestId };
        } else {
          const text = await response.text();
          unlink();
          let data: T;
          try {
            data = text === "" ? (undefined as T) : (JSON.parse(text) as T);
          } catch {
            throw new MaxtokenError(
              `${label} answered ${response.status} with a body that is not JSON: ${redact(text.slice(0, 200), this.#apiKey)}`,
            );
          }
          return { data, response, requestId };
        }
      } catch (error) {
        clearTimeout(timer);
        failure = attemptFailure(error, controller.signal, label, timeout);
      }
      unlink();
      failure.attempts = attempt;
      if (attempt > maxRetries || !failure.isRetryable || failure instanceof APIUserAbortError) {
        if (debug) this.#log(DEBUG, `${label} failed: ${failure.message}`);
        throw failure;
      }
      const delay = retryDelayMs(attempt, response?.headers);
      this.#log(
        INFO,
        `${label} failed (${failure.message}); retry ${attempt} of ${maxRetries} in ${Math.round(delay)} ms.`,
      );
      await sleep(delay, signal).catch((error: MaxtokenError) => {
        throw Object.assign(error, { attempts: attempt });
      });
    }
  }

  async #httpError(response: Response, label: string, attempt: number): Promise<APIError> {
    let body: unknown = redact(await response.text().catch(() => ""), this.#apiKey);
    try {
      body = JSON.parse(body as string);
    } catch {
      // Not JSON (an HTML page from a proxy): keep the text.
    }
    return makeAPIError({
      status: response.status,
      statusText: response.statusText,
      headers: redactHeaders(response.headers, this.#apiKey),
      body,
      attempts: attempt,
      request: label,
    });
  }

  #log(level: number, line: string): void {
    if (level <= this.#logLevel)
      this.#logger[LOG_LEVELS[level] as Exclude<LogLevel, "off">](redact(`[maxtoken] ${line}`, this.#apiKey));
  }

  /** What `JSON.stringify(client)` shows: the settings, never the API key. */
  toJSON(): Record<string, unknown> {
    return {
      baseURL: this.baseURL,
      apiKey: this.#apiKey ? "[redacted]" : undefined,
      timeout: this.timeout,
      idleTimeout: this.idleTimeout,
      maxRetries: this.maxRetries,
      logLevel: LOG_LEVELS[this.#logLevel],
    };
  }

  /** What Node's `util.inspect` and `console.log` show: the same as `toJSON()`. */
  [Symbol.for("nodejs.util.inspect.custom")](): Record<string, unknown> {
    return this.toJSON();
  }
}
