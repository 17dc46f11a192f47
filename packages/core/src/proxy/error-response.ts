const TYPE_FOR_STATUS: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "invalid_request_error",
  405: "invalid_request_error",
  413: "invalid_request_error",
  429: "rate_limit_error",
};

/** What an answer of the proxy's own carries: the spec's error body fields and extra headers. */
export interface ProxyErrorDetails {
  code?: string | null;
  param?: string | null;
  headers?: Record<string, string>;
}

/**
 * An answer the proxy gives itself, in the spec's error shape
 * (`{"error": {"message", "type", "code", "param"}}`), so clients raise their usual typed errors.
 */
export function errorResponse(status: number, message: string, details: ProxyErrorDetails = {}): Response {
  const body = {
    error: {
      message,
      type: TYPE_FOR_STATUS[status] ?? "server_error",
      code: details.code ?? null,
      param: details.param ?? null,
    },
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...details.headers },
  });
}
