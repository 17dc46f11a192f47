// Allowlists, not denylists: a caller's cookies and own Authorization never go upstream, and an
// upstream header the proxy does not know (one that could echo the key) never comes back.

/** Request headers passed upstream as they are; the proxy sets `authorization` and `content-type` itself. */
const REQUEST_HEADERS = ["accept", "x-maxtoken-sdk"];

/** Response headers passed back to the caller (plus any `x-ratelimit-*`). */
const RESPONSE_HEADERS = new Set([
  "content-type",
  "cache-control",
  "retry-after",
  "retry-after-ms",
  "x-should-retry",
  "x-request-id",
  "request-id",
]);

/** The headers of the upstream request: the allowlisted ones of the caller, and the key. */
export function upstreamRequestHeaders(incoming: Headers, apiKey: string, hasBody: boolean): Headers {
  const headers = new Headers();
  for (const name of REQUEST_HEADERS) {
    const value = incoming.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (hasBody) headers.set("content-type", "application/json");
  headers.set("authorization", `Bearer ${apiKey}`);
  return headers;
}

/**
 * The allowlisted headers of an upstream answer, without any value that contains the key.
 * `content-length` and `content-encoding` are dropped: `fetch` has already decoded the body.
 */
export function downstreamResponseHeaders(upstream: Headers, apiKey: string): Headers {
  const headers = new Headers();
  upstream.forEach((value, name) => {
    if (!RESPONSE_HEADERS.has(name) && !name.startsWith("x-ratelimit-")) return;
    if (value.includes(apiKey)) return;
    headers.set(name, value);
  });
  return headers;
}

/** The header names a browser may read on a cross-origin answer (the ones clients use). */
export const EXPOSED_HEADERS = "x-request-id, request-id, retry-after, retry-after-ms, x-should-retry";
