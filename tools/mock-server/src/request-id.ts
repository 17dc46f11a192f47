import { randomBytes } from "node:crypto";

/**
 * A new request id, `req_` followed by 24 hex digits, sent as `x-request-id` on every
 * response. The completion's `id` reuses the digits (`chatcmpl-<digits>`).
 */
export function newRequestId(): string {
  return `req_${randomBytes(12).toString("hex")}`;
}
