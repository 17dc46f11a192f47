import type { IncomingMessage } from "node:http";
import { type ErrorBody, makeErrorBody } from "./error-body.ts";

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
