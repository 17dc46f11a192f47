import { type IncomingMessage, type ServerResponse, STATUS_CODES } from "node:http";
import { checkAuthorization } from "./auth.ts";
import { answerPreflight, applyCorsHeaders, isPreflight } from "./cors.ts";
import { makeErrorBody } from "./error-body.ts";
import type { FaultCounter } from "./faults/fault-counter.ts";
import { FaultSyntaxError } from "./faults/fault-syntax-error.ts";
import { htmlErrorPage } from "./faults/html-error-page.ts";
import { FAULT_HEADER, type ResolvedFault, resolveFault, type ServerFault } from "./faults/resolve-fault.ts";
import { matchRoute, type SpecOperation } from "./operations.ts";
import { readBody } from "./read-body.ts";
import type { RecordedRequest } from "./recorded-request.ts";
import type { OperationHandler } from "./request-context.ts";
import { newRequestId } from "./request-id.ts";
import { retryHeaders, sendError } from "./send.ts";
import { sleep } from "./sleep.ts";
import type { SpecValidator } from "./spec-validator.ts";
import { requestIssueFromErrors } from "./validate-request.ts";

/** What the request pipeline needs from its server. */
export interface ServerState {
  /** The spec's operations, routed by path and method. */
  operations: SpecOperation[];
  /** Validates request bodies against the spec. */
  validator: SpecValidator;
  /** The handler of each operation, by `operationId`. */
  handlers: Readonly<Record<string, OperationHandler>>;
  /** The only accepted API key, when one is configured. */
  apiKey: string | undefined;
  /** Whether the bearer key is checked at all. */
  requireAuth: boolean;
  /** The server's own fault, if any. */
  serverFault: ServerFault | undefined;
  /** Whether the `x-mock-fault` header is honoured. */
  allowFaultHeader: boolean;
  /** Milliseconds before the first byte of every response. */
  latencyMs: number;
  /** Milliseconds between stream events. */
  chunkDelayMs: number;
  /** The seed of the reply text, if any. */
  seed: number | undefined;
  /** The `fail-first` counters. */
  counter: FaultCounter;
  /** Called for each request once its body is read. */
  onRequest: ((request: RecordedRequest) => void) | undefined;
}

/**
 * Answers one request, in this order: CORS headers and `x-request-id` on every response;
 * preflight (`OPTIONS`) -> 204; unknown path -> 404, wrong method -> 405; the body is read;
 * the fault is resolved (a bad `x-mock-fault` -> 400); `reset`; latency; `html`; the bearer key
 * (401, unless `requireAuth` is off); JSON (400); the spec's request schema (400 naming the field); a fault `status`; then
 * the operation's handler.
 */
export async function handleRequest(
  state: ServerState,
  request: IncomingMessage,
  response: ServerResponse,
  signal: AbortSignal,
): Promise<ResolvedFault | undefined> {
  const requestId = newRequestId();
  response.setHeader("x-request-id", requestId);
  applyCorsHeaders(request, response);
  if (isPreflight(request)) {
    request.resume();
    answerPreflight(request, response);
    return undefined;
  }
  const method = request.method ?? "GET";
  const url = new URL(request.url ?? "/", "http://mock.invalid");
  const route = matchRoute(state.operations, method, url.pathname);
  if (route.kind !== "operation") {
    request.resume();
    if (route.kind === "not-found") {
      const served = state.operations.map((operation) => `${operation.method} ${operation.fullPath}`);
      sendError(
        response,
        404,
        makeErrorBody(404, {
          message: `Unknown route ${method} ${url.pathname}. This server serves ${served.join(", ")}.`,
        }),
      );
    } else {
      response.setHeader("allow", [...route.allowed, "OPTIONS"].join(", "));
      sendError(
        response,
        405,
        makeErrorBody(405, {
          message: `${method} is not allowed on ${url.pathname}; use ${route.allowed.join(" or ")}.`,
        }),
      );
    }
    return undefined;
  }
  const { operation } = route;
  const read = await readBody(request);
  if (!read.ok) {
    if (read.reason === "too-large") sendError(response, 413, makeErrorBody(413));
    return undefined;
  }

  let resolved: ResolvedFault;
  try {
    resolved = resolveFault(request, state.serverFault, state.allowFaultHeader, state.counter);
  } catch (error) {
    if (!(error instanceof FaultSyntaxError)) throw error;
    sendError(
      response,
      400,
      makeErrorBody(400, { message: error.message, param: FAULT_HEADER, code: "invalid_mock_fault" }),
    );
    return undefined;
  }
  const { fault } = resolved;

  let body: unknown;
  let bodyError: string | undefined;
  if (read.text.trim() === "") {
    bodyError = "The request body is empty: send a JSON object.";
  } else {
    try {
      body = JSON.parse(read.text);
    } catch (error) {
      bodyError = `The request body is not valid JSON: ${(error as Error).message}`;
    }
  }
  state.onRequest?.({
    requestId,
    method,
    path: `${url.pathname}${url.search}`,
    headers: request.headers,
    bodyText: read.text,
    body,
    fault: resolved.text,
  });

  if (fault.reset === true) {
    request.socket.resetAndDestroy();
    return resolved;
  }
  const latencyMs = fault.latencyMs ?? state.latencyMs;
  if (latencyMs > 0 && !(await sleep(latencyMs, signal))) return resolved;
  if (fault.html === true) {
    const status = fault.status ?? 502;
    const page = htmlErrorPage(status, STATUS_CODES[status] ?? "Error");
    response.writeHead(status, {
      ...retryHeaders(fault),
      "content-type": "text/html",
      "content-length": String(Buffer.byteLength(page)),
    });
    response.end(page);
    return resolved;
  }

  const authError = state.requireAuth ? checkAuthorization(request, state.apiKey) : null;
  if (authError !== null) {
    sendError(response, 401, authError);
    return resolved;
  }
  if (bodyError !== undefined && (operation.requestBodyRequired || read.text.trim() !== "")) {
    sendError(response, 400, makeErrorBody(400, { message: bodyError }));
    return resolved;
  }
  if (operation.requestSchemaPointer !== undefined && body !== undefined) {
    const errors = state.validator.validate(operation.requestSchemaPointer, body);
    if (errors !== null) {
      const issue = requestIssueFromErrors(errors);
      sendError(response, 400, makeErrorBody(400, { message: issue.message, param: issue.param }));
      return resolved;
    }
  }

  const streamed =
    operation.streamFlag !== undefined &&
    (body as Record<string, unknown> | undefined)?.[operation.streamFlag] === true;
  const errorEventFault = streamed && (fault.errorEventFirst === true || fault.errorEventAfter !== undefined);
  if (fault.status !== undefined && !errorEventFault) {
    sendError(response, fault.status, makeErrorBody(fault.status, fault), fault);
    return resolved;
  }

  const handler = state.handlers[operation.operationId];
  if (handler === undefined) {
    sendError(
      response,
      501,
      makeErrorBody(501, {
        message: `The mock server has no handler for ${operation.operationId} (${operation.method} ${operation.path}) yet.`,
      }),
    );
    return resolved;
  }
  await handler({
    requestId,
    request,
    response,
    operation,
    body: (body ?? {}) as Record<string, unknown>,
    fault,
    chunkDelayMs: fault.chunkDelayMs ?? state.chunkDelayMs,
    seed: state.seed,
    signal,
  });
  return resolved;
}
