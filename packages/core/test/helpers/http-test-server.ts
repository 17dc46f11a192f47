// A real HTTP server on 127.0.0.1 (random port) for tests; every server started through
// `startServer` is closed after each test.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { afterEach } from "vitest";

/** One request as the server saw it (body read in full). */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Handler = (request: SeenRequest, response: ServerResponse, raw: IncomingMessage) => void | Promise<void>;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Every request, in arrival order. */
  requests: SeenRequest[];
  /** Resolves when a response's connection closed before the response finished (client went away). */
  aborted: Promise<void>;
  /** Open sockets (active or idle keep-alive). */
  sockets: Set<Socket>;
  /**
   * Sockets that carried a request and stay open once idle keep-alive sockets are closed, i.e.
   * are still busy with a response. (Sockets the client opened but never used are not counted.)
   */
  busySockets(): Promise<number>;
  /** Responses neither finished nor closed. */
  openResponses: Set<ServerResponse>;
  close(): Promise<void>;
}

const servers = new Set<TestServer>();
afterEach(async () => {
  await Promise.all([...servers].map((server) => server.close()));
  servers.clear();
});

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const openResponses = new Set<ServerResponse>();
  let onAborted!: () => void;
  const aborted = new Promise<void>((resolve) => (onAborted = resolve));
  const server = createServer(async (raw, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of raw) chunks.push(chunk as Buffer);
    const request = {
      method: raw.method ?? "",
      url: raw.url ?? "",
      headers: raw.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    requests.push(request);
    openResponses.add(response);
    response.on("close", () => {
      openResponses.delete(response);
      if (!response.writableFinished) onAborted();
    });
    try {
      await handler(request, response, raw);
    } catch (error) {
      if (!response.headersSent) response.writeHead(599);
      response.end(String(error));
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || address === null) throw new Error("no address");
  const testServer: TestServer = {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    aborted,
    sockets,
    openResponses,
    async busySockets() {
      server.closeIdleConnections();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return [...sockets].filter((socket) => socket.bytesRead > 0).length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.add(testServer);
  return testServer;
}

/** Sends a JSON answer. */
export function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

/** The spec's error body. */
export function errorBody(message: string, type = "invalid_request_error", extra: Record<string, unknown> = {}) {
  return { error: { message, type, code: null, param: null, ...extra } };
}

/** Starts an SSE response. */
export function sseHead(response: ServerResponse, headers: Record<string, string> = {}): void {
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", ...headers });
  response.flushHeaders();
}

/** A `chat.completion.chunk` carrying `content` (and a `finish_reason` when given). */
export function chunk(content: string | null, finishReason: string | null = null, extra: Record<string, unknown> = {}) {
  return {
    id: "chatcmpl-1",
    object: "chat.completion.chunk",
    created: 1700000000,
    model: "claude-test",
    choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finishReason }],
    ...extra,
  };
}

/** `data: <json>\n\n` */
export function event(data: unknown): string {
  return `data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
