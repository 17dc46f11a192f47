export { APIPromise } from "./client/api-promise.ts";
export { BaseClient } from "./client/base-client.ts";
export type { ClientOptions } from "./client/client-options.ts";
export type { HeadersRecord } from "./client/headers-record.ts";
export type { RequestCall } from "./client/request-call.ts";
export type { RequestOptions } from "./client/request-options.ts";
export type { RuntimeAdapter } from "./client/runtime-adapter.ts";
export type { WithResponse } from "./client/with-response.ts";
export { APIConnectionError } from "./errors/api-connection-error.ts";
export { APIError, type APIErrorInit } from "./errors/api-error.ts";
export { APITimeoutError } from "./errors/api-timeout-error.ts";
export { APIUserAbortError } from "./errors/api-user-abort-error.ts";
export { AuthenticationError } from "./errors/authentication-error.ts";
export { BadRequestError } from "./errors/bad-request-error.ts";
export { ContentPolicyViolationError } from "./errors/content-policy-violation-error.ts";
export type { ErrorBody } from "./errors/error-body.ts";
export { InsufficientBalanceError } from "./errors/insufficient-balance-error.ts";
export { InternalServerError } from "./errors/internal-server-error.ts";
export { errorClassForStatus } from "./errors/make-api-error.ts";
export { MaxtokenError } from "./errors/maxtoken-error.ts";
export { NotFoundError } from "./errors/not-found-error.ts";
export { PermissionDeniedError } from "./errors/permission-denied-error.ts";
export { RateLimitError } from "./errors/rate-limit-error.ts";
export { StreamError } from "./errors/stream-error.ts";
export { UnprocessableEntityError } from "./errors/unprocessable-entity-error.ts";
export { ValidationError } from "./errors/validation-error.ts";
export {
  type BodyEncoder,
  type EncodedBody,
  encodeBytes,
  encodeMultipart,
  encodeText,
  encodeUrlencoded,
  type Uploadable,
} from "./http/encode-body.ts";
export type { QueryStyle } from "./http/query-style.ts";
export { styledQuery } from "./http/serialize-query.ts";
export type { Logger, LogLevel } from "./log/logger.ts";
export { createProxyHandler, type ProxyHandler } from "./proxy/create-proxy-handler.ts";
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
export type { CoreChatCompletion, CoreChatCompletionChunk } from "./stream/core-chat-types.ts";
export { Stream } from "./stream/stream.ts";
export { checkRules } from "./validation/check-rules.ts";
export type { RequestChecker, ValidationIssue } from "./validation/request-checker.ts";
export type { Rule, RuleSchema } from "./validation/rule.ts";
export { VERSION } from "./version.ts";
