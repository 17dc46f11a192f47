import { createParser, type EventSourceMessage, type EventSourceParser } from "eventsource-parser";
import { abortWith, IDLE } from "../timeout/abort-reasons.ts";

/**
 * Turns a response body into server-sent events, following the WHATWG event-stream rules
 * (CR, LF and CRLF line ends, multi-line `data:`, comments, `event:`/`id:`/`retry:`).
 *
 * One `TextDecoder` in streaming mode (so a UTF-8 character may be split across chunks) feeds
 * eventsource-parser's `createParser` straight from `body.getReader()`, with no `TransformStream`
 * layer per event (that layer, not the parsing, is what costs: docs/decisions/0003-sse-decoding.md).
 * Events are queued in an array; `take()` hands out the buffered ones without
 * a promise each (one network read carries hundreds of events), `read()` waits for more.
 */
export class SSEDecoder {
  /** Whether any byte of the body arrived. */
  received = false;
  /** Set when one event (or line) grew past `maxEventBytes` without ending; reading then stops. */
  overflow = false;
  #reader: ReadableStreamDefaultReader<Uint8Array>;
  #text = new TextDecoder();
  #parser: EventSourceParser;
  #queue: EventSourceMessage[] = [];
  #head = 0;
  #done = false;
  #endsWithCR = false;
  #controller: AbortController;
  #idleTimeout: number | undefined;
  #maxEventBytes: number;
  /** Bytes received since the last event or comment ended: what the parser may be holding. */
  #pending = 0;

  /**
   * @param controller - aborted (reason `IDLE`) when no chunk arrives within `idleTimeout` ms,
   *   which makes a `fetch` body error out; `next()` also refuses to read once it is aborted.
   * @param maxEventBytes - the longest event (or line) held while it has no end; the count is
   *   checked once per network read, so it may pass the limit by one read's size.
   */
  constructor(
    body: ReadableStream<Uint8Array>,
    controller: AbortController,
    idleTimeout?: number,
    maxEventBytes = Number.POSITIVE_INFINITY,
  ) {
    this.#reader = body.getReader();
    this.#controller = controller;
    this.#idleTimeout = idleTimeout;
    this.#maxEventBytes = maxEventBytes;
    const ended = () => {
      this.#pending = 0;
    };
    this.#parser = createParser({
      onEvent: (message) => {
        this.#pending = 0;
        this.#queue.push(message);
      },
      onComment: ended,
    });
  }

  /** The next event already parsed, without waiting; `undefined` when none is buffered. */
  take(): EventSourceMessage | undefined {
    const queue = this.#queue;
    if (this.#head < queue.length) return queue[this.#head++];
    queue.length = this.#head = 0;
    return undefined;
  }

  /**
   * Reads the next piece of the body into the parser; `false` once the body has ended (its
   * last events are then buffered for `take()`).
   */
  async read(): Promise<boolean> {
    if (this.#done) return false;
    const signal = this.#controller.signal;
    if (signal.aborted) throw signal.reason;
    let result: ReadableStreamReadResult<Uint8Array>;
    if (this.#idleTimeout === undefined) result = await this.#reader.read();
    else {
      const timer = setTimeout(abortWith, this.#idleTimeout, this.#controller, IDLE);
      try {
        result = await this.#reader.read();
      } finally {
        clearTimeout(timer);
      }
    }
    if (result.done) {
      this.#done = true;
      // A CR at the very end may be a whole line end; the parser holds it back waiting for a
      // possible LF, so hand it one. Any other unfinished line or event is dropped, as WHATWG says.
      const rest = this.#text.decode();
      this.#parser.feed(this.#endsWithCR ? `${rest}\n` : rest);
      return false;
    }
    if (result.value.length > 0) {
      this.received = true;
      this.#pending += result.value.length;
      const text = this.#text.decode(result.value, { stream: true });
      if (text) this.#endsWithCR = text.charCodeAt(text.length - 1) === 13;
      this.#parser.feed(text);
      if (this.#pending > this.#maxEventBytes) {
        // A line or event without an end would otherwise grow in memory for as long as the server sends.
        this.overflow = true;
        this.cancel();
        return false;
      }
    }
    return true;
  }

  /** The next event, or `undefined` at the end of the body (an unfinished last event is dropped). */
  async next(): Promise<EventSourceMessage | undefined> {
    for (;;) {
      const message = this.take();
      if (message) return message;
      if (!(await this.read())) return this.take();
    }
  }

  /** Stops reading and cancels the body (which frees the connection); safe to call twice. */
  cancel(): void {
    if (this.#done) return;
    this.#done = true;
    this.#reader.cancel().catch(() => {});
  }
}
