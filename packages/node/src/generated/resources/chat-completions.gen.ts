// Generated from openapi/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import { type APIPromise, ChatStream, type RequestOptions } from "@maxtoken/core";
import { checkChatCompletionCreateParams } from "../checks.gen.ts";
import type { MaxtokenBase } from "../client.gen.ts";
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParams,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionCreateParamsStreaming,
} from "../types.gen.ts";

/**
 * Create a chat completion.
 *
 * Generates the assistant's next message for the conversation in `messages`.
 *
 * With `stream` absent or `false` the answer is one `chat.completion` JSON object. With
 * `stream: true` it is a stream of server-sent events (`text/event-stream`), read this way:
 *
 * - Each event is a `data:` line holding one `chat.completion.chunk` as JSON, then a blank
 *   line. The schema shown for `text/event-stream` is that of one event's data (a
 *   `ChatCompletionChunk`), not of the whole body.
 * - The content arrives in `choices[].delta.content`; the last chunk of a choice carries its
 *   `finish_reason`.
 * - The event `data: [DONE]` ends the stream; it is not JSON.
 * - An `event: error` event reports a failure after the response has started; its data is an
 *   `ErrorBody` as JSON (`StreamErrorEvent`).
 *
 * The operation's extensions say the same to tools: `x-stream-flag` names the request field
 * that selects the stream (`stream`), `x-stream-terminator` the data that ends it (`[DONE]`).
 *
 * Assumed (not in maxtoken's documentation): this event format, OpenAI's.
 *
 * The standalone form of `client.chat.completions.create`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `MaxtokenBase` (or `Maxtoken`).
 * @param body - The request body: a `ChatCompletionCreateParams`.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @returns The completion: one `chat.completion` object, or with `stream: true` a `text/event-stream` of `chat.completion.chunk` events ended by `data: [DONE]` (see the operation's description).
 * @throws An {@link APIError} subclass for an error answer: {@link BadRequestError} or {@link ContentPolicyViolationError} (400), {@link AuthenticationError} (401), {@link PermissionDeniedError} or {@link InsufficientBalanceError} (403), {@link RateLimitError} (429), {@link InternalServerError} (500), {@link APIError} (any other status). Every error this method throws is a {@link MaxtokenError}.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @example
 * ```ts
 * const chatCompletion = await createChatCompletion(client, {
 *   model: "claude-opus-4-6",
 *   messages: [{ role: "user", content: "Who are you?" }],
 *   max_tokens: 1024,
 * });
 * console.log(chatCompletion);
 * ```
 */
export function createChatCompletion(
  client: MaxtokenBase,
  body: ChatCompletionCreateParamsNonStreaming,
  options?: RequestOptions,
): APIPromise<ChatCompletion>;
/**
 * Create a chat completion.
 *
 * With `stream: true`: resolves to a `Stream` of `ChatCompletionChunk` events; iterate it with `for await`.
 *
 * The standalone form of `client.chat.completions.create`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `MaxtokenBase` (or `Maxtoken`).
 * @param body - The request body: a `ChatCompletionCreateParams`.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @throws An {@link APIError} subclass for an error answer: {@link BadRequestError} or {@link ContentPolicyViolationError} (400), {@link AuthenticationError} (401), {@link PermissionDeniedError} or {@link InsufficientBalanceError} (403), {@link RateLimitError} (429), {@link InternalServerError} (500), {@link APIError} (any other status). Every error this method throws is a {@link MaxtokenError}.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @throws {@link StreamError} while you iterate, when the stream breaks off or reports an error.
 * @example
 * ```ts
 * const stream = await createChatCompletion(client, {
 *   model: "claude-opus-4-6",
 *   messages: [
 *     { role: "system", content: "You answer in one short sentence." },
 *     { role: "user", content: "Why is the sky blue?" },
 *   ],
 *   temperature: 0.5,
 *   max_tokens: 256,
 *   stop: ["\n\n"],
 *   stream: true,
 * });
 * for await (const event of stream) console.log(event);
 * ```
 */
export function createChatCompletion(
  client: MaxtokenBase,
  body: ChatCompletionCreateParamsStreaming,
  options?: RequestOptions,
): APIPromise<ChatStream<ChatCompletionChunk, ChatCompletion>>;
/**
 * Create a chat completion.
 *
 * When `stream` is only known at run time: resolves to `ChatCompletion` or to a `Stream`.
 *
 * The standalone form of `client.chat.completions.create`: a page that calls it bundles no other operation.
 *
 * @param client - The client to send through: `MaxtokenBase` (or `Maxtoken`).
 * @param body - The request body: a `ChatCompletionCreateParams`.
 * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
 * @throws An {@link APIError} subclass for an error answer: {@link BadRequestError} or {@link ContentPolicyViolationError} (400), {@link AuthenticationError} (401), {@link PermissionDeniedError} or {@link InsufficientBalanceError} (403), {@link RateLimitError} (429), {@link InternalServerError} (500), {@link APIError} (any other status). Every error this method throws is a {@link MaxtokenError}.
 * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
 * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
 * @throws {@link StreamError} while you iterate, when the stream breaks off or reports an error.
 */
export function createChatCompletion(
  client: MaxtokenBase,
  body: ChatCompletionCreateParams,
  options?: RequestOptions,
): APIPromise<ChatCompletion | ChatStream<ChatCompletionChunk, ChatCompletion>>;
export function createChatCompletion(
  client: MaxtokenBase,
  body: ChatCompletionCreateParams,
  options?: RequestOptions,
): APIPromise<ChatCompletion | ChatStream<ChatCompletionChunk, ChatCompletion>> {
  return client.request<ChatCompletion | ChatStream<ChatCompletionChunk, ChatCompletion>>(
    {
      method: "post",
      path: "/chat/completions",
      body,
      stream: body?.stream === true,
      streamTerminator: "[DONE]",
      streamClass: ChatStream,
      check: checkChatCompletionCreateParams,
    },
    options,
  );
}

/** `client.chat.completions`: Generate the assistant's next message from a conversation. */
export class ChatCompletionsResource {
  readonly #client: MaxtokenBase;

  /** @param client - The client to send through: `Maxtoken`, or `MaxtokenBase` to use this resource alone. */
  constructor(client: MaxtokenBase) {
    this.#client = client;
  }

  /**
   * Create a chat completion.
   *
   * Generates the assistant's next message for the conversation in `messages`.
   *
   * With `stream` absent or `false` the answer is one `chat.completion` JSON object. With
   * `stream: true` it is a stream of server-sent events (`text/event-stream`), read this way:
   *
   * - Each event is a `data:` line holding one `chat.completion.chunk` as JSON, then a blank
   *   line. The schema shown for `text/event-stream` is that of one event's data (a
   *   `ChatCompletionChunk`), not of the whole body.
   * - The content arrives in `choices[].delta.content`; the last chunk of a choice carries its
   *   `finish_reason`.
   * - The event `data: [DONE]` ends the stream; it is not JSON.
   * - An `event: error` event reports a failure after the response has started; its data is an
   *   `ErrorBody` as JSON (`StreamErrorEvent`).
   *
   * The operation's extensions say the same to tools: `x-stream-flag` names the request field
   * that selects the stream (`stream`), `x-stream-terminator` the data that ends it (`[DONE]`).
   *
   * Assumed (not in maxtoken's documentation): this event format, OpenAI's.
   *
   * @param body - The request body: a `ChatCompletionCreateParams`.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @returns The completion: one `chat.completion` object, or with `stream: true` a `text/event-stream` of `chat.completion.chunk` events ended by `data: [DONE]` (see the operation's description).
   * @throws An {@link APIError} subclass for an error answer: {@link BadRequestError} or {@link ContentPolicyViolationError} (400), {@link AuthenticationError} (401), {@link PermissionDeniedError} or {@link InsufficientBalanceError} (403), {@link RateLimitError} (429), {@link InternalServerError} (500), {@link APIError} (any other status). Every error this method throws is a {@link MaxtokenError}.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @example
   * ```ts
   * const chatCompletion = await client.chat.completions.create({
   *   model: "claude-opus-4-6",
   *   messages: [{ role: "user", content: "Who are you?" }],
   *   max_tokens: 1024,
   * });
   * console.log(chatCompletion);
   * ```
   */
  create(body: ChatCompletionCreateParamsNonStreaming, options?: RequestOptions): APIPromise<ChatCompletion>;
  /**
   * Create a chat completion.
   *
   * With `stream: true`: resolves to a `Stream` of `ChatCompletionChunk` events; iterate it with `for await`.
   *
   * @param body - The request body: a `ChatCompletionCreateParams`.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @throws An {@link APIError} subclass for an error answer: {@link BadRequestError} or {@link ContentPolicyViolationError} (400), {@link AuthenticationError} (401), {@link PermissionDeniedError} or {@link InsufficientBalanceError} (403), {@link RateLimitError} (429), {@link InternalServerError} (500), {@link APIError} (any other status). Every error this method throws is a {@link MaxtokenError}.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @throws {@link StreamError} while you iterate, when the stream breaks off or reports an error.
   * @example
   * ```ts
   * const stream = await client.chat.completions.create({
   *   model: "claude-opus-4-6",
   *   messages: [
   *     { role: "system", content: "You answer in one short sentence." },
   *     { role: "user", content: "Why is the sky blue?" },
   *   ],
   *   temperature: 0.5,
   *   max_tokens: 256,
   *   stop: ["\n\n"],
   *   stream: true,
   * });
   * for await (const event of stream) console.log(event);
   * ```
   */
  create(
    body: ChatCompletionCreateParamsStreaming,
    options?: RequestOptions,
  ): APIPromise<ChatStream<ChatCompletionChunk, ChatCompletion>>;
  /**
   * Create a chat completion.
   *
   * When `stream` is only known at run time: resolves to `ChatCompletion` or to a `Stream`.
   *
   * @param body - The request body: a `ChatCompletionCreateParams`.
   * @param options - Per-request options (signal, timeout, retries, headers, ...); they override the client's.
   * @throws An {@link APIError} subclass for an error answer: {@link BadRequestError} or {@link ContentPolicyViolationError} (400), {@link AuthenticationError} (401), {@link PermissionDeniedError} or {@link InsufficientBalanceError} (403), {@link RateLimitError} (429), {@link InternalServerError} (500), {@link APIError} (any other status). Every error this method throws is a {@link MaxtokenError}.
   * @throws {@link APIConnectionError} when the API cannot be reached, {@link APITimeoutError} when it does not answer in time (both after the retries), {@link APIUserAbortError} when your `signal` aborts the call.
   * @throws {@link ValidationError} before sending, when an argument breaks the spec's constraints.
   * @throws {@link StreamError} while you iterate, when the stream breaks off or reports an error.
   */
  create(
    body: ChatCompletionCreateParams,
    options?: RequestOptions,
  ): APIPromise<ChatCompletion | ChatStream<ChatCompletionChunk, ChatCompletion>>;
  create(
    body: ChatCompletionCreateParams,
    options?: RequestOptions,
  ): APIPromise<ChatCompletion | ChatStream<ChatCompletionChunk, ChatCompletion>> {
    return createChatCompletion(this.#client, body, options);
  }
}
