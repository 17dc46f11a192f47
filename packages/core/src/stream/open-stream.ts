import { MaxtokenError } from "../errors/maxtoken-error.ts";
import { ChunkReader } from "./chunk-reader.ts";
import { Stream } from "./stream.ts";

/**
 * Reads the first chunk of a streaming response (so that an error event, or a body that breaks
 * before any byte, fails the attempt and can be retried), then wraps the rest in a `Stream`.
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
): Promise<Stream<T>> {
  const chunks = new ChunkReader<T>(response, controller, idleTimeout, secret, maxEventBytes);
  let first: T | undefined;
  try {
    first = await chunks.next();
  } catch (error) {
    chunks.cancel();
    throw error;
  }
  return new Stream<T>(async function* () {
    try {
      for (let chunk = first; chunk !== undefined; chunk = chunks.takeBuffered() ?? (await chunks.next())) yield chunk;
    } catch (error) {
      if (error instanceof MaxtokenError) error.attempts = attempts;
      throw error;
    } finally {
      chunks.cancel();
      done();
    }
  }, controller);
}
