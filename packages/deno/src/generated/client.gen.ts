// Generated from openapi/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import { BaseClient, type ClientOptions } from "@maxtoken/core";
import { runtime } from "../runtime.ts";
import { ChatCompletionsResource } from "./resources/chat-completions.gen.ts";

/**
 * maxtoken Chat Completions API: An OpenAI-style chat completions endpoint that serves Claude models.
 *
 * The maxtoken API serves Claude models through one OpenAI-style endpoint,
 * `POST /v1/chat/completions`. Send a list of messages, get the assistant's reply back as one
 * JSON object or, with `stream: true`, as a stream of server-sent events.
 *
 * This document is the single source of truth for the maxtoken SDKs: their types, request
 * checks, documentation and mock server are generated from it. Where the vendor's page
 * contradicts itself, the decision taken is stated in the description of the field concerned.
 *
 * Authenticate with an API key (`sk-...`) from the API Keys section of your dashboard, sent as
 * `Authorization: Bearer <key>`.
 *
 * @example
 * ```ts
 * const client = new Maxtoken();
 * const chatCompletion = await client.chat.completions.create({
 *   model: "claude-opus-4-5-20251101",
 *   messages: [{ role: "user", content: "Who are you?" }],
 *   max_tokens: 1024,
 * });
 * console.log(chatCompletion);
 * ```
 */
export class Maxtoken extends BaseClient {
  /** `client.chat`: Generate the assistant's next message from a conversation. */
  readonly chat: {
    /** `client.chat.completions`: Generate the assistant's next message from a conversation. */
    readonly completions: ChatCompletionsResource;
  } = {
    completions: new ChatCompletionsResource(this),
  };

  /** @param options - API key, base URL, timeouts, retries, logging: see `ClientOptions`. */
  constructor(options?: ClientOptions) {
    super(options, runtime);
  }
}
