import type { IncomingMessage } from "node:http";
import { type ErrorBody, type ErrorBodyFields, makeErrorBody } from "./error-body.ts";
import type { SecurityScheme } from "./operations.ts";

/**
 * Checks `Authorization: Bearer <key>`. Without a configured key any non-empty key passes;
 * with one, only that key does. Returns `null` when the request may go on, else the 401 body.
 * The key is never repeated in the answer.
 */
export function checkAuthorization(request: IncomingMessage, apiKey: string | undefined): ErrorBody | null {
  const header = request.headers.authorization;
  if (header === undefined || header.trim() === "") {
    return makeErrorBody(401, {
      message: "Missing API key: send it as `Authorization: Bearer <key>`.",
      code: "missing_api_key",
    });
  }
  const match = /^Bearer\s+(\S.*)$/i.exec(header.trim());
  if (match === null) {
    return makeErrorBody(401, {
      message: "Malformed Authorization header: expected `Authorization: Bearer <key>`.",
      code: "invalid_api_key",
    });
  }
  const key = match[1]!.trim();
  if (apiKey !== undefined && key !== apiKey) {
    return makeErrorBody(401, { message: "Invalid API key provided.", code: "invalid_api_key" });
  }
  return null;
}

function checkScheme(
  request: IncomingMessage,
  url: URL,
  scheme: SecurityScheme,
  apiKey: string | undefined,
): ErrorBodyFields | null {
  if (scheme.kind === "bearer") return checkAuthorization(request, apiKey)?.error ?? null;
  if (scheme.kind === "basic") {
    return /^Basic\s+\S+/i.test(request.headers.authorization ?? "")
      ? null
      : { message: "Missing credentials: send `Authorization: Basic <credentials>`.", code: "missing_credentials" };
  }
  let value: string | undefined;
  if (scheme.in === "query") value = url.searchParams.get(scheme.name) ?? undefined;
  else if (scheme.in === "header") value = [request.headers[scheme.name]].flat()[0];
  else {
    const cookie = (request.headers.cookie ?? "").split(";").find((part) => part.trim().startsWith(`${scheme.name}=`));
    value = cookie?.split("=").slice(1).join("=").trim();
  }
  if (value === undefined || value.trim() === "") {
    return { message: `Missing API key: send it in the ${scheme.in} ${scheme.name}.`, code: "missing_api_key" };
  }
  if (apiKey !== undefined && value.trim() !== apiKey)
    return { message: "Invalid API key provided.", code: "invalid_api_key" };
  return null;
}

/**
 * Checks an operation's security requirements (any one of them, each with all its schemes):
 * a bearer token, basic credentials, or an API key in a header, the query or a cookie. Returns
 * `null` when the request may go on, else the fields of the 401 body (the key is never repeated).
 */
export function checkSecurity(
  request: IncomingMessage,
  url: URL,
  security: readonly SecurityScheme[][],
  apiKey: string | undefined,
): ErrorBodyFields | null {
  let firstFailure: ErrorBodyFields | null = null;
  for (const alternative of security) {
    const failure = alternative
      .map((scheme) => checkScheme(request, url, scheme, apiKey))
      .find((result) => result !== null);
    if (failure === undefined) return null;
    firstFailure ??= failure;
  }
  return firstFailure;
}
