/**
 * The error body of every error status, exactly as the spec's `ErrorBody` schema has it:
 * `{ error: { message, type, code, param } }`.
 */
export interface ErrorBody {
  /** What went wrong. */
  error: {
    /** What went wrong, for people. */
    message: string;
    /** The kind of error, for programs, e.g. `invalid_request_error`, `rate_limit_error`. */
    type: string;
    /** A machine-readable code, or `null` (the content-policy 400 has `503`). */
    code: number | string | null;
    /** The request field the error is about, or `null`. */
    param: string | null;
  };
}

/** The `type` and message a status gets when nothing more specific is given. */
const DEFAULTS: Record<number, { type: string; message: string; code?: string | number }> = {
  400: { type: "invalid_request_error", message: "The request is invalid." },
  401: { type: "authentication_error", message: "Invalid API key provided.", code: "invalid_api_key" },
  403: { type: "permission_error", message: "Your API key doesn't have permission to access this resource." },
  404: { type: "not_found_error", message: "The requested resource was not found." },
  405: { type: "invalid_request_error", message: "The method is not allowed on this path." },
  408: { type: "timeout_error", message: "The request timed out." },
  409: { type: "conflict_error", message: "The request conflicts with another request." },
  413: { type: "invalid_request_error", message: "The request body is too large." },
  422: { type: "invalid_request_error", message: "The request could not be processed." },
  429: { type: "rate_limit_error", message: "You have exceeded your rate limit.", code: "rate_limit_exceeded" },
  500: { type: "server_error", message: "An internal server error occurred." },
  501: { type: "server_error", message: "The mock server does not implement this operation." },
  502: { type: "server_error", message: "Bad gateway." },
  503: { type: "server_error", message: "The service is temporarily unavailable." },
  504: { type: "server_error", message: "The upstream server timed out." },
};

/** What an error body may override; everything else comes from the status's default. */
export interface ErrorBodyFields {
  /** Overrides the message. */
  message?: string;
  /** Overrides the type. */
  type?: string;
  /** Overrides the code (`null` for none). */
  code?: number | string | null;
  /** Names the request field concerned. */
  param?: string | null;
}

/**
 * Builds the spec's error body for an HTTP status. Defaults per status:
 * 400 `invalid_request_error`, 401 `authentication_error` (code `invalid_api_key`),
 * 403 `permission_error`, 404 `not_found_error`, 429 `rate_limit_error` (code
 * `rate_limit_exceeded`), >= 500 `server_error`. Two types set their own defaults:
 * `content_policy_violation` (code `503`, as the API sends it) and `insufficient_balance`.
 */
export function makeErrorBody(status: number, fields: ErrorBodyFields = {}): ErrorBody {
  const fallback = DEFAULTS[status] ?? (status >= 500 ? DEFAULTS[500]! : DEFAULTS[400]!);
  const type = fields.type ?? fallback.type;
  let message = fields.message;
  let code = fields.code;
  if (type === "content_policy_violation") {
    message ??= "Content blocked due to safety concerns.";
    code = code === undefined ? 503 : code;
  } else if (type === "insufficient_balance") {
    message ??= "Insufficient balance for the requested operation.";
  }
  if (type === fallback.type) {
    message ??= fallback.message;
    code = code === undefined ? (fallback.code ?? null) : code;
  }
  return {
    error: {
      message: message ?? `The request failed with status ${status} (${type}).`,
      type,
      code: code ?? null,
      param: fields.param ?? null,
    },
  };
}
