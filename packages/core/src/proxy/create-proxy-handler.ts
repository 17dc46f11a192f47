import { describeCause } from "../errors/describe-cause.ts";
import { MaxtokenError } from "../errors/maxtoken-error.ts";
import { redact } from "../secrets/redact.ts";
import { applyDecision } from "./apply-decision.ts";
import { createConcurrencyLimit } from "./concurrency-limit.ts";
import { originAllowed, preflightResponse, withCorsHeaders } from "./cors.ts";
import { errorResponse } from "./error-response.ts";
import { downstreamResponseHeaders, upstreamRequestHeaders } from "./forwarded-headers.ts";
import { compileOperations } from "./match-operation.ts";
import type { ProxyOperation } from "./proxy-operation.ts";
import type { ProxyOptions } from "./proxy-options.ts";
import type { ProxyDecision } from "./proxy-policy.ts";
import { ProxyRefusal } from "./proxy-refusal.ts";
import { readLimitedBody } from "./read-limited-body.ts";
import { releaseOnEnd } from "./release-on-end.ts";

/**
 * A web-standard request handler: `Deno.serve`, `Bun.serve`, Cloudflare Workers, Hono and
 * Next.js route handlers take it as it is; Node's `http` and Express through `toNodeListener`.
 */
export type ProxyHandler = (request: Request) => Promise<Response>;

const DEFAULT_BASE_URL = "https://api.maxtoken.io/v1";
/** An upstream error body is small JSON; more than this is cut (it is read whole to redact it). */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

/**
 * Builds a proxy that forwards the given operations (each runtime package passes the spec's
 * generated table: use its `createProxy(options)`). Checks the options at once and throws a
 * `MaxtokenError` naming the bad one.
 */
export function createProxyHandler(operations: readonly ProxyOperation[], options: ProxyOptions): ProxyHandler {
  if (typeof options?.apiKey !== "string" || options.apiKey.trim() === "") {
    throw new MaxtokenError("createProxy: `apiKey` must be a non-empty string (the key the proxy adds upstream).");
  }
  if (typeof options.policy !== "function") {
    throw new MaxtokenError(
      "createProxy: `policy` must be a function that says who the caller is: without one anyone could spend your balance.",
    );
  }
  const apiKey = options.apiKey;
  const baseURL = (options.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const basePath = (options.basePath ?? "/v1").replace(/\/+$/, "");
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const cors = options.cors;
  const match = compileOperations(operations);
  const limit = createConcurrencyLimit(options.maxConcurrentRequests ?? 64);
  const logger = options.logger;

  async function handle(request: Request, noteCaller: (caller: string) => void): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : undefined;
    const found = path === undefined ? undefined : match(request.method, path);

    if (request.method === "OPTIONS" && cors !== undefined && request.headers.has("access-control-request-method")) {
      if (found === undefined) return errorResponse(404, "No such operation.", { code: "unknown_operation" });
      const methods = "operation" in found ? [found.operation.method] : found.allowedMethods;
      return preflightResponse(request, cors, methods);
    }
    if (!originAllowed(request, cors)) {
      return errorResponse(403, "This origin may not call this proxy.", { code: "origin_not_allowed" });
    }
    if (found === undefined) {
      return errorResponse(404, `No such operation: ${request.method} ${url.pathname}.`, {
        code: "unknown_operation",
      });
    }
    if (!("operation" in found)) {
      return errorResponse(405, `${request.method} is not allowed here; use ${found.allowedMethods.join(" or ")}.`, {
        code: "method_not_allowed",
        headers: { allow: found.allowedMethods.join(", ") },
      });
    }
    const { operation } = found;
    const release = limit.tryAcquire();
    if (release === undefined) {
      return errorResponse(429, "The proxy is busy: too many requests in flight. Retry shortly.", {
        code: "too_many_concurrent_requests",
        headers: { "retry-after": "1" },
      });
    }
    let handedOver = false;
    try {
      const response = await forward(request, operation, `${baseURL}${path}${url.search}`, noteCaller, () => {
        handedOver = true;
        return release;
      });
      return response;
    } finally {
      if (!handedOver) release();
    }
  }

  async function forward(
    request: Request,
    operation: ProxyOperation,
    target: string,
    noteCaller: (caller: string) => void,
    handOver: () => () => void,
  ): Promise<Response> {
    let body: Record<string, unknown> | undefined;
    let bytes: Uint8Array | undefined;
    if (operation.hasBody) {
      const read = await readJsonBody(request, maxBodyBytes);
      if (read instanceof Response) return read;
      ({ body, bytes } = read);
    }

    let decision: ProxyDecision | ProxyRefusal;
    try {
      decision = await options.policy({ request, operation, body });
    } catch (error) {
      if (error instanceof ProxyRefusal) decision = error;
      else {
        logger?.warn(redact(`maxtoken proxy: the policy failed: ${describeCause(error)}`, apiKey));
        return errorResponse(500, "The proxy's policy failed.", { code: "policy_failed" });
      }
    }
    const applied = decision instanceof ProxyRefusal ? decision : applyDecision(decision, body);
    if (applied instanceof ProxyRefusal) {
      return errorResponse(applied.status, applied.message, { code: applied.code, param: applied.param });
    }
    noteCaller((decision as ProxyDecision).caller as string);
    if (applied.body !== body) bytes = new TextEncoder().encode(JSON.stringify(applied.body));

    // The caller's abort (a closed tab) cancels the upstream request, and so its billing.
    const upstreamAbort = new AbortController();
    const onCallerAbort = () => upstreamAbort.abort();
    if (request.signal.aborted) upstreamAbort.abort();
    else request.signal.addEventListener("abort", onCallerAbort, { once: true });
    const stopListening = () => request.signal.removeEventListener("abort", onCallerAbort);

    let upstream: Response;
    try {
      upstream = await (options.fetch ?? fetch)(target, {
        method: operation.method,
        headers: upstreamRequestHeaders(request.headers, apiKey, bytes !== undefined),
        body: bytes as BodyInit | undefined,
        signal: upstreamAbort.signal,
      });
    } catch (error) {
      stopListening();
      if (!request.signal.aborted) {
        logger?.warn(redact(`maxtoken proxy: the API could not be reached: ${describeCause(error)}`, apiKey));
      }
      return errorResponse(502, "The proxy could not reach the API.", { code: "upstream_unreachable" });
    }

    const headers = downstreamResponseHeaders(upstream.headers, apiKey);
    if (!upstream.ok || upstream.body === null) {
      stopListening();
      if (upstream.body === null) return new Response(null, { status: upstream.status, headers });
      // An error body is small: read it whole so that a key the server echoes can be removed.
      const read = await readLimitedBody(upstream.body, MAX_ERROR_BODY_BYTES).catch(() => new Uint8Array(0));
      const text = read === "too-large" ? "" : new TextDecoder().decode(read);
      return new Response(redact(text, apiKey), { status: upstream.status, headers });
    }
    if (headers.get("content-type")?.startsWith("text/event-stream")) {
      headers.set("cache-control", "no-cache");
      // Tells nginx-style front proxies not to buffer the stream.
      headers.set("x-accel-buffering", "no");
    }
    const release = handOver();
    const passed = releaseOnEnd(
      upstream.body,
      () => {
        stopListening();
        release();
      },
      upstreamAbort,
    );
    return new Response(passed, { status: upstream.status, headers });
  }

  return async (request) => {
    const started = Date.now();
    let caller = "-";
    let response: Response;
    try {
      response = await handle(request, (known) => {
        caller = known;
      });
    } catch (error) {
      // A bug or a runtime failure: the caller gets the error shape, never the error's text.
      logger?.error(redact(`maxtoken proxy: ${describeCause(error)}`, apiKey));
      response = errorResponse(500, "The proxy failed.", { code: "proxy_error" });
    }
    logger?.info(
      redact(
        `maxtoken proxy: ${request.method} ${new URL(request.url).pathname} ${response.status} caller=${caller} ${Date.now() - started} ms`,
        apiKey,
      ),
    );
    return withCorsHeaders(response, request, cors);
  };
}

/** The request's JSON object body, or the refusal (413 too large, 400 not a JSON object). */
async function readJsonBody(
  request: Request,
  maxBodyBytes: number,
): Promise<{ body: Record<string, unknown>; bytes: Uint8Array } | Response> {
  const tooLarge = () =>
    errorResponse(413, `The request body is larger than this proxy accepts (${maxBodyBytes} bytes).`, {
      code: "body_too_large",
    });
  const contentType = request.headers.get("content-type") ?? "";
  // A JSON content type also means a browser sent a CORS preflight first (no cross-site form posts).
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    return errorResponse(400, "Send the body as JSON, with `content-type: application/json`.", {
      code: "unsupported_content_type",
    });
  }
  if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) return tooLarge();
  let bytes: Uint8Array | "too-large";
  try {
    bytes = await readLimitedBody(request.body, maxBodyBytes);
  } catch {
    return errorResponse(400, "The request body broke off before its end.", { code: "body_incomplete" });
  }
  if (bytes === "too-large") return tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return errorResponse(400, "The request body is not valid JSON.", { code: "invalid_json" });
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return errorResponse(400, "The request body must be a JSON object.", { code: "invalid_body" });
  }
  return { body: body as Record<string, unknown>, bytes };
}
