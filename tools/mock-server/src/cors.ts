import type { IncomingMessage, ServerResponse } from "node:http";

/** The request headers a browser may send: the SDK's own and the mock's fault headers. */
export const CORS_ALLOWED_HEADERS = [
  "authorization",
  "content-type",
  "accept",
  "x-maxtoken-sdk",
  "x-mock-fault",
  "x-mock-fault-key",
  "x-mock-example",
] as const;

/** The methods a preflight allows: every method an OpenAPI operation can have that a page may send. */
export const CORS_ALLOWED_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** The response headers a page's script may read. */
export const CORS_EXPOSED_HEADERS = ["x-request-id", "retry-after", "retry-after-ms", "x-should-retry"] as const;

/**
 * Adds the CORS headers every response carries: `Access-Control-Allow-Origin` (the request's
 * `Origin`, or `*` without one) and `Access-Control-Expose-Headers`.
 */
export function applyCorsHeaders(request: IncomingMessage, response: ServerResponse): void {
  const origin = request.headers.origin;
  response.setHeader("access-control-allow-origin", origin ?? "*");
  if (origin !== undefined) response.setHeader("vary", "Origin");
  response.setHeader("access-control-expose-headers", CORS_EXPOSED_HEADERS.join(", "));
}

/**
 * Whether a request is a CORS preflight (`OPTIONS` with `Access-Control-Request-Method`).
 * A plain `OPTIONS` is answered the same way, so any `OPTIONS` counts.
 */
export function isPreflight(request: IncomingMessage): boolean {
  return request.method === "OPTIONS";
}

/**
 * Answers a preflight with `204`: allows the methods of {@link CORS_ALLOWED_METHODS}, the SDK's
 * headers plus any the browser asks for (`Access-Control-Request-Headers`), and caches the
 * answer for 10 minutes.
 */
export function answerPreflight(request: IncomingMessage, response: ServerResponse): void {
  const requested = (request.headers["access-control-request-headers"] ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== "");
  const allowed = [...new Set([...CORS_ALLOWED_HEADERS, ...requested])];
  response.statusCode = 204;
  response.setHeader("access-control-allow-methods", CORS_ALLOWED_METHODS.join(", "));
  response.setHeader("access-control-allow-headers", allowed.join(", "));
  response.setHeader("access-control-max-age", "600");
  response.setHeader("content-length", "0");
  response.end();
}
