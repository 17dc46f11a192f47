import { StreamError } from "../errors/stream-error.ts";
import type {
  AccumulableChunk,
  AccumulableCompletion,
  AccumulatedChatCompletion,
} from "./accumulated-chat-completion.ts";

type Loose = Record<string, unknown>;
/** The completion while it is built: known to have choices; every other field is the chunks'. */
type Building = Loose & { choices: Array<Loose & { message: Loose; finish_reason: unknown }> };

/** More choices than any request can ask for: a larger index is a broken or hostile server. */
const MAX_CHOICES = 1024;

/**
 * `target[key] = value` as an own data property: assigning `__proto__` would replace the
 * target's prototype with an object from the wire.
 */
function put(target: Loose, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

function badChunk(chunk: unknown): StreamError {
  return new StreamError(
    `A stream chunk has malformed choices (each an object, its index a whole number below ${MAX_CHOICES}); see error.body.`,
    { body: chunk },
  );
}

/**
 * Builds the non-streamed `chat.completion` from its chunks: top-level fields (id, created,
 * model, usage, unknown ones) take the latest non-null value; each choice's `delta` strings are
 * concatenated into `message` (`role` is replaced), other delta fields take the latest value;
 * `finish_reason` is kept once sent.
 *
 * Server data stays data: `choices[].index` must be a whole number from 0 to 1023 (else a
 * `StreamError` carrying the chunk), and keys are copied only as own data properties, so no
 * chunk can reach `Array.prototype` or give a returned object its prototype.
 */
export async function accumulateChatCompletion<Completion extends AccumulableCompletion>(
  chunks: AsyncIterable<AccumulableChunk>,
): Promise<AccumulatedChatCompletion<Completion>> {
  let completion: Building | undefined;
  for await (const chunk of chunks) {
    // `object` ("chat.completion.chunk") is left out: the result is a "chat.completion".
    const { choices, object: _chunkObject, ...fields } = chunk as AccumulableChunk & Loose;
    completion ??= { id: "", object: "chat.completion", created: 0, model: "", choices: [] };
    for (const key in fields)
      if (fields[key] != null || !Object.hasOwn(completion, key)) put(completion, key, fields[key]);
    if (choices != null && !Array.isArray(choices)) throw badChunk(chunk);
    for (const each of choices ?? []) {
      if (typeof each !== "object" || each === null) throw badChunk(chunk);
      const { index = 0, delta, finish_reason, ...other } = each;
      if (!Number.isSafeInteger(index) || index < 0 || index >= MAX_CHOICES) throw badChunk(chunk);
      completion.choices[index] ??= { index, message: { role: "assistant", content: null }, finish_reason: null };
      const choice = completion.choices[index];
      for (const key in other) put(choice, key, other[key]);
      if (finish_reason != null) choice.finish_reason = finish_reason;
      if (typeof delta !== "object" || delta === null) continue;
      const message = choice.message;
      for (const key in delta) {
        const value = (delta as Loose)[key];
        const previous = Object.hasOwn(message, key) ? message[key] : undefined;
        put(
          message,
          key,
          key !== "role" && typeof value === "string" && typeof previous === "string"
            ? previous + value
            : (value ?? previous),
        );
      }
    }
  }
  if (!completion) throw new StreamError("The stream ended without any chunk; there is no completion to build.");
  // The type says only what the loop above guarantees (AccumulatedChatCompletion's TSDoc).
  return completion as unknown as AccumulatedChatCompletion<Completion>;
}
