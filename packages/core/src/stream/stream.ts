import { MaxtokenError } from "../errors/maxtoken-error.ts";
import { readNDJSON } from "./read-ndjson.ts";

const ignore = () => {};

/**
 * A stream of parsed server-sent events. It has one consumer: iterate it once with `for await`,
 * or `tee()` it first. `break` cancels the response body and frees the connection;
 * `controller.abort()` stops it with an `APIUserAbortError`. A chat completion stream is a
 * `ChatStream`, which adds `finalChatCompletion()` and `finalText()`.
 *
 * @typeParam T - the event type.
 *
 * @example
 * ```ts
 * const stream = await client.chat.completions.create({ model, messages, stream: true });
 * for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");
 * ```
 */
export class Stream<T> implements AsyncIterable<T> {
  /** Aborting it stops the stream; the iteration then rejects with `APIUserAbortError`. */
  readonly controller: AbortController;
  #iterate: (() => AsyncIterator<T>) | undefined;

  /**
   * @param iterate - produces the items; called once, by the first iteration.
   * @param controller - aborts the underlying request.
   */
  constructor(iterate: () => AsyncIterator<T>, controller: AbortController) {
    this.#iterate = iterate;
    this.controller = controller;
  }

  /** The one iteration; a second one throws (use `tee()` to read a stream twice). */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    const iterate = this.#iterate;
    if (!iterate) {
      throw new MaxtokenError(
        "This stream was already read; a stream has one consumer. Call stream.tee() first to read it twice.",
      );
    }
    this.#iterate = undefined;
    return iterate();
  }

  /**
   * Two streams that each yield every item, read from this one (which is then used up), of this
   * stream's class (a `ChatStream` gives two `ChatStream`s). They share `controller`; the body is
   * cancelled once both have ended or broken off.
   *
   * @example
   * ```ts
   * const [forScreen, forLog] = stream.tee();
   * ```
   */
  tee(): [this, this] {
    const Same = this.constructor as new (iterate: () => AsyncIterator<T>, controller: AbortController) => this;
    const source = this[Symbol.asyncIterator]();
    const open = new Set<Array<Promise<IteratorResult<T>>>>();
    const branch = (): this => {
      const queue: Array<Promise<IteratorResult<T>>> = [];
      open.add(queue);
      return new Same(
        () => ({
          next: () => {
            if (queue.length === 0) {
              const result = source.next();
              result.catch(ignore);
              for (const each of open) each.push(result);
            }
            return queue.shift()!;
          },
          return: async () => {
            if (open.delete(queue) && open.size === 0) await source.return?.();
            return { done: true, value: undefined };
          },
        }),
        this.controller,
      );
    };
    return [branch(), branch()];
  }

  /**
   * The items as NDJSON bytes (one JSON value and `\n` per item), e.g. to send on from a server
   * route; `Stream.fromReadableStream()` reads them back.
   */
  toReadableStream(): ReadableStream<Uint8Array> {
    const encoder = new TextEncoder();
    const iterator = this[Symbol.asyncIterator]();
    return new ReadableStream({
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
  }

  /**
   * Reads NDJSON bytes (as made by `toReadableStream()`, e.g. in a browser from a server route)
   * back into a `Stream`. A line that is not a JSON object, or one longer than 8 MiB without its
   * end, fails the iteration with a `StreamError`.
   *
   * @example
   * ```ts
   * const events = Stream.fromReadableStream<MyEvent>((await fetch("/api/events")).body!);
   * // a chat completion stream: ChatStream.fromReadableStream<ChatCompletionChunk, ChatCompletion>(...)
   * ```
   */
  static fromReadableStream<T>(
    readable: ReadableStream<Uint8Array>,
    controller: AbortController = new AbortController(),
  ): Stream<T> {
    return new Stream<T>(() => readNDJSON<T>(readable, controller), controller);
  }
}
