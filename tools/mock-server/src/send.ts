import type { ServerResponse } from "node:http";
import type { FaultSpec } from "./faults/fault-spec.ts";
import { malformJson } from "./faults/malformed-json.ts";

/** Sends a JSON body with its status, `content-type` and `content-length`. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(text)),
  });
  response.end(text);
}

/**
 * The retry headers a fault asks for: `retry-after`, `retry-after-ms`, `x-should-retry`
 * (only those it names).
 */
export function retryHeaders(fault: FaultSpec): Record<string, string> {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers["retry-after"] = fault.retryAfter;
  if (fault.retryAfterMs !== undefined) headers["retry-after-ms"] = String(fault.retryAfterMs);
  if (fault.shouldRetry !== undefined) headers["x-should-retry"] = String(fault.shouldRetry);
  return headers;
}

/** Sends an error status with the spec's error body and the fault's retry headers. */
export function sendError(response: ServerResponse, status: number, body: unknown, fault: FaultSpec = {}): void {
  sendJson(response, status, body, retryHeaders(fault));
}

/**
 * Cuts the connection mid-response: what was written is flushed, then the socket is closed
 * without finishing the body (no last chunk, or fewer bytes than `content-length`), so the
 * client sees a body that ends too early.
 */
export function cutConnection(response: ServerResponse): void {
  const socket = response.socket;
  if (socket === null) return;
  if (!response.headersSent) response.flushHeaders();
  socket.end(() => socket.destroy());
}

/**
 * Sends a body with the body faults applied: `malformed-json` sends the first half of a JSON
 * body (a non-JSON body is sent whole), `cut-after=N` sends the headers and N bytes, then cuts
 * the connection.
 */
export function sendBodyWithFaults(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  fault: FaultSpec,
  headers: Record<string, string> = {},
): void {
  let bytes = typeof body === "string" ? Buffer.from(body) : body;
  if (fault.malformedJson === true && contentType.includes("json")) bytes = Buffer.from(malformJson(bytes.toString()));
  response.writeHead(status, { ...headers, "content-type": contentType, "content-length": String(bytes.length) });
  if (fault.cutAfter === undefined) {
    response.end(bytes);
    return;
  }
  const sent = bytes.subarray(0, Math.min(fault.cutAfter, bytes.length - 1));
  if (sent.length > 0) response.write(sent);
  cutConnection(response);
}
