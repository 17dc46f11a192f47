import { APITimeoutError } from "../errors/api-timeout-error.ts";
import { APIUserAbortError } from "../errors/api-user-abort-error.ts";
import { describeCause } from "../errors/describe-cause.ts";
import { errorFields } from "../errors/error-fields.ts";
import type { MaxtokenError } from "../errors/maxtoken-error.ts";
import { StreamError } from "../errors/stream-error.ts";
import { redact } from "../secrets/redact.ts";
import { IDLE, TIMEOUT } from "../timeout/abort-reasons.ts";
import { SSEDecoder } from "./sse-decoder.ts";

/**
 * Reads the parsed JSON chunks of a streaming response and applies the end rules. With a
 * terminator (the spec's `x-stream-terminator`, e.g. `[DONE]`, passed by the generated code): that
 * data line ends; the body ending after a chunk with a `finish_reason` ends; any other end is a
 * `StreamError`. Without one, the end of the body is the end of the stream. An `event: error`, or
 * a payload with an `error` object, is a `StreamError`. Events with other `event:` names are
 * skipped (forward compatibility).
 *
 * A failure before the first chunk is marked retryable when it is an error event or no byte had
 * arrived (nothing was consumed), unless the response said `x-should-retry: false`. An event that
 * is not a JSON object, or one that grows past `maxEventBytes` without ending, is a `StreamError`.
 */
export class ChunkReader<T> {
  #decoder: SSEDecoder;
  #controller: AbortController;
  #requestId: string | null;
  #idleTimeout: number | undefined;
  #secret: string | undefined;
  #terminator: string | undefined;
  #mayRetry: boolean;
  #finished = false;
  #ended = false;
  #delivered = false;

  #maxEventBytes: number;

  constructor(
    response: Response,
    controller: AbortController,
    idleTimeout: number | undefined,
    secret: string | undefined,
    maxEventBytes: number,
    terminator: string | undefined,
  ) {
    this.#decoder = new SSEDecoder(response.body ?? new ReadableStream(), controller, idleTimeout, maxEventBytes);
    this.#maxEventBytes = maxEventBytes;
    this.#controller = controller;
    this.#requestId = response.headers.get("x-request-id");
    this.#idleTimeout = idleTimeout;
    this.#secret = secret;
    this.#terminator = terminator;
    this.#mayRetry = response.headers.get("x-should-retry") !== "false";
  }

  /**
   * The next chunk among the events already received, without waiting: `undefined` when none is
   * buffered or the stream has ended (`next()` tells which). Draining the buffer synchronously
   * keeps one promise per chunk instead of three (bench/README.md: 0.91x -> 0.98x the floor).
   */
  takeBuffered(): T | undefined {
    if (this.#ended) return undefined;
    for (let message = this.#decoder.take(); message; message = this.#decoder.take()) {
      const { event, data } = message;
      if (event === undefined || event === "message") {
        if (data === this.#terminator) {
          this.#ended = true;
          return undefined;
        }
      } else if (event !== "error") continue;
      let chunk: unknown;
      try {
        chunk = JSON.parse(data);
      } catch {
        if (event !== "error")
          throw this.#fail("The stream sent an event that is not JSON (see error.body).", data, false);
        chunk = data;
      }
      const error = errorFields(chunk);
      if (event === "error" || error !== undefined) {
        const said = typeof error?.message === "string" ? `: ${error.message}` : "";
        throw this.#fail(`The server sent an error event${said}`, chunk, true);
      }
      if (typeof chunk !== "object" || chunk === null || Array.isArray(chunk))
        throw this.#fail("The stream sent an event that is not a JSON object (see error.body).", chunk, false);
      if (!this.#finished) {
        const choices = (chunk as { choices?: unknown } | null)?.choices;
        if (Array.isArray(choices)) for (const choice of choices) if (choice?.finish_reason) this.#finished = true;
      }
      this.#delivered = true;
      return chunk as T;
    }
    return undefined;
  }

  /** The next chunk, or `undefined` at a normal end. */
  async next(): Promise<T | undefined> {
    for (;;) {
      const chunk = this.takeBuffered();
      if (chunk !== undefined || this.#ended) return chunk;
      let more: boolean;
      try {
        more = await this.#decoder.read();
      } catch (error) {
        throw this.#broken(error);
      }
      if (more) continue;
      if (this.#decoder.overflow)
        throw this.#fail(
          `The stream sent an event over ${this.#maxEventBytes} bytes (maxEventBytes) and was closed.`,
          undefined,
          false,
        );
      const last = this.takeBuffered();
      if (last !== undefined || this.#ended || this.#finished) return last;
      if (this.#terminator === undefined && this.#decoder.received) return undefined;
      throw this.#fail(
        this.#decoder.received
          ? `The stream ended before \`data: ${this.#terminator}\` or a finish_reason; the answer is incomplete.`
          : "The stream ended before sending any data.",
        undefined,
        !this.#decoder.received,
      );
    }
  }

  /** Stops reading and cancels the body. */
  cancel(): void {
    this.#decoder.cancel();
  }

  #broken(error: unknown): MaxtokenError {
    const signal = this.#controller.signal;
    if (signal.reason === TIMEOUT)
      return new APITimeoutError("", { retryable: !this.#decoder.received && this.#mayRetry });
    if (signal.aborted && signal.reason !== IDLE) return new APIUserAbortError();
    const idle = signal.aborted;
    return this.#fail(
      idle
        ? `The stream sent nothing for ${this.#idleTimeout} ms (idleTimeout) and was closed.`
        : `The stream broke before its end: ${describeCause(error)}.`,
      undefined,
      !this.#decoder.received,
      idle ? undefined : error,
    );
  }

  #fail(message: string, body: unknown, retryable: boolean, cause?: unknown): StreamError {
    return new StreamError(redact(message, this.#secret), {
      body: redact(body, this.#secret),
      requestId: this.#requestId,
      cause,
      retryable: retryable && !this.#delivered && this.#mayRetry,
    });
  }
}
