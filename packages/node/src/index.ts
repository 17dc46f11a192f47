/**
 * `@maxtoken/node`: The maxtoken SDK for Node.js (20+) and Bun. `new Maxtoken()` reads `MAXTOKEN_API_KEY` and
 * `MAXTOKEN_BASE_URL` from the environment; requests name `node/<version>` (or `bun/<version>`)
 * in `x-maxtoken-sdk`. ESM and CommonJS builds, with types for both.
 *
 * Every export is listed here by name; each is documented where it is declared.
 *
 * @example
 * ```ts
 * import { Maxtoken } from "@maxtoken/node";
 *
 * const client = new Maxtoken();
 * const stream = await client.chat.completions.create({
 *   model: "claude-opus-4-6",
 *   messages: [{ role: "user", content: "Hello" }],
 *   stream: true,
 * });
 * for await (const chunk of stream) console.log(chunk.choices[0]?.delta?.content ?? "");
 * ```
 *
 * @module
 */

// Options, promises, streams and the proxy's types, from @maxtoken/core (the same in every runtime package).
// The error classes, from @maxtoken/core: `instanceof` holds across runtime packages and across
// ESM/CJS copies (each error carries a Symbol.for("maxtoken.error") brand).
export {
  APIConnectionError,
  APIError,
  APIPromise,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
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
  ValidationError,
  type WithResponse,
} from "@maxtoken/core";
// The client, and createProxy (the key-holding proxy, bound to the spec's operations), generated from the
// spec (src/generated/, never edited by hand).
export { Maxtoken } from "./generated/client.gen.ts";
export { createProxy } from "./generated/operations.gen.ts";
export type { ChatCompletionsResource } from "./generated/resources/chat-completions.gen.ts";
// The request and response types of the spec, generated.
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
  WebSearchDomain,
  WebSearchErrorCode,
  WebSearchTool,
} from "./generated/types.gen.ts";
