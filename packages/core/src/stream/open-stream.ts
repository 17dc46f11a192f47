import { MaxtokenError } from "../errors/maxtoken-error.ts";
import { ChunkReader } from "./chunk-reader.ts";
import { Stream } from "./stream.ts";
import type { StreamClass } from "./stream-class.ts";

/**
 * Reads the first chunk of a streaming response (so that an error event, or a body that breaks
 * before any byte, fails the attempt and can be retried), then wraps the rest in a `Stream` of
 * the class the call asked for (`ChatStream` for chat chunks).
 * `done` runs once the stream ends, breaks or fails; errors raised while the stream is iterated
 * carry `attempts`, the number of requests made.
 */
export async function openStream<T>(
  response: Response,
  controller: AbortController,
  idleTimeout: number | undefined,
  secret: string | undefined,
  maxEventBytes: number,
  attempts: number,
  done: () => void,
  terminator?: string,
  Class: StreamClass = Stream,
): Promise<Stream<T>> {
  const chunks = new ChunkReader<T>(response, controller, idleTimeout, secret, maxEventBytes, terminator);
  let first: T | undefined;
  try {
    first = await chunks.next();
  } catch (error) {
    chunks.cancel();
    throw error;
  }
  async function* iterate() {
    try {
      for (let chunk = first; chunk !== undefined; chunk = chunks.takeBuffered() ?? (await chunks.next())) yield chunk;
    } catch (error) {
      if (error instanceof MaxtokenError) error.attempts = attempts;
      throw error;
    } finally {
      chunks.cancel();
      done();
    }
  }
  // `StreamClass` erases the event type (a class with a bound on it would not fit otherwise).
  return new Class(iterate as () => AsyncIterator<never>, controller) as Stream<T>;
}
