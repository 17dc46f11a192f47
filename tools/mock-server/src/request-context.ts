import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultSpec } from "./faults/fault-spec.ts";
import type { SpecOperation } from "./operations.ts";

/** Everything an operation handler needs to answer one valid, authorised request. */
export interface RequestContext {
  /** The request's id (`req_...`), already set as `x-request-id`. */
  requestId: string;
  /** The incoming request. */
  request: IncomingMessage;
  /** The response to write. */
  response: ServerResponse;
  /** The spec operation being served. */
  operation: SpecOperation;
  /** The parsed and validated JSON body. */
  body: Record<string, unknown>;
  /** The fault in effect for this request (`{}` for none). */
  fault: FaultSpec;
  /** Milliseconds between stream events (the fault's `chunk-delay`, else the server's). */
  chunkDelayMs: number;
  /** The server's seed for reply text, when it has one. */
  seed: number | undefined;
  /** Aborts when the client goes away or the server closes. */
  signal: AbortSignal;
}

/** Answers one operation; resolves when the response is finished (or abandoned). */
export type OperationHandler = (context: RequestContext) => Promise<void>;
