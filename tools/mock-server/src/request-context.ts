import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultSpec } from "./faults/fault-spec.ts";
import type { SpecOperation } from "./operations.ts";
import type { RequestParameters } from "./read-parameters.ts";

/** Everything an operation handler needs to answer one valid, authorised request. */
export interface RequestContext {
  /** The request's id (`req_...`), already set as `x-request-id`. */
  requestId: string;
  /** The incoming request (its body already read: see {@link body} and {@link rawBody}). */
  request: IncomingMessage;
  /** The response to write. */
  response: ServerResponse;
  /** The spec operation being served. */
  operation: SpecOperation;
  /** The request URL (`url.searchParams` for undeclared query parameters). */
  url: URL;
  /** The declared parameters, read and checked by their schemas. */
  parameters: RequestParameters;
  /**
   * The request body, checked against the spec: parsed JSON; a form's fields (files as `File`
   * objects); the text of a `text/*` body; a `Buffer` of other bytes; `{}` without a body.
   */
  body: unknown;
  /** The request body's bytes, as received. */
  rawBody: Buffer;
  /** Whether the request asks for a stream (the `x-stream-flag` field is `true`, or the operation only streams). */
  stream: boolean;
  /** The fault in effect for this request (`{}` for none). */
  fault: FaultSpec;
  /** Milliseconds between stream events (the fault's `chunk-delay`, else the server's). */
  chunkDelayMs: number;
  /** The server's seed for reply text, when it has one. */
  seed: number | undefined;
  /** Aborts when the client goes away or the server closes. */
  signal: AbortSignal;
  /**
   * Sends the answer the server gives without a handler (the spec's example or a value synthesised
   * from its schema, the faults applied), so a handler can handle some requests and pass the others on.
   */
  answerFromSpec(): Promise<void>;
  /**
   * Sends `value` as JSON with `status`, the body faults applied (`malformed-json`, `cut-after`),
   * so a handler's answers break the way the server's own do.
   */
  sendJson(status: number, value: unknown): void;
}

/**
 * Answers one operation; resolves when the response is finished (or abandoned). Register one
 * with the `handlers` option of `startMockServer`, by `operationId` or by the name an operation's
 * `x-mock-handler` gives.
 */
export type OperationHandler = (context: RequestContext) => Promise<void>;
