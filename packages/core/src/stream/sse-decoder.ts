import { abortWith, IDLE } from "../timeout/abort-reasons.ts";

/** One server-sent event. */
export interface SSEMessage {
  /** The `event:` field; `undefined` for the default ("message"). */
  event: string | undefined;
  /** The event's `id:` field, if it had one. */
  id: string | undefined;
  /** The `data:` lines, joined by `\n`. */
  data: string;
}

/**
 * Turns a response body into server-sent events, following the WHATWG event-stream rules
 * (CR, LF and CRLF line ends, multi-line `data:`, comments, `event:`/`id:`; `retry:` and unknown
 * fields are ignored; a BOM at the start is dropped by the `TextDecoder`).
 *
 * One `TextDecoder` in streaming mode (so a UTF-8 character may be split across chunks) feeds the
 * line splitter straight from `body.getReader()`; events are queued in an array and `take()`
 * hands out the buffered ones without a promise each (one network read carries hundreds of
 * events), `read()` waits for more. The parser is written here rather than taken from
 * eventsource-parser, to keep the browser page within its gzip budget
 * (docs/decisions/0006-core-without-runtime-dependencies.md).
 */
export class SSEDecoder {
  /** Whether any byte of the body arrived. */
  received = false;
  /** Set when one event (or line) grew past `maxEventBytes` without ending; reading then stops. */
  overflow = false;
  #reader: ReadableStreamDefaultReader<Uint8Array>;
  #text = new TextDecoder();
  #queue: SSEMessage[] = [];
  #head = 0;
  #done = false;
  #controller: AbortController;
  #idleTimeout: number | undefined;
  #maxEventBytes: number;
  /** Bytes received since the last event or comment ended: what the parser may be holding. */
  #pending = 0;
  /** The unfinished line. */
  #line = "";
  /** The previous text ended with CR: an LF starting the next one belongs to it. */
  #afterCR = false;
  /** The event being built (`undefined` data: no `data:` line yet). */
  #data: string | undefined;
  #event: string | undefined;
  #id: string | undefined;

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
  }

  /** The next event already parsed, without waiting; `undefined` when none is buffered. */
  take(): SSEMessage | undefined {
    const queue = this.#queue;
    if (this.#head < queue.length) return queue[this.#head++];
    queue.length = this.#head = 0;
    return undefined;
  }

  /**
   * Reads the next piece of the body into the parser; `false` once the body has ended (its
   * last events are then buffered for `take()`; an unfinished last event is dropped, as WHATWG says).
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
      this.#feed(this.#text.decode());
      return false;
    }
    if (result.value.length > 0) {
      this.received = true;
      this.#pending += result.value.length;
      this.#feed(this.#text.decode(result.value, { stream: true }));
      if (this.#pending > this.#maxEventBytes) {
        // A line or event without an end would otherwise grow in memory for as long as the server sends.
        this.overflow = true;
        this.cancel();
        return false;
      }
    }
    return true;
  }

  /** Splits `text` into lines (CR, LF or CRLF) and parses each finished one. */
  #feed(text: string): void {
    let start = this.#afterCR && text.charCodeAt(0) === 10 ? 1 : 0;
    if (text) this.#afterCR = false;
    // indexOf per kind of line end, each searched again only once passed: linear in the text.
    let lf = text.indexOf("\n", start);
    let cr = text.indexOf("\r", start);
    for (;;) {
      if (lf !== -1 && lf < start) lf = text.indexOf("\n", start);
      if (cr !== -1 && cr < start) cr = text.indexOf("\r", start);
      const end = lf === -1 ? cr : cr === -1 || lf < cr ? lf : cr;
      if (end === -1) break;
      this.#parseLine(this.#line + text.slice(start, end));
      this.#line = "";
      start = end + 1;
      if (end === cr) {
        if (start === text.length) this.#afterCR = true;
        else if (text.charCodeAt(start) === 10) start++;
      }
    }
    if (start < text.length) this.#line += text.slice(start);
  }

  #parseLine(line: string): void {
    if (line === "") {
      if (this.#data !== undefined) {
        this.#queue.push({ event: this.#event || undefined, id: this.#id, data: this.#data });
        this.#pending = 0;
      }
      this.#data = this.#event = this.#id = undefined;
      return;
    }
    const colon = line.indexOf(":");
    if (colon === 0) {
      this.#pending = 0; // a comment (keep-alive) ends here
      return;
    }
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? "" : line.slice(line.charCodeAt(colon + 1) === 32 ? colon + 2 : colon + 1);
    if (field === "data") this.#data = this.#data === undefined ? value : `${this.#data}\n${value}`;
    else if (field === "event") this.#event = value;
    else if (field === "id" && !value.includes("\0")) this.#id = value;
  }

  /** The next event, or `undefined` at the end of the body (an unfinished last event is dropped). */
  async next(): Promise<SSEMessage | undefined> {
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
