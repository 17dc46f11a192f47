/**
 * `@maxtoken/mock-server`: a real HTTP server implementing an OpenAPI spec (the maxtoken chat
 * completions spec by default, or your own) on loopback, with deterministic answers and fault
 * injection, for tests, demos and offline work. Everything public is listed here by name.
 *
 * @packageDocumentation
 */

export { EXAMPLE_HEADER } from "./choose-response.ts";
export { CORS_ALLOWED_HEADERS, CORS_ALLOWED_METHODS, CORS_EXPOSED_HEADERS } from "./cors.ts";
export type { ErrorBody, ErrorBodyFields } from "./error-body.ts";
export { makeErrorBody } from "./error-body.ts";
export type { FaultSpec } from "./faults/fault-spec.ts";
export { FaultSyntaxError } from "./faults/fault-syntax-error.ts";
export { FAULT_KEYWORDS, parseFault } from "./faults/parse-fault.ts";
export { FAULT_HEADER, FAULT_KEY_HEADER } from "./faults/resolve-fault.ts";
export { loadSpecFile } from "./load-spec-file.ts";
export type {
  SecurityScheme,
  SpecExample,
  SpecMediaType,
  SpecOperation,
  SpecParameter,
  SpecResponse,
  SpecResponseHeader,
} from "./operations.ts";
export type { RequestParameters } from "./read-parameters.ts";
export type { RecordedRequest } from "./recorded-request.ts";
export type { Reply, ReplyOptions, ReplyRequest } from "./reply.ts";
export { buildReply, contentText, lastUserText, seededText } from "./reply.ts";
export type { OperationHandler, RequestContext } from "./request-context.ts";
export type { MockServer, MockServerOptions } from "./server.ts";
export { startMockServer } from "./server.ts";
export type { SpecDocument } from "./spec.ts";
export { loadMockSpec } from "./spec.ts";
export { SpecError } from "./spec-error.ts";
export type { SpecValidator } from "./spec-validator.ts";
export { createSpecValidator } from "./spec-validator.ts";
export { countTokens, tokenize } from "./tokenize.ts";
