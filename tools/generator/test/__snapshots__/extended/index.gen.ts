// Generated from tools/generator/test/fixtures/extended/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
/**
 * Acme Extended API: A fixture API with several resources.
 *
 * The SDK's public entry: the `Acme` client, the request and response types of the spec, and the
 * promises, streams, options and error classes every runtime package shares. Every export is listed
 * by name and documented where it is declared.
 *
 * @example
 * ```ts
 * const client = new Acme();
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
export { Acme, AcmeBase } from "./client.gen.ts";
export { createProxy } from "./operations.gen.ts";
export {
  ChatCompletionsResource,
  createChatCompletion,
} from "./resources/chat-completions.gen.ts";
export {
  createEmbedding,
  EmbeddingsResource,
} from "./resources/embeddings.gen.ts";
export {
  deleteModel,
  listModels,
  ModelsResource,
  retrieveModel,
  updateModel,
} from "./resources/models.gen.ts";
export {
  listModelVersions,
  ModelsVersionsResource,
} from "./resources/models-versions.gen.ts";
export {
  moderate,
  SafetyResource,
} from "./resources/safety.gen.ts";
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
  CreateEmbeddingParams,
  CreateEmbeddingResponse,
  Embedding,
  ErrorBody,
  ListModelsParameters,
  ListModelVersionsResponse,
  Model,
  ModelList,
  ModelUpdateParams,
  ModerateParams,
  ModerateResponse,
  WebSearchDomain,
  WebSearchTool,
} from "./types.gen.ts";
