/**
 * The least a chunk must have for `ChatStream` to accumulate it: choices that say which one they
 * extend (`index`) and what they add (`delta`). The chunk type itself is the spec's, generated.
 */
export interface AccumulableChunk {
  /** What this chunk adds to each choice. */
  choices?: ReadonlyArray<{
    /** The choice this delta extends. */
    index?: number | undefined;
    /** The fields to append (strings) or replace (anything else). */
    delta?: object | null | undefined;
    /** Kept once sent. */
    finish_reason?: unknown;
  }> | null;
}

/**
 * The least a non-streamed completion type must have for `ChatStream` to describe what it
 * builds: choices that each hold a `message`. The completion type itself is the spec's, generated.
 */
export interface AccumulableCompletion {
  /** One entry per choice. */
  choices: ReadonlyArray<{
    /** The accumulated deltas. */
    message: object;
  }>;
}

/**
 * What `ChatStream.finalChatCompletion()` resolves to, said honestly: the completion type with
 * every field that a valid stream may leave out made optional (`usage`, which a server sends only
 * on request; fields no chunk carried). What the accumulator always writes stays required: `id`,
 * `object`, `created`, `model`, and per choice `index`, `message.role`, `message.content` (`null`
 * when no text came) and `finish_reason` (`null` when the stream ended without one).
 *
 * @typeParam Completion - the non-streamed completion type of the spec (e.g. `ChatCompletion`).
 */
export type AccumulatedChatCompletion<Completion extends AccumulableCompletion> = {
  [Key in keyof Completion as Key extends "id" | "object" | "created" | "model" | "choices"
    ? never
    : Key]?: Completion[Key];
} & Pick<Completion, Extract<keyof Completion, "id" | "object" | "created" | "model">> & {
    /** One entry per choice, in index order. */
    choices: AccumulatedChoice<Completion["choices"][number]>[];
  };

/**
 * One choice of an `AccumulatedChatCompletion`: `index`, the accumulated `message` and
 * `finish_reason` are always there; the choice's other fields only when a chunk carried them.
 *
 * @typeParam Choice - the completion type's choice type.
 */
export type AccumulatedChoice<Choice extends AccumulableCompletion["choices"][number]> = {
  [Key in keyof Choice as Key extends "index" | "message" | "finish_reason" ? never : Key]?: Choice[Key];
} & {
  /** The choice's position. */
  index: number;
  /** The deltas, accumulated. */
  message: AccumulatedMessage<Choice["message"]>;
  /** Why the choice ended, or `null` when the stream ended without saying. */
  finish_reason: ("finish_reason" extends keyof Choice ? Choice["finish_reason"] : never) | null;
};

/**
 * The message of an `AccumulatedChoice`: `role` and `content` are always there (`content` is the
 * concatenated text, `null` when no text came); other fields only when a delta carried them.
 *
 * @typeParam Message - the completion type's message type.
 */
export type AccumulatedMessage<Message extends object> = {
  [Key in keyof Message as Key extends "role" | "content" ? never : Key]?: Message[Key];
} & {
  /** The author (`"assistant"` unless a delta said otherwise). */
  role: "role" extends keyof Message ? Message["role"] : string;
  /** The concatenated text of the deltas, or `null` when none came. */
  content: ("content" extends keyof Message ? Message["content"] : never) | null;
};
