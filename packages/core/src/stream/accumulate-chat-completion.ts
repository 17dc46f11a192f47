import { StreamError } from "../errors/stream-error.ts";
import type { CoreChatCompletion, CoreChatCompletionChunk } from "./core-chat-types.ts";

type Loose = Record<string, unknown>;

/**
 * Builds the non-streamed `chat.completion` from its chunks: top-level fields (id, created,
 * model, usage, unknown ones) take the latest non-null value; each choice's `delta` strings are
 * concatenated into `message` (`role` is replaced), other delta fields take the latest value;
 * `finish_reason` is kept once sent.
 */
export async function accumulateChatCompletion(
  chunks: AsyncIterable<CoreChatCompletionChunk>,
): Promise<CoreChatCompletion> {
  let completion: CoreChatCompletion | undefined;
  // `object` ("chat.completion.chunk") is left out: the result is a "chat.completion".
  for await (const { choices, object: _chunkObject, ...fields } of chunks) {
    completion ??= { id: "", object: "chat.completion", created: 0, model: "", choices: [] };
    for (const key in fields) if (fields[key] != null || !(key in completion)) completion[key] = fields[key];
    for (const { index = 0, delta, finish_reason, ...other } of choices ?? []) {
      completion.choices[index] ??= { index, message: { role: "assistant", content: null }, finish_reason: null };
      const choice = completion.choices[index];
      Object.assign(choice, other);
      if (finish_reason != null) choice.finish_reason = finish_reason;
      const message: Loose = choice.message;
      for (const key in delta) {
        const value = delta[key];
        const previous = message[key];
        message[key] =
          key !== "role" && typeof value === "string" && typeof previous === "string"
            ? previous + value
            : (value ?? previous);
      }
    }
  }
  if (!completion) throw new StreamError("The stream ended without any chunk; there is no completion to build.");
  return completion;
}
