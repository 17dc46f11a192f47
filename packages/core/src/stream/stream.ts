import type { CoreChatCompletion } from "./core-chat-types.ts";

/**
 * A stream of parsed server-sent events (chat completion chunks). Iterate it once with
 * `for await`; `break` cancels the response body and frees the connection.
 *
 * @typeParam T - the chunk type.
 * @typeParam Final - what `finalChatCompletion()` resolves to.
 *
 * @example
 * ```ts
 * const stream = await client.chat.completions.create({ model, messages, stream: true });
 * for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");
 * ```
 */
export class Stream<T, Final = CoreChatCompletion> implements AsyncIterable<T> {
  /** Aborting it stops the stream; the iteration then rejects with `APIUserAbortError`. */
  readonly controller: AbortController;
  #iterate: () => AsyncIterator<T>;

  /**
   * @param iterate - produces the items (called once, by the first iteration).
   * @param controller - aborts the underlying request.
   */
  constructor(iterate: () => AsyncIterator<T>, controller: AbortController) {
    this.#iterate = iterate;
    this.controller = controller;
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.#iterate();
  }

  /** Two streams that each yield every item (they share `controller`). */
  tee(): [Stream<T, Final>, Stream<T, Final>] {
    throw new Error("not implemented yet");
  }

  /** The items as NDJSON bytes (one JSON value per line); `Stream.fromReadableStream` reads them back. */
  toReadableStream(): ReadableStream<Uint8Array> {
    throw new Error("not implemented yet");
  }

  /** Reads NDJSON bytes (as made by `toReadableStream()`) back into a `Stream`. */
  static fromReadableStream<T, Final = CoreChatCompletion>(
    readable: ReadableStream<Uint8Array>,
    controller = new AbortController(),
  ): Stream<T, Final> {
    void readable;
    return new Stream<T, Final>(() => {
      throw new Error("not implemented yet");
    }, controller);
  }

  /** Consumes the stream and accumulates the deltas into the non-streamed `chat.completion` shape. */
  finalChatCompletion(): Promise<Final> {
    throw new Error("not implemented yet");
  }

  /** Consumes the stream and returns the text of the first choice. */
  finalText(): Promise<string> {
    throw new Error("not implemented yet");
  }
}
