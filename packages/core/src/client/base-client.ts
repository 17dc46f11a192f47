import { APIConnectionError } from "../errors/api-connection-error.ts";
import { APIError } from "../errors/api-error.ts";
import { APITimeoutError } from "../errors/api-timeout-error.ts";
import { APIUserAbortError } from "../errors/api-user-abort-error.ts";
import { describeCause } from "../errors/describe-cause.ts";
import { makeAPIError } from "../errors/make-api-error.ts";
import { MaxtokenError } from "../errors/maxtoken-error.ts";
import { ValidationError } from "../errors/validation-error.ts";
import { buildURL } from "../http/build-url.ts";
import { mergeHeaders, UNSENDABLE } from "../http/merge-headers.ts";
import type { ResponseMode } from "../http/response-mode.ts";
import { LOG_LEVELS } from "../log/log-levels.ts";
import type { Logger, LogLevel } from "../log/logger.ts";
import { retryDelayMs } from "../retry/backoff.ts";
import { redact, redactHeaders } from "../secrets/redact.ts";
import { openStream } from "../stream/open-stream.ts";
import { abortWith, MAX_TIMER_MS, TIMEOUT } from "../timeout/abort-reasons.ts";
import { onAbort } from "../timeout/on-abort.ts";
import { sleep } from "../timeout/sleep.ts";
import { VERSION } from "../version.ts";
import { APIPromise } from "./api-promise.ts";
import { checkOptions } from "./check-options.ts";
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
/** Default `maxEventBytes`: one server-sent event (or line) without its end. */
const MAX_EVENT_BYTES = 8 * 1024 * 1024;
/** Default `maxErrorBodyBytes`: how much of an error body is kept. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * What a thrown attempt becomes: a timeout when our timer aborted it, our own errors as they are
 * (stream and body errors), a user abort when the caller's signal aborted it, else a connection
 * error. Once a 2xx status line has arrived (`response.ok`), a non-streamed call is not retried:
 * the server may have done the work, and a second POST could be billed twice.
 */
function attemptFailure(
  error: unknown,
  signal: AbortSignal,
  label: string,
  timeout: number,
  response: Response | undefined,
  stream: boolean | undefined,
  secret: string | undefined,
): MaxtokenError {
  if (signal.reason === TIMEOUT) {
    const waited = !response ? "response headers" : stream ? "the stream's first event" : "the whole response body";
    return new APITimeoutError(`${label} timed out after ${timeout} ms waiting for ${waited} (timeout option).`, {
      retryable: error instanceof APITimeoutError ? error.isRetryable : !response?.ok,
    });
  }
  if (error instanceof MaxtokenError) return error;
  if (signal.aborted) return new APIUserAbortError();
  const cause = describeCause(error);
  const said = redact(cause, secret);
  return new APIConnectionError(
    response
      ? `${label} answered ${response.status}, then its body broke (${said}); not retried, as the server may have done the work.`
      : `Connection error: ${said} (${label}). Check the network and baseURL.`,
    // A cause that quotes the key (fetch quotes refused header values) is left out.
    { cause: said === cause ? error : undefined, retryable: !response?.ok },
  );
}

/** Aborts `controller` when `signal` aborts; returns the function that undoes the link. */
function link(signal: AbortSignal, controller: AbortController): () => void {
  return onAbort(signal, () => controller.abort());
}

/**
 * The body as text, at most `limit` bytes of it (read on by `overlap` bytes so that a secret
 * crossing the cut is redacted whole before the cut); `cut` says whether the rest was dropped.
 * A body that breaks off (or times out) keeps what arrived.
 */
async function readCapped(response: Response, limit: number, overlap: number): Promise<[text: string, cut: boolean]> {
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  const reader = response.body?.getReader();
  try {
    for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
      bytes += part.value.length;
      text += decoder.decode(part.value, { stream: true });
      if (bytes > limit + overlap) {
        reader!.cancel().catch(noop);
        return [text, true];
      }
    }
  } catch {}
  return [text, false];
}

/**
 * A baseURL the client can use, or a `MaxtokenError` that says why not. Credentials are never
 * printed: `user:password@` is shown as `[redacted]@`.
 */
function checkBaseURL(baseURL: string, page: string | undefined): URL {
  let url: URL | undefined;
  try {
    // In a page, a proxy path such as "/api" is relative to the page.
    url = new URL(baseURL, page);
  } catch {}
  if (url && /^https?:$/.test(url.protocol) && !url.username && !url.password && !/[?#]/.test(baseURL)) return url;
  throw new MaxtokenError(
    `baseURL "${baseURL.replace(/[^/]*@/, "[redacted]@")}" must be an absolute http(s) URL without user:password@, query or fragment, e.g. "${DEFAULT_BASE_URL}" (option baseURL or MAXTOKEN_BASE_URL).`,
  );
}

/**
 * The client every generated runtime client extends. It holds the options and sends requests
 * with retries, timeouts, typed errors and streams.
 *
 * The hot path calls `fetch(url, init)` itself rather than going through openapi-fetch's client,
 * which builds a `Request` object per call: that object is a measurable share of a loopback
 * request (docs/decisions/0002-fetch-without-request-objects.md). Paths and queries are
 * serialised by core's own `buildURL` (docs/decisions/0006-core-without-runtime-dependencies.md).
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
  /**
   * Milliseconds each attempt may take until the SDK holds what it reads itself: the whole body
   * of a non-streamed answer, or a stream's first event.
   */
  readonly timeout: number;
  /** Milliseconds allowed between stream chunks (`undefined`: no limit). */
  readonly idleTimeout: number | undefined;
  /** How many times a failed request is retried. */
  readonly maxRetries: number;
  /** Longest server-sent event (or line) held without its end, in bytes. */
  readonly maxEventBytes: number;
  /** How much of an error body is kept in `error.body`, in bytes. */
  readonly maxErrorBodyBytes: number;
  #apiKey: string | undefined;
  #headers: Record<string, string>;
  #defaultHeaders: HeadersRecord | undefined;
  #fetch: Fetch | undefined;
  #fetchOptions: RequestInit | undefined;
  #logLevel: number;
  #logger: Logger;

  /**
   * @throws MaxtokenError when no API key is found (outside browsers), when a browser would send
   *   a key without `dangerouslyAllowBrowser`, or when the key, `baseURL`, a header or a numeric
   *   option is unusable.
   */
  constructor(options: ClientOptions | undefined, runtime: RuntimeAdapter) {
    const opts = options ?? {};
    checkOptions(opts);
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
    const host = checkBaseURL(baseURL, runtime.browser ? globalThis.location?.href : undefined).hostname;
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
    // fetch would refuse such a key at every request, quoting the whole `Bearer <key>` in its message.
    if (apiKey && UNSENDABLE.test(apiKey))
      throw new MaxtokenError(
        "The API key has a character a header value cannot hold; check MAXTOKEN_API_KEY or apiKey.",
      );
    if (!opts.fetch && typeof fetch !== "function") {
      throw new MaxtokenError(
        "fetch is not defined as a global; pass the fetch option to the client or install a fetch polyfill.",
      );
    }

    this.baseURL = baseURL;
    this.timeout = opts.timeout ?? 600_000;
    this.idleTimeout = opts.idleTimeout;
    this.maxRetries = opts.maxRetries ?? 2;
    this.maxEventBytes = opts.maxEventBytes ?? MAX_EVENT_BYTES;
    this.maxErrorBodyBytes = opts.maxErrorBodyBytes ?? MAX_ERROR_BODY_BYTES;
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
   * Sends one API call: validates the body, retries connection errors, timeouts, 408, 409, 429 and
   * 5xx answers (see `maxRetries`), and resolves to the parsed JSON body, or to a `Stream` of
   * parsed events when `call.stream` (`T` is then `Stream<Chunk>`). The low-level call behind the
   * generated methods such as `chat.completions.create`: use those instead.
   */
  request<T>(call: RequestCall, options?: RequestOptions): APIPromise<T> {
    const mode: ResponseMode = { raw: false };
    return new APIPromise(this.#send<T>(call, options ?? {}, mode), mode);
  }

  async #send<T>(call: RequestCall, options: RequestOptions, mode: ResponseMode): Promise<WithResponse<T>> {
    checkOptions(options);
    const issues = [
      ...(call.checkParams ? call.checkParams({ ...call.pathParams, ...call.query, ...call.headers }) : []),
      ...(call.check ? call.check(call.body) : []),
    ];
    if (issues.length > 0) throw new ValidationError(issues);
    const signal = options.signal;
    const method = call.method.toUpperCase();
    const url = buildURL(this.baseURL, call);
    const label = `${method} ${url}`;
    const headers: Record<string, string> = {
      accept: call.stream ? "text/event-stream" : call.responseKind ? "*/*" : "application/json",
      ...this.#headers,
    };
    // Forms and bytes are encoded once: a retry resends the same body.
    const encoded =
      call.encodeBody && call.body !== undefined
        ? await call.encodeBody(
            options.extraBody ? { ...(call.body as object), ...options.extraBody } : call.body,
            call.contentType,
          )
        : undefined;
    if (encoded) {
      if (encoded.contentType) headers["content-type"] = encoded.contentType;
    } else if (call.body !== undefined || options.extraBody) headers["content-type"] = "application/json";
    mergeHeaders(headers, this.#defaultHeaders);
    // Header parameters: `String()` writes an array as `a,b` (OpenAPI's `simple` style).
    mergeHeaders(headers, call.headers as HeadersRecord | undefined);
    mergeHeaders(headers, options.headers);
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const timeout = Math.min(options.timeout ?? this.timeout, MAX_TIMER_MS);
    const idleTimeout = options.idleTimeout ?? this.idleTimeout;
    const debug = this.#logLevel >= DEBUG;
    const secret = this.#apiKey;
    const payload = options.extraBody ? { ...(call.body as object), ...options.extraBody } : call.body;
    let serialized: string | undefined;
    try {
      serialized = encoded || payload === undefined ? undefined : JSON.stringify(payload);
    } catch (error) {
      // A cycle or a BigInt: the caller's bug, not network trouble; nothing was sent.
      throw new MaxtokenError(
        redact(`The request body is not JSON (${(error as Error).message}); nothing was sent.`, secret),
      );
    }

    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw Object.assign(new APIUserAbortError(), { attempts: attempt - 1 });
      const controller = new AbortController();
      // Only a caller's signal costs a closure; the common path allocates none per attempt.
      const unlink = signal ? link(signal, controller) : noop;
      const started = debug ? Date.now() : 0;
      if (debug) this.#log(DEBUG, `${label} attempt ${attempt}/${maxRetries + 1}`);
      const timer = setTimeout(abortWith, timeout, controller, TIMEOUT);
      let failure: MaxtokenError;
      let response: Response | undefined;
      try {
        response = await (this.#fetch ?? fetch)(url, {
          // Not followed: a 301/302/303 would turn the POST into a body-less GET, and headers
          // would go to another origin. The 3xx becomes an APIError below.
          redirect: "manual",
          ...this.#fetchOptions,
          ...options.fetchOptions,
          method,
          headers,
          body: encoded ? encoded.body : serialized,
          signal: controller.signal,
        });
        const requestId = response.headers.get("x-request-id");
        if (debug)
          this.#log(
            DEBUG,
            `${label} -> ${response.status} in ${Date.now() - started} ms (attempt ${attempt}, request id ${requestId})`,
          );
        const type = response.headers.get("content-type");
        if (!response.ok) {
          failure =
            response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400)
              ? this.#redirectError(response, label)
              : await this.#httpError(response, label, attempt);
          clearTimeout(timer);
        } else if (call.stream && type !== null && /json|html/i.test(type)) {
          // Not an event stream (a proxy's page, or an error object): keep what the server said.
          failure = await this.#httpError(response, label, attempt, ` (${type}, not text/event-stream)`);
          clearTimeout(timer);
        } else if (mode.raw || call.responseKind === "binary") {
          // The body is the caller's to read (or cancel); the caller's signal still aborts it.
          clearTimeout(timer);
          return { data: response as T, response, requestId };
        } else if (call.responseKind === "text") {
          const text = await response.text();
          clearTimeout(timer);
          unlink();
          return { data: text as T, response, requestId };
        } else if (call.stream) {
          const data = (await openStream(
            response,
            controller,
            idleTimeout,
            secret,
            this.maxEventBytes,
            attempt,
            unlink,
            call.streamTerminator,
            call.streamClass,
          )) as T;
          clearTimeout(timer);
          return { data, response, requestId };
        } else {
          const text = await response.text();
          clearTimeout(timer);
          unlink();
          // An operation that answers nothing (204) resolves to `undefined`; one that promises JSON
          // must not resolve to `undefined` typed as its answer.
          if (call.responseKind === "empty") return { data: undefined as T, response, requestId };
          if (text === "")
            throw new MaxtokenError(
              `${label} answered ${response.status} with an empty body, where the API promises JSON; not retried, as the server may have done the work.`,
            );
          let data: T;
          try {
            data = JSON.parse(text) as T;
          } catch {
            throw new MaxtokenError(
              `${label} answered ${response.status} with a body that is not JSON: ${redact(text, secret).slice(0, 200)}`,
            );
          }
          return { data, response, requestId };
        }
      } catch (error) {
        clearTimeout(timer);
        failure = attemptFailure(error, controller.signal, label, timeout, response, call.stream, secret);
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

  async #httpError(response: Response, label: string, attempt: number, note = ""): Promise<APIError> {
    const secret = this.#apiKey;
    const limit = this.maxErrorBodyBytes;
    // Redact before the cut (so no half key survives it), and again after parsing (escapes decoded).
    const overlap = secret ? secret.length * 6 : 0;
    const [raw, cut] = await readCapped(response, limit, overlap);
    let body: unknown = redact(raw, secret);
    if (cut) {
      const text = body as string;
      body = `${text.slice(0, Math.min(limit, text.length - overlap))}\n[cut at ${limit} bytes (maxErrorBodyBytes)]`;
    } else {
      try {
        body = redact(JSON.parse(body as string), secret);
      } catch {
        // Not JSON (an HTML page from a proxy): keep the text.
      }
    }
    return makeAPIError({
      status: response.status,
      statusText: redact(response.statusText, secret) + note,
      headers: redactHeaders(response.headers, secret),
      body,
      attempts: attempt,
      request: label,
    });
  }

  #redirectError(response: Response, label: string): APIError {
    response.body?.cancel().catch(noop);
    return new APIError(
      redact(
        `${response.status} redirect to ${response.headers.get("location") ?? "a hidden location"} not followed (a POST would become a GET); set baseURL to the final URL. (${label})`,
        this.#apiKey,
      ),
      { status: response.status, headers: redactHeaders(response.headers, this.#apiKey) },
    );
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
