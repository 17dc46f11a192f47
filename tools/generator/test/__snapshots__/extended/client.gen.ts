// Generated from tools/generator/test/fixtures/extended/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { ClientOptions } from "@maxtoken/core";
import { BaseClient } from "@maxtoken/core/internal";
import { runtime } from "../runtime.ts";
import { ChatCompletionsResource } from "./resources/chat-completions.gen.ts";
import { EmbeddingsResource } from "./resources/embeddings.gen.ts";
import { ModelsResource } from "./resources/models.gen.ts";
import { SafetyResource } from "./resources/safety.gen.ts";

/**
 * Acme Extended API: A fixture API with several resources.
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
 */
export class Acme extends BaseClient {
  /** `client.chat` */
  readonly chat: {
    /** `client.chat.completions` */
    readonly completions: ChatCompletionsResource;
  } = {
    completions: new ChatCompletionsResource(this),
  };

  /** `client.models`: The models the API serves. */
  readonly models: ModelsResource = new ModelsResource(this);

  /** `client.embeddings`: Vector representations of text. */
  readonly embeddings: EmbeddingsResource = new EmbeddingsResource(this);

  /** `client.safety` */
  readonly safety: SafetyResource = new SafetyResource(this);

  /** @param options - API key, base URL, timeouts, retries, logging: see `ClientOptions`. */
  constructor(options?: ClientOptions) {
    super(options, runtime);
  }
}
