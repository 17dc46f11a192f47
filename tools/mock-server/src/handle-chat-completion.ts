import { type CompletionIdentity, chatCompletion, contentChunks, finishChunk } from "./chat-completion.ts";
import { makeErrorBody } from "./error-body.ts";
import { buildReply, type ReplyRequest } from "./reply.ts";
import type { RequestContext } from "./request-context.ts";
import { sendBodyWithFaults } from "./send.ts";
import { writeEventStream } from "./stream-response.ts";

/**
 * Answers `POST /chat/completions` (operation `createChatCompletion`) with the deterministic
 * reply of {@link buildReply}: one `chat.completion` JSON object, or with the spec's stream flag
 * (`stream: true`) a `text/event-stream` of `chat.completion.chunk` events ending with
 * `data: [DONE]`. Applies the body and stream faults (`malformed-json`, `cut-after`,
 * `no-done`, `no-finish`, `error-event-first`, `error-event-after`).
 */
export async function handleChatCompletion(context: RequestContext): Promise<void> {
  const { fault, operation, response } = context;
  const body = context.body as Record<string, unknown>;
  const reply = buildReply(body as unknown as ReplyRequest, context.seed === undefined ? {} : { seed: context.seed });
  const identity: CompletionIdentity = {
    id: `chatcmpl-${context.requestId.replace(/^req_/, "")}`,
    created: Math.floor(Date.now() / 1000),
    model: String(body.model),
  };
  const streamed = operation.streamFlag !== undefined && body[operation.streamFlag] === true;
  if (!streamed) {
    sendBodyWithFaults(response, 200, "application/json", JSON.stringify(chatCompletion(identity, reply)), fault);
    return;
  }
  await writeEventStream(
    response,
    {
      chunks: contentChunks(identity, reply),
      finish: finishChunk(identity, reply),
      terminator: operation.streamTerminator,
      errorBody: makeErrorBody(fault.status ?? 500, fault),
    },
    fault,
    context.chunkDelayMs,
    context.signal,
  );
}
