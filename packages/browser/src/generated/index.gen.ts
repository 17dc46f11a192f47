// Generated from openapi/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
/**
 * maxtoken Chat Completions API: An OpenAI-style chat completions endpoint that serves Claude models.
 *
 * The SDK's public entry: the `Maxtoken` client, the request and response types of the spec, and the
 * promises, streams, options and error classes every runtime package shares. Every export is listed
 * by name and documented where it is declared.
 *
 * @example
 * ```ts
 * const client = new Maxtoken();
 * const chatCompletion = await client.chat.completions.create({
 *   model: "claude-opus-4-6",
 *   messages: [{ role: "user", content: "Who are you?" }],
 *   max_tokens: 1024,
 * });
 * console.log(chatCompletion);
 * ```
 *
 * @module
 */
export {
  type AccumulableChunk,
  type AccumulableCompletion,
  type AccumulatedChatCompletion,
  type AccumulatedChoice,
  type AccumulatedMessage,
  APIConnectionError,
  APIError,
  type APIErrorInit,
  APIPromise,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ChatStream,
  type ClientOptions,
  ContentPolicyViolationError,
  type HeadersRecord,
  InsufficientBalanceError,
  InternalServerError,
  type Logger,
  type LogLevel,
  MaxtokenError,
  type NodeIncomingMessage,
  type NodeRequestListener,
  type NodeServerResponse,
  NotFoundError,
  PermissionDeniedError,
  type ProxyCorsOptions,
  type ProxyDecision,
  type ProxyHandler,
  type ProxyOperation,
  type ProxyOptions,
  type ProxyPolicy,
  type ProxyPolicyInput,
  ProxyRefusal,
  type ProxyRefusalStatus,
  RateLimitError,
  type RequestOptions,
  Stream,
  StreamError,
  toNodeListener,
  UnprocessableEntityError,
  type Uploadable,
  ValidationError,
  type ValidationIssue,
  type WithResponse,
} from "@maxtoken/core";
export { Maxtoken, MaxtokenBase } from "./client.gen.ts";
export { createProxy } from "./operations.gen.ts";
export {
  ChatCompletionsResource,
  createChatCompletion,
} from "./resources/chat-completions.gen.ts";
export type {
  ChatCompletion,
  ChatCompletionChoice,
  ChatCompletionChunk,
  ChatCompletionChunkChoice,
  ChatCompletionChunkDelta,
  ChatCompletionContentPartText,
  ChatCompletionCreateParams,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionCreateParamsStreaming,
  ChatCompletionMessage,
  ChatCompletionMessageParam,
  CompletionUsage,
  ErrorBody,
  StreamErrorEvent,
  WebSearchDomain,
  WebSearchErrorCode,
  WebSearchTool,
} from "./types.gen.ts";
