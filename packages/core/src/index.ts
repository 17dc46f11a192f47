/**
 * `@maxtoken/core`: what the maxtoken SDKs share, as their users see it: the promise and stream
 * types API methods return, the options, the error classes and the key-holding proxy. Applications import all of it
 * from their runtime package (`@maxtoken/node`, `@maxtoken/deno`, `@maxtoken/browser`), which
 * re-exports these names; the contract that generated clients build on is in
 * `@maxtoken/core/internal`, which is not for applications.
 *
 * @module
 */
export { APIPromise } from "./client/api-promise.ts";
export type { ClientOptions } from "./client/client-options.ts";
export type { HeadersRecord } from "./client/headers-record.ts";
export type { RequestOptions } from "./client/request-options.ts";
export type { WithResponse } from "./client/with-response.ts";
export { APIConnectionError } from "./errors/api-connection-error.ts";
export { APIError, type APIErrorInit } from "./errors/api-error.ts";
export { APITimeoutError } from "./errors/api-timeout-error.ts";
export { APIUserAbortError } from "./errors/api-user-abort-error.ts";
export { AuthenticationError } from "./errors/authentication-error.ts";
export { BadRequestError } from "./errors/bad-request-error.ts";
export { ContentPolicyViolationError } from "./errors/content-policy-violation-error.ts";
export { InsufficientBalanceError } from "./errors/insufficient-balance-error.ts";
export { InternalServerError } from "./errors/internal-server-error.ts";
export { MaxtokenError } from "./errors/maxtoken-error.ts";
export { NotFoundError } from "./errors/not-found-error.ts";
export { PermissionDeniedError } from "./errors/permission-denied-error.ts";
export { RateLimitError } from "./errors/rate-limit-error.ts";
export { StreamError } from "./errors/stream-error.ts";
export { UnprocessableEntityError } from "./errors/unprocessable-entity-error.ts";
export { ValidationError } from "./errors/validation-error.ts";
export type { Uploadable } from "./http/encode-body.ts";
export type { Logger, LogLevel } from "./log/logger.ts";
export type { ProxyHandler } from "./proxy/create-proxy-handler.ts";
export {
  type NodeIncomingMessage,
  type NodeRequestListener,
  type NodeServerResponse,
  toNodeListener,
} from "./proxy/node-listener.ts";
export type { ProxyOperation } from "./proxy/proxy-operation.ts";
export type { ProxyCorsOptions, ProxyOptions } from "./proxy/proxy-options.ts";
export type { ProxyDecision, ProxyPolicy, ProxyPolicyInput } from "./proxy/proxy-policy.ts";
export { ProxyRefusal, type ProxyRefusalStatus } from "./proxy/proxy-refusal.ts";
export type {
  AccumulableChunk,
  AccumulableCompletion,
  AccumulatedChatCompletion,
  AccumulatedChoice,
  AccumulatedMessage,
} from "./stream/accumulated-chat-completion.ts";
export { ChatStream } from "./stream/chat-stream.ts";
export { Stream } from "./stream/stream.ts";
export type { ValidationIssue } from "./validation/request-checker.ts";
