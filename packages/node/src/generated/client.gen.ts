// Generated from openapi/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { ClientOptions } from "@maxtoken/core";
import { BaseClient } from "@maxtoken/core/internal";
import { runtime } from "../runtime.ts";
import { ChatCompletionsResource } from "./resources/chat-completions.gen.ts";

/**
 * `Maxtoken` without its namespaces: the same options, key handling, retries and timeouts, for
 * pages that count their bytes. Pass it to the operations' standalone functions
 * (`createChatCompletion(client, ...)`) or to a resource class
 * (`new ChatCompletionsResource(client)`): a bundler then keeps only the operations the page
 * calls, however many the spec has.
 *
 * @example
 * ```ts
 * const client = new MaxtokenBase();
 * const chatCompletion = await createChatCompletion(client, {
 *   model: "claude-opus-4-6",
 *   messages: [{ role: "user", content: "Who are you?" }],
 *   max_tokens: 1024,
 * });
 * console.log(chatCompletion);
 * ```
 */
export class MaxtokenBase extends BaseClient {
  /** @param options - API key, base URL, timeouts, retries, logging: see `ClientOptions`. */
  constructor(options?: ClientOptions) {
    super(options, runtime);
  }
}

/**
 * maxtoken Chat Completions API: An OpenAI-style chat completions endpoint that serves Claude models.
 *
 * The maxtoken API serves Claude models through one OpenAI-style endpoint,
 * `POST /v1/chat/completions`. Send a list of messages, get the assistant's reply back as one
 * JSON object or, with `stream: true`, as a stream of server-sent events.
 *
 * What maxtoken's documentation states is checked here as it says; what this description adds
 * where that documentation is silent (the event format of a stream, the error body, some
 * headers and values) is marked "Assumed (not in maxtoken's documentation)".
 *
 * Authenticate with an API key (`sk-...`) from the API Keys section of your dashboard, sent as
 * `Authorization: Bearer <key>`.
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
 */
export class Maxtoken extends MaxtokenBase {
  /** `client.chat`: Generate the assistant's next message from a conversation. */
  readonly chat: {
    /** `client.chat.completions`: Generate the assistant's next message from a conversation. */
    readonly completions: ChatCompletionsResource;
  } = {
    completions: new ChatCompletionsResource(this),
  };
}
