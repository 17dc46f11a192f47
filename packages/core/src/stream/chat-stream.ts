import { accumulateChatCompletion } from "./accumulate-chat-completion.ts";
import type {
  AccumulableChunk,
  AccumulableCompletion,
  AccumulatedChatCompletion,
} from "./accumulated-chat-completion.ts";
import { readNDJSON } from "./read-ndjson.ts";
import { Stream } from "./stream.ts";

/**
 * A stream of chat completion chunks: a `Stream` that can also build the non-streamed completion
 * from its deltas. The generated client returns one for every streaming operation whose events
 * are chat chunks (`choices[].delta`); other streams are plain `Stream`s.
 *
 * @typeParam Chunk - the event type (the spec's `ChatCompletionChunk`).
 * @typeParam Completion - the non-streamed answer of the same operation (the spec's
 *   `ChatCompletion`); `finalChatCompletion()` resolves to `AccumulatedChatCompletion<Completion>`.
 *
 * @example
 * ```ts
 * const stream = await client.chat.completions.create({ model, messages, stream: true });
 * const completion = await stream.finalChatCompletion();
 * console.log(completion.choices[0]?.message.content, completion.usage?.total_tokens);
 * ```
 */
export class ChatStream<Chunk, Completion extends AccumulableCompletion> extends Stream<Chunk> {
  #final: Promise<AccumulatedChatCompletion<Completion>> | undefined;

  /**
   * Reads the stream to its end and accumulates the deltas into the non-streamed shape: top-level
   * fields take their latest value, each choice's `delta` strings are concatenated into `message`,
   * `finish_reason` is kept once sent, unknown fields are kept. Fields that no chunk carried are
   * absent, which the type says (`usage?`). Counts as the stream's consumer; calling it again (or
   * `finalText()`) returns the same result.
   *
   * @throws `StreamError` when the stream fails or carries no chunk at all.
   */
  finalChatCompletion(this: ChatStream<AccumulableChunk, Completion>): Promise<AccumulatedChatCompletion<Completion>> {
    this.#final ??= accumulateChatCompletion<Completion>(this);
    return this.#final;
  }

  /** Reads the stream to its end and returns the first choice's text (`""` when none). */
  async finalText(this: ChatStream<AccumulableChunk, Completion>): Promise<string> {
    const content: unknown = (await this.finalChatCompletion()).choices[0]?.message.content;
    return typeof content === "string" ? content : "";
  }

  /**
   * Reads NDJSON bytes (as made by `toReadableStream()`, e.g. in a browser from a server route)
   * back into a `ChatStream`.
   *
   * @example
   * ```ts
   * const body = (await fetch("/api/chat")).body!;
   * const stream = ChatStream.fromReadableStream<ChatCompletionChunk, ChatCompletion>(body);
   * console.log(await stream.finalText());
   * ```
   */
  static override fromReadableStream<
    Chunk = AccumulableChunk,
    Completion extends AccumulableCompletion = AccumulableCompletion,
  >(
    readable: ReadableStream<Uint8Array>,
    controller: AbortController = new AbortController(),
  ): ChatStream<Chunk, Completion> {
    return new ChatStream<Chunk, Completion>(() => readNDJSON<Chunk>(readable, controller), controller);
  }
}
