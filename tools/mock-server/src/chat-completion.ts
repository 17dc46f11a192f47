import type { Reply } from "./reply.ts";

/** What identifies one completion: the same in the JSON answer and in every chunk of a stream. */
export interface CompletionIdentity {
  /** `chatcmpl-...` */
  id: string;
  /** Unix seconds. */
  created: number;
  /** The request's `model`, echoed. */
  model: string;
}

/** Builds the `chat.completion` object of a non-streamed answer. */
export function chatCompletion(identity: CompletionIdentity, reply: Reply): Record<string, unknown> {
  return {
    id: identity.id,
    object: "chat.completion",
    created: identity.created,
    model: identity.model,
    choices: [{ index: 0, message: { role: "assistant", content: reply.text }, finish_reason: reply.finishReason }],
    usage: reply.usage,
  };
}

/**
 * Builds the `chat.completion.chunk` objects of a streamed answer: one per token (the first
 * also carries `role: "assistant"`; an empty reply still gets that one chunk, with content
 * `""`), each with `finish_reason: null`.
 */
export function contentChunks(identity: CompletionIdentity, reply: Reply): Array<Record<string, unknown>> {
  const tokens = reply.tokens.length > 0 ? reply.tokens : [""];
  return tokens.map((token, index) => ({
    id: identity.id,
    object: "chat.completion.chunk",
    created: identity.created,
    model: identity.model,
    choices: [
      {
        index: 0,
        delta: index === 0 ? { role: "assistant", content: token } : { content: token },
        finish_reason: null,
      },
    ],
  }));
}

/** Builds the last chunk of a stream: an empty delta, the `finish_reason` and the usage. */
export function finishChunk(identity: CompletionIdentity, reply: Reply): Record<string, unknown> {
  return {
    id: identity.id,
    object: "chat.completion.chunk",
    created: identity.created,
    model: identity.model,
    choices: [{ index: 0, delta: {}, finish_reason: reply.finishReason }],
    usage: reply.usage,
  };
}
