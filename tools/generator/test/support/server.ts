import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request the test server received. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  /** The parsed JSON body, or for any other content type the body's text. */
  body: unknown;
  /** The body's bytes, as received. */
  raw: Buffer;
}

/** What a route answers: JSON (`json`), server-sent events (`events`, already serialised), bytes or text of a content type, or nothing. */
export interface Answer {
  status?: number;
  json?: unknown;
  events?: string[];
  content?: { type: string; data: string | Uint8Array };
}

/**
 * A real HTTP server on 127.0.0.1 with a random port. `route` maps `"METHOD /path"` (the path
 * without its query) to an answer; anything else is a 404 with an error body.
 */
export async function startServer(route: (request: Received) => Answer | undefined) {
  const received: Received[] = [];
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const text = raw.toString("utf8");
    const isJson = (request.headers["content-type"] ?? "application/json").includes("json");
    const entry: Received = {
      method: request.method!,
      url: request.url!,
      headers: request.headers,
      body: text ? (isJson ? JSON.parse(text) : text) : undefined,
      raw,
    };
    received.push(entry);
    const answer = route(entry) ?? {
      status: 404,
      json: {
        error: {
          message: `No route for ${entry.method} ${entry.url}`,
          type: "not_found_error",
          code: null,
          param: null,
        },
      },
    };
    const status = answer.status ?? 200;
    if (answer.events) {
      response.writeHead(status, { "content-type": "text/event-stream", "x-request-id": "req_stream" });
      for (const event of answer.events) response.write(event);
      response.end();
    } else if (answer.content !== undefined) {
      response.writeHead(status, { "content-type": answer.content.type, "x-request-id": "req_content" });
      response.end(answer.content.data);
    } else if (answer.json !== undefined) {
      response.writeHead(status, { "content-type": "application/json", "x-request-id": "req_json" });
      response.end(JSON.stringify(answer.json));
    } else {
      response.writeHead(status, { "x-request-id": "req_empty" });
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One server-sent event carrying `data` as JSON (or as is, for a string such as `[DONE]`). */
export function sse(data: unknown): string {
  return `data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`;
}

const completion = {
  id: "chatcmpl-1",
  object: "chat.completion",
  created: 1,
  model: "claude-opus-4-6",
  choices: [{ index: 0, message: { role: "assistant", content: "Hello!" }, finish_reason: "stop" }],
  usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
};

const chunk = (content: string | undefined, finish: string | null) => ({
  id: "chatcmpl-1",
  object: "chat.completion.chunk",
  created: 1,
  model: "claude-opus-4-6",
  choices: [{ index: 0, delta: content === undefined ? {} : { content }, finish_reason: finish }],
});

/** The chat completions route of our spec: a completion, or a stream of "Hel" + "lo!" then `[DONE]`. */
export function chatRoute(request: Received): Answer | undefined {
  if (request.method !== "POST" || request.url !== "/v1/chat/completions") return undefined;
  if ((request.body as { stream?: boolean }).stream === true) {
    return { events: [sse(chunk("Hel", null)), sse(chunk("lo!", null)), sse(chunk(undefined, "stop")), sse("[DONE]")] };
  }
  return { json: completion };
}
