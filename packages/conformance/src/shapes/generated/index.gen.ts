// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
/**
 * Shapes API.
 *
 * The SDK's public entry: the `Shapes` client, the request and response types of the spec, and the
 * promises, streams, options and error classes every runtime package shares. Every export is listed
 * by name and documented where it is declared.
 *
 * @example
 * ```ts
 * const client = new Shapes();
 * const modelList = await client.models.list();
 * console.log(modelList);
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
export { Shapes, ShapesBase } from "./client.gen.ts";
export { createProxy } from "./operations.gen.ts";
export {
  AssistantsResource,
  createAssistant,
} from "./resources/assistants.gen.ts";
export {
  AudioSpeechResource,
  createSpeech,
} from "./resources/audio-speech.gen.ts";
export {
  AudioTranscriptionsResource,
  createTranscription,
} from "./resources/audio-transcriptions.gen.ts";
export {
  CompletionsResource,
  createCompletion,
} from "./resources/completions.gen.ts";
export {
  createFile,
  downloadFile,
  FilesResource,
} from "./resources/files.gen.ts";
export {
  deleteModel,
  listModels,
  ModelsResource,
  retrieveModel,
} from "./resources/models.gen.ts";
export {
  createToken,
  OauthTokenResource,
} from "./resources/oauth-token.gen.ts";
export {
  addUploadPart,
  UploadsPartsResource,
} from "./resources/uploads-parts.gen.ts";
export type {
  AddUploadPartResponse,
  Completion,
  CreateAssistantParameters,
  CreateAssistantParams,
  CreateAssistantResponse,
  CreateCompletionParams,
  CreateCompletionParamsNonStreaming,
  CreateCompletionParamsStreaming,
  CreateFileParams,
  CreateSpeechParams,
  CreateTokenParams,
  CreateTokenResponse,
  CreateTranscriptionParams,
  CustomVoice,
  FileObject,
  ListModelsParameters,
  Model,
  ModelList,
  NamedVoice,
} from "./types.gen.ts";
