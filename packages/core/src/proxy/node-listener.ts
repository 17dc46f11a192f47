import type { ProxyHandler } from "./create-proxy-handler.ts";

/**
 * The parts of Node's `http.IncomingMessage` the adapter reads (structural: Express's request,
 * and the `node:http` of Bun and Deno, fit too).
 */
export interface NodeIncomingMessage extends AsyncIterable<Uint8Array> {
  /** The request method. */
  method?: string | undefined;
  /** The path and query as received. */
  url?: string | undefined;
  /** Express: the path before a mount point (`app.use("/api", ...)`) was cut off `url`. */
  originalUrl?: string | undefined;
  /** The request headers, lower-case names. */
  headers: Record<string, string | string[] | undefined>;
  /** The socket: a TLS socket has `encrypted: true`. */
  socket?: object | null | undefined;
  /** `false` while the body has not been read to its end. */
  complete?: boolean;
  /** Reads the rest of the body and drops it (after a refusal such as 413). */
  resume?(): unknown;
}

/** The parts of Node's `http.ServerResponse` the adapter writes to. */
export interface NodeServerResponse {
  /** Sends the status and headers. */
  writeHead(status: number, headers: Record<string, string>): unknown;
  /** Sends headers now (a stream's first bytes may take a while). */
  flushHeaders?(): void;
  /** Queues a chunk; `false` means wait for `drain`. */
  write(chunk: Uint8Array): boolean;
  /** Ends the answer. */
  end(): unknown;
  /** Cuts the connection (an upstream stream broke off: the caller must not see a clean end). */
  destroy(error?: Error): unknown;
  /** `close`: the connection closed (finished or cut); `drain`: room to write again. */
  on(event: "close" | "drain", listener: () => void): unknown;
  /** Removes a listener added with `on`. */
  off(event: "close" | "drain", listener: () => void): unknown;
}

/** A Node `http` request listener: `http.createServer(listener)`, or Express's `app.use(path, listener)`. */
export type NodeRequestListener = (incoming: NodeIncomingMessage, outgoing: NodeServerResponse) => void;

/**
 * Serves a web-standard handler (such as `createProxy(...)`) on Node's `http` or Express. The
 * request body streams in, the answer streams out with backpressure, and a caller who goes
 * away (a closed tab) aborts the request's `signal`, which cancels the upstream request.
 * With Express, mount it before any body parser: it reads the body itself.
 *
 * @example
 * ```ts
 * import { createServer } from "node:http";
 * import { createProxy, toNodeListener } from "@maxtoken/node";
 *
 * createServer(toNodeListener(createProxy({ apiKey, policy }))).listen(8787);
 * ```
 */
export function toNodeListener(handler: ProxyHandler): NodeRequestListener {
  return (incoming, outgoing) => {
    serve(handler, incoming, outgoing).catch(() => outgoing.destroy());
  };
}

async function serve(handler: ProxyHandler, incoming: NodeIncomingMessage, outgoing: NodeServerResponse) {
  const callerGone = new AbortController();
  let finished = false;
  outgoing.on("close", () => {
    if (!finished) callerGone.abort();
  });

  let request: Request;
  try {
    request = toRequest(incoming, callerGone.signal);
  } catch {
    finished = true;
    outgoing.writeHead(400, { "content-type": "text/plain" });
    outgoing.end();
    return;
  }
  const response = await handler(request);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (incoming.complete === false) {
    // The handler did not read the whole body (a refusal, such as 413): drop the rest and do not
    // reuse the connection, so that the client reads the refusal instead of waiting or a reset.
    headers.connection = "close";
    incoming.resume?.();
  }
  outgoing.writeHead(response.status, headers);
  if (response.body === null) {
    finished = true;
    outgoing.end();
    return;
  }
  outgoing.flushHeaders?.();
  const reader = response.body.getReader();
  callerGone.signal.addEventListener("abort", () => reader.cancel().catch(() => {}), { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!outgoing.write(value)) await drained(outgoing);
    }
    finished = true;
    outgoing.end();
  } catch {
    finished = true;
    outgoing.destroy();
  }
}

function toRequest(incoming: NodeIncomingMessage, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined || name.startsWith(":")) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  const target = incoming.originalUrl ?? incoming.url ?? "/";
  const socket = incoming.socket as { encrypted?: boolean } | null | undefined;
  const scheme = socket?.encrypted ? "https" : "http";
  const url = `${scheme}://${incoming.headers.host ?? "localhost"}${target.startsWith("/") ? target : "/"}`;
  const method = incoming.method ?? "GET";
  const init: RequestInit & { duplex?: "half" } = { method, headers, signal };
  if (method !== "GET" && method !== "HEAD") {
    init.body = bodyStream(incoming);
    init.duplex = "half";
  }
  return new Request(url, init);
}

function bodyStream(incoming: NodeIncomingMessage): ReadableStream<Uint8Array> {
  const chunks = incoming[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    // No cancel(): ending the iterator would destroy the socket before the refusal is sent.
  });
}

function drained(outgoing: NodeServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      outgoing.off("drain", done);
      outgoing.off("close", done);
      resolve();
    };
    outgoing.on("drain", done);
    outgoing.on("close", done);
  });
}
