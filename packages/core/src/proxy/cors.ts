import { errorResponse } from "./error-response.ts";
import { EXPOSED_HEADERS } from "./forwarded-headers.ts";
import type { ProxyCorsOptions } from "./proxy-options.ts";

/**
 * Whether a request's `Origin` may call the proxy: no `Origin` (not a browser's cross-origin
 * call), the proxy's own host, or one of the allowed origins. Hosts are compared, not schemes,
 * so a proxy behind a TLS terminator (which sees `http://`) still knows its own pages.
 */
export function originAllowed(request: Request, cors: ProxyCorsOptions | undefined): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  if (cors?.origins.includes(origin)) return true;
  if (request.headers.get("sec-fetch-site") === "same-origin") return true;
  try {
    return new URL(origin).host === new URL(request.url).host;
  } catch {
    return false;
  }
}

/** Adds the CORS headers for an allowed cross-origin caller (nothing for other callers). */
export function withCorsHeaders(response: Response, request: Request, cors: ProxyCorsOptions | undefined): Response {
  const origin = request.headers.get("origin");
  if (origin === null || !cors?.origins.includes(origin)) return response;
  if (response.headers.has("access-control-allow-origin")) return response; // a preflight answer
  response.headers.set("access-control-allow-origin", origin);
  response.headers.append("vary", "Origin");
  response.headers.set("access-control-expose-headers", EXPOSED_HEADERS);
  if (cors.credentials) response.headers.set("access-control-allow-credentials", "true");
  return response;
}

/** The answer to a preflight (`OPTIONS` with `Access-Control-Request-Method`) for allowed methods. */
export function preflightResponse(request: Request, cors: ProxyCorsOptions, methods: readonly string[]): Response {
  const origin = request.headers.get("origin");
  if (origin === null || !cors.origins.includes(origin)) {
    return errorResponse(403, `The origin ${JSON.stringify(origin)} may not call this proxy.`, {
      code: "origin_not_allowed",
    });
  }
  const headers: Record<string, string> = {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": methods.join(", "),
    "access-control-max-age": String(cors.maxAgeSeconds ?? 600),
    vary: "Origin, Access-Control-Request-Headers",
  };
  // Echoing the requested headers is safe: only allowlisted headers are ever forwarded upstream.
  const requested = request.headers.get("access-control-request-headers");
  if (requested !== null) headers["access-control-allow-headers"] = requested;
  if (cors.credentials) headers["access-control-allow-credentials"] = "true";
  return new Response(null, { status: 204, headers });
}
