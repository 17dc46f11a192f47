// Generated from tools/generator/test/fixtures/extended/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { ClientOptions } from "@maxtoken/core";
import { BaseClient } from "@maxtoken/core/internal";
import { runtime } from "../runtime.ts";
import { ChatCompletionsResource } from "./resources/chat-completions.gen.ts";
import { EmbeddingsResource } from "./resources/embeddings.gen.ts";
import { ModelsResource } from "./resources/models.gen.ts";
import { SafetyResource } from "./resources/safety.gen.ts";

/**
 * `Acme` without its namespaces: the same options, key handling, retries and timeouts, for pages
 * that count their bytes. Pass it to the operations' standalone functions
 * (`createChatCompletion(client, ...)`) or to a resource class
 * (`new ChatCompletionsResource(client)`): a bundler then keeps only the operations the page
 * calls, however many the spec has.
 *
 * @example
 * ```ts
 * const client = new AcmeBase();
 * const chatCompletion = await createChatCompletion(client, {
 *   model: "claude-opus-4-6",
 *   messages: [{ role: "user", content: "Who are you?" }],
 *   max_tokens: 1024,
 * });
 * console.log(chatCompletion);
 * ```
 */
export class AcmeBase extends BaseClient {
  /** @param options - API key, base URL, timeouts, retries, logging: see `ClientOptions`. */
  constructor(options?: ClientOptions) {
    super(options, runtime);
  }
}

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
export class Acme extends AcmeBase {
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
}
