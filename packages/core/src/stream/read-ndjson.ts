import { APIUserAbortError } from "../errors/api-user-abort-error.ts";
import { StreamError } from "../errors/stream-error.ts";

const ignore = () => {};

/** The longest NDJSON line held without its end (as `maxEventBytes`' default). */
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
 * The values of NDJSON bytes (as `Stream.toReadableStream()` writes them), until the end or an
 * abort. A line that is not a JSON object, or one longer than 8 MiB without its end, is a
 * `StreamError`.
 */
export async function* readNDJSON<T>(
  readable: ReadableStream<Uint8Array>,
  controller: AbortController,
): AsyncGenerator<T> {
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
}
