import { APIUserAbortError } from "../errors/api-user-abort-error.ts";
import { MaxtokenError } from "../errors/maxtoken-error.ts";
import { StreamError } from "../errors/stream-error.ts";
import { accumulateChatCompletion } from "./accumulate-chat-completion.ts";
import type { CoreChatCompletion, CoreChatCompletionChunk } from "./core-chat-types.ts";

const ignore = () => {};

/** The longest NDJSON line `fromReadableStream()` holds without its end (as `maxEventBytes`' default). */
const MAX_LINE = 8 * 1024 * 1024;

/** One NDJSON line as an item: a JSON object, else a `StreamError` carrying the line. */
function parseLine(line: string): unknown {
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch {}
  if (typeof item === "object" && item !== null && !Array.isArray(item)) return item;
  throw new StreamError("A line of the stream is not a JSON object (see error.body).", { body: line });
}

/**
 * A stream of parsed server-sent events (chat completion chunks). It has one consumer: iterate
 * it once with `for await`, or call `finalChatCompletion()`/`finalText()`, or `tee()` it first.
 * `break` cancels the response body and frees the connection; `controller.abort()` stops it
 * with an `APIUserAbortError`.
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
  #iterate: (() => AsyncIterator<T>) | undefined;
  #final: Promise<Final> | undefined;

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
   * Two streams that each yield every item, read from this one (which is then used up). They
   * share `controller`; the body is cancelled once both have ended or broken off.
   *
   * @example
   * ```ts
   * const [forScreen, forLog] = stream.tee();
   * ```
   */
  tee(): [Stream<T, Final>, Stream<T, Final>] {
    const source = this[Symbol.asyncIterator]();
    const open = new Set<Array<Promise<IteratorResult<T>>>>();
    const branch = (): Stream<T, Final> => {
      const queue: Array<Promise<IteratorResult<T>>> = [];
      open.add(queue);
      return new Stream<T, Final>(
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
   * const stream = Stream.fromReadableStream<ChatCompletionChunk>((await fetch("/api/chat")).body!);
   * ```
   */
  static fromReadableStream<T, Final = CoreChatCompletion>(
    readable: ReadableStream<Uint8Array>,
    controller: AbortController = new AbortController(),
  ): Stream<T, Final> {
    return new Stream<T, Final>(async function* () {
      const reader = readable.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      try {
        for (;;) {
          if (controller.signal.aborted) throw new APIUserAbortError();
          const { value, done } = await reader.read();
          buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
          const lines = buffer.split("\n");
          buffer = done ? "" : lines.pop()!;
          for (const line of lines) if (line.trim()) yield parseLine(line) as T;
          if (done) return;
          if (buffer.length > MAX_LINE) throw new StreamError("A line of the stream passed 8 MiB without its end.");
        }
      } finally {
        reader.cancel().catch(ignore);
      }
    }, controller);
  }

  /**
   * Reads the stream to its end and accumulates the deltas into the non-streamed
   * `chat.completion` shape (`id`, `created`, `model`, `choices[].message`, `finish_reason`,
   * `usage`, unknown fields kept). Counts as the stream's consumer; calling it again (or
   * `finalText()`) returns the same result.
   */
  finalChatCompletion(): Promise<Final> {
    this.#final ??= accumulateChatCompletion(
      this as unknown as AsyncIterable<CoreChatCompletionChunk>,
    ) as Promise<Final>;
    return this.#final;
  }

  /** Reads the stream to its end and returns the first choice's text (`""` when none). */
  async finalText(): Promise<string> {
    const completion = (await this.finalChatCompletion()) as CoreChatCompletion;
    return completion.choices[0]?.message.content ?? "";
  }
}
