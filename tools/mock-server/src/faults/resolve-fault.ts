import type { IncomingMessage } from "node:http";
import type { FaultCounter } from "./fault-counter.ts";
import type { FaultSpec } from "./fault-spec.ts";
import { parseFault } from "./parse-fault.ts";

/** The request header that carries a fault string for one request. */
export const FAULT_HEADER = "x-mock-fault";

/** The request header that names the counter of a `fail-first=N` fault. */
export const FAULT_KEY_HEADER = "x-mock-fault-key";

/** The server's own fault, applied to requests without an `x-mock-fault` header. */
export interface ServerFault {
  /** The parsed fault. */
  spec: FaultSpec;
  /** Its key for `fail-first` counting when a request names none. */
  key: string;
}

/** The fault in effect for one request. */
export interface ResolvedFault {
  /** The fault to apply (`{}` for none, also once a `fail-first` count is used up). */
  fault: FaultSpec;
  /** Where it came from. */
  source: "header" | "server" | "none";
  /** The text that described it, for logs. */
  text: string;
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(";") : value;
}

/**
 * Decides which fault applies to a request: the `x-mock-fault` header when present (and
 * allowed), else the server's fault. A `fail-first=N` fault counts requests per key (the
 * `x-mock-fault-key` header, else the fault string itself) and applies to the first N only.
 *
 * @throws {FaultSyntaxError} when the header cannot be parsed.
 */
export function resolveFault(
  request: IncomingMessage,
  serverFault: ServerFault | undefined,
  allowHeader: boolean,
  counter: FaultCounter,
): ResolvedFault {
  const header = allowHeader ? headerValue(request, FAULT_HEADER) : undefined;
  let resolved: ResolvedFault;
  let defaultKey: string;
  if (header !== undefined) {
    resolved = { fault: parseFault(header), source: "header", text: header };
    defaultKey = `header:${header.trim()}`;
  } else if (serverFault !== undefined) {
    resolved = { fault: serverFault.spec, source: "server", text: serverFault.key };
    defaultKey = `server:${serverFault.key}`;
  } else {
    return { fault: {}, source: "none", text: "" };
  }
  const limit = resolved.fault.failFirst;
  if (limit !== undefined) {
    const key = headerValue(request, FAULT_KEY_HEADER) ?? defaultKey;
    if (!counter.take(key, limit)) return { fault: {}, source: resolved.source, text: `${resolved.text} (spent)` };
  }
  return resolved;
}
