import { type IncomingMessage, type ServerResponse, STATUS_CODES } from "node:http";
import { answerFromSpec } from "./answer-from-spec.ts";
import { checkSecurity } from "./auth.ts";
import { wantsStream } from "./choose-response.ts";
import { answerPreflight, applyCorsHeaders, isPreflight } from "./cors.ts";
import { makeErrorBody } from "./error-body.ts";
import { sendSpecError, validationStatus } from "./error-response.ts";
import type { FaultCounter } from "./faults/fault-counter.ts";
import { FaultSyntaxError } from "./faults/fault-syntax-error.ts";
import { htmlErrorPage } from "./faults/html-error-page.ts";
import { FAULT_HEADER, type ResolvedFault, resolveFault, type ServerFault } from "./faults/resolve-fault.ts";
import { matchRoute } from "./operations.ts";
import { parseRequestBody } from "./parse-request-body.ts";
import { readBody } from "./read-body.ts";
import { readParameters } from "./read-parameters.ts";
import type { RecordedRequest } from "./recorded-request.ts";
import type { OperationHandler, RequestContext } from "./request-context.ts";
import { newRequestId } from "./request-id.ts";
import { retryHeaders, sendBodyWithFaults, sendError } from "./send.ts";
import type { ServedSpec } from "./served-spec.ts";
import { sleep } from "./sleep.ts";
import { requestIssueFromErrors } from "./validate-request.ts";

/** What the request pipeline needs from its server. */
export interface ServerState {
  /** The spec being served. */
  spec: ServedSpec;
  /** The handler of each operation that has one, by `operationId`; the others answer from the spec. */
  handlers: ReadonlyMap<string, OperationHandler>;
  /** The only accepted API key, when one is configured. */
  apiKey: string | undefined;
  /** Whether the operations' security requirements are checked at all. */
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
 * the fault is resolved (a bad `x-mock-fault` -> 400); `reset`; latency; `html`; the security
 * requirements (401, unless `requireAuth` is off); the body's media type and syntax, the
 * parameters and the body against the spec (400, or the spec's validation status, naming the
 * field); a fault `status`; then the operation's handler, or the answer from the spec.
 */
export async function handleRequest(
  state: ServerState,
  request: IncomingMessage,
  response: ServerResponse,
  signal: AbortSignal,
): Promise<ResolvedFault | undefined> {
  const { spec } = state;
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
  const route = matchRoute(spec.operations, method, url.pathname);
  if (route.kind !== "operation") {
    request.resume();
    if (route.kind === "not-found") {
      const served = spec.operations.map((operation) => `${operation.method} ${operation.fullPath}`);
      const list =
        served.length > 12 ? `${served.slice(0, 12).join(", ")} and ${served.length - 12} more` : served.join(", ");
      sendError(
        response,
        404,
        makeErrorBody(404, { message: `Unknown route ${method} ${url.pathname}. This server serves ${list}.` }),
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
    if (read.reason === "too-large") sendSpecError(response, spec, operation, 413);
    return undefined;
  }

  let resolved: ResolvedFault;
  try {
    resolved = resolveFault(request, state.serverFault, state.allowFaultHeader, state.counter);
  } catch (error) {
    if (!(error instanceof FaultSyntaxError)) throw error;
    sendSpecError(response, spec, operation, 400, {
      message: error.message,
      param: FAULT_HEADER,
      code: "invalid_mock_fault",
    });
    return undefined;
  }
  const { fault } = resolved;

  const parsed = await parseRequestBody(spec.document, operation, request.headers["content-type"], read.bytes);
  const body = "body" in parsed && parsed.body.kind !== "none" ? parsed.body.value : undefined;
  state.onRequest?.({
    requestId,
    method,
    path: `${url.pathname}${url.search}`,
    headers: request.headers,
    bodyText: read.bytes.toString("utf8"),
    body: "body" in parsed && parsed.body.kind === "structured" ? parsed.body.value : undefined,
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

  const authError = state.requireAuth ? checkSecurity(request, url, operation.security, state.apiKey) : null;
  if (authError !== null) {
    sendSpecError(response, spec, operation, 401, authError);
    return resolved;
  }
  const invalid = validationStatus(operation);
  if ("problem" in parsed) {
    const status = parsed.problem.status === 400 ? invalid : parsed.problem.status;
    const { message, param } = parsed.problem;
    sendSpecError(response, spec, operation, status, { message, param });
    return resolved;
  }
  const parameters = readParameters(spec.document, spec.validator, operation, route.pathValues, url, request.headers);
  if ("issue" in parameters) {
    const { message, param } = parameters.issue;
    sendSpecError(response, spec, operation, invalid, { message, param });
    return resolved;
  }
  const checked = parsed.body;
  if (checked.kind === "structured" && checked.media.schemaPointer !== undefined) {
    const errors = spec.validator.validate(checked.media.schemaPointer, checked.checked);
    if (errors !== null) {
      const { message, param } = requestIssueFromErrors(errors);
      sendSpecError(response, spec, operation, invalid, { message, param });
      return resolved;
    }
  }

  const stream = wantsStream(operation, body);
  const errorEventFault = stream && (fault.errorEventFirst === true || fault.errorEventAfter !== undefined);
  if (fault.status !== undefined && !errorEventFault) {
    sendSpecError(response, spec, operation, fault.status, fault);
    return resolved;
  }

  const context: RequestContext = {
    requestId,
    request,
    response,
    operation,
    url,
    parameters: parameters.parameters,
    body: body ?? {},
    rawBody: read.bytes,
    stream,
    fault,
    chunkDelayMs: fault.chunkDelayMs ?? state.chunkDelayMs,
    seed: state.seed,
    signal,
    answerFromSpec: () => answerFromSpec(context, spec),
    sendJson: (status, value) => sendBodyWithFaults(response, status, "application/json", JSON.stringify(value), fault),
  };
  const handler = state.handlers.get(operation.operationId);
  await (handler === undefined ? answerFromSpec(context, spec) : handler(context));
  return resolved;
}
