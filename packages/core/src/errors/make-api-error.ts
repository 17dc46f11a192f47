import { APIError, type APIErrorInit } from "./api-error.ts";
import { AuthenticationError } from "./authentication-error.ts";
import { BadRequestError } from "./bad-request-error.ts";
import { ContentPolicyViolationError } from "./content-policy-violation-error.ts";
import { errorFields } from "./error-fields.ts";
import { InsufficientBalanceError } from "./insufficient-balance-error.ts";
import { InternalServerError } from "./internal-server-error.ts";
import { NotFoundError } from "./not-found-error.ts";
import { PermissionDeniedError } from "./permission-denied-error.ts";
import { RateLimitError } from "./rate-limit-error.ts";
import { UnprocessableEntityError } from "./unprocessable-entity-error.ts";

/**
 * The error class for an HTTP status (and, for 400 and 403, the body's `error.type`).
 * The generator uses it to check that every error status in the spec has a class.
 *
 * @example
 * ```ts
 * errorClassForStatus(429) === RateLimitError;
 * errorClassForStatus(400, "content_policy_violation") === ContentPolicyViolationError;
 * errorClassForStatus(418) === APIError;
 * ```
 */
export function errorClassForStatus(status: number, type?: string): typeof APIError {
  if (status >= 500) return InternalServerError;
  switch (status) {
    case 400:
      return type === "content_policy_violation" ? ContentPolicyViolationError : BadRequestError;
    case 401:
      return AuthenticationError;
    case 403:
      return type === "insufficient_balance" ? InsufficientBalanceError : PermissionDeniedError;
    case 404:
      return NotFoundError;
    case 422:
      return UnprocessableEntityError;
    case 429:
      return RateLimitError;
  }
  return APIError;
}

/** The status an `error.type` stands for, when the HTTP status does not say (an error object in a 200). */
const STATUS_OF_TYPE: Record<string, number> = {
  invalid_request_error: 400,
  content_policy_violation: 400,
  authentication_error: 401,
  permission_error: 403,
  insufficient_balance: 403,
  not_found_error: 404,
  rate_limit_error: 429,
  server_error: 500,
  api_error: 500,
};

/** What `makeAPIError` needs beyond `APIErrorInit`. */
export interface MakeAPIErrorInit extends APIErrorInit {
  statusText?: string;
  /** `"POST https://..."`, named in the message. */
  request: string;
}

/**
 * The one factory for HTTP errors: picks the class from the status and body and writes a message
 * that says what happened (the server's own message) and what to do.
 */
export function makeAPIError(init: MakeAPIErrorInit): APIError {
  const error = errorFields(init.body);
  const type = typeof error?.type === "string" ? error.type : undefined;
  // A proxy may wrap an error object in a 2xx answer: the body's type then picks the class.
  const Class = errorClassForStatus(
    init.status < 400 && type && Object.hasOwn(STATUS_OF_TYPE, type) ? STATUS_OF_TYPE[type]! : init.status,
    type,
  );
  const said =
    typeof error?.message === "string"
      ? error.message
      : typeof init.body === "string"
        ? "the response was not JSON (see error.body)"
        : "no error message";
  const tries = (init.attempts ?? 1) > 1 ? ` after ${init.attempts} attempts` : "";
  const title = init.statusText ? ` ${init.statusText}` : "";
  const hint = Class.hint ? ` ${Class.hint}` : "";
  return new Class(`${init.status}${title}: ${said.replace(/\.$/, "")}.${hint} (${init.request}${tries})`, init);
}
