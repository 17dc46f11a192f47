// One chat endpoint for edge runtimes: a web-standard Request in, a Response out. The same code
// serves a Cloudflare Worker (worker.ts), a Next.js route handler and a Vercel Edge Function
// (route.ts). The key stays on the server: the client is made by the caller from its secrets.
import { APIError, type ChatCompletionChunk, type Maxtoken, MaxtokenError } from "@maxtoken/browser";

/**
 * `POST { "message": "...", "stream"?: true }`: answers `{ "answer": "..." }`, or with
 * `stream: true` the answer as plain text, passed on chunk by chunk as the API streams it. An
 * API error becomes JSON naming the error class, its status and request id.
 */
export async function handleChat(request: Request, client: Maxtoken): Promise<Response> {
  if (request.method !== "POST") return Response.json({ error: "POST { message, stream? }" }, { status: 405 });
  const input = (await request.json().catch(() => null)) as { message?: unknown; stream?: unknown } | null;
  if (typeof input?.message !== "string" || input.message === "") {
    return Response.json({ error: "message must be a non-empty string" }, { status: 400 });
  }
  const params = {
    model: "claude-opus-4-6",
    messages: [{ role: "user" as const, content: input.message }],
    max_tokens: 200,
  };
  try {
    if (input.stream !== true) {
      const completion = await client.chat.completions.create(params);
      return Response.json({ answer: completion.choices[0]?.message.content ?? "" });
    }
    // Errors before the first chunk (status, key, rate limit) are thrown here, as for a plain call.
    const stream = await client.chat.completions.create({ ...params, stream: true });
    // `identity`: compressing the text (workerd gzips text/plain) would hold it back until the end.
    return new Response(textOf(stream), {
      headers: { "content-type": "text/plain; charset=utf-8", "content-encoding": "identity" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

/** The text deltas as bytes, read from the API only as fast as the caller reads the response. */
function textOf(stream: AsyncIterable<ChatCompletionChunk>): ReadableStream<Uint8Array> {
  const chunks = stream[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream({
    // Each pull must enqueue something (or close): a pull that adds nothing is not repeated.
    async pull(controller) {
      for (;;) {
        const { value, done } = await chunks.next();
        if (done) return controller.close();
        const text = value.choices[0]?.delta?.content;
        if (text) return controller.enqueue(encoder.encode(text));
      }
    },
    // The caller went away: stop the API's stream too.
    async cancel() {
      await chunks.return?.();
    },
  });
}

function errorResponse(error: unknown): Response {
  if (error instanceof APIError) {
    // A 429 keeps its status so callers back off; anything else is the upstream's failure.
    return Response.json(
      { error: error.message, type: error.name, status: error.status, requestId: error.requestId },
      { status: error.status === 429 ? 429 : 502 },
    );
  }
  if (error instanceof MaxtokenError) return Response.json({ error: error.message, type: error.name }, { status: 502 });
  throw error;
}
