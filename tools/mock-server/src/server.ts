import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { makeErrorBody } from "./error-body.ts";
import { FaultCounter } from "./faults/fault-counter.ts";
import type { FaultSpec } from "./faults/fault-spec.ts";
import { parseFault } from "./faults/parse-fault.ts";
import type { ServerFault } from "./faults/resolve-fault.ts";
import { handleChatCompletion } from "./handle-chat-completion.ts";
import { handleRequest, type ServerState } from "./handle-request.ts";
import { listOperations, specBasePath } from "./operations.ts";
import type { RecordedRequest } from "./recorded-request.ts";
import type { OperationHandler } from "./request-context.ts";
import { sendError } from "./send.ts";
import { loadMockSpec, type SpecDocument } from "./spec.ts";
import { createSpecValidator } from "./spec-validator.ts";

/** Options of {@link startMockServer}; all optional. */
export interface MockServerOptions {
  /** The port to listen on; `0` (the default) picks a free one (see {@link MockServer.port}). */
  port?: number;
  /** The interface to bind; default `127.0.0.1` (loopback only). */
  host?: string;
  /**
   * The only API key accepted in `Authorization: Bearer <key>`. Without it any non-empty key
   * is accepted. A missing or wrong key gets a 401 with the spec's error body.
   */
  apiKey?: string;
  /**
   * Whether requests must carry a key; default `true`. `false` serves requests without an
   * `Authorization` header, like a user's own proxy that adds the key itself (the browser
   * package sends no key to such a `baseURL`); a configured `apiKey` is then not checked either.
   */
  requireAuth?: boolean;
  /**
   * A fault applied to every request that has no `x-mock-fault` header: a fault string such as
   * `"status=503;fail-first=2"` (syntax in the README and {@link parseFault}) or a parsed
   * {@link FaultSpec}.
   */
  faults?: string | FaultSpec;
  /** Whether requests may ask for a fault with the `x-mock-fault` header; default `true`. */
  faultHeader?: boolean;
  /** Milliseconds to wait before the first byte of every response; default 0. */
  latencyMs?: number;
  /** Milliseconds between two stream events; default 0 (all events at once). */
  chunkDelayMs?: number;
  /**
   * With a seed, replies are seeded pseudo-random sentences instead of the
   * `You said: <message>` echo (see {@link buildReply}).
   */
  seed?: number;
  /** The bundled spec to serve; default: the maxtoken spec ({@link loadMockSpec}). */
  spec?: SpecDocument;
  /** Called for each routed request once its body is read (for tests that check what a client sent). */
  onRequest?: (request: RecordedRequest) => void;
  /** Called with one line per finished response (`POST /v1/chat/completions 200 req_... 3ms`). */
  log?: (line: string) => void;
}

/** A running mock server. */
export interface MockServer {
  /** The API's base URL, with the spec's prefix: `http://127.0.0.1:4010/v1`. Use it as `baseURL`. */
  readonly url: string;
  /** The server's origin, without the prefix: `http://127.0.0.1:4010`. */
  readonly origin: string;
  /** The bound port (the real one when `port: 0` was asked). */
  readonly port: number;
  /** The bound host. */
  readonly host: string;
  /** The underlying `node:http` server. */
  readonly server: Server;
  /** How many requests (preflights included) the server has received. */
  readonly requestCount: number;
  /** How many sockets are open right now (`server.getConnections`). */
  openConnections(): Promise<number>;
  /**
   * Forgets the `fail-first` counts (all, or one key's), so the same fault fails again.
   * @param key a fault key (`x-mock-fault-key` value); all keys when absent
   */
  resetFaultCounters(key?: string): void;
  /**
   * Stops the server: stops listening, ends pending waits and streams, and destroys every open
   * socket (keep-alive ones included). Resolves once the server is closed; safe to call twice.
   */
  close(): Promise<void>;
  /** `await using server = await startMockServer()` closes it at the end of the scope. */
  [Symbol.asyncDispose](): Promise<void>;
}

/** The handlers of the spec's operations, by `operationId`. */
const HANDLERS: Readonly<Record<string, OperationHandler>> = {
  createChatCompletion: handleChatCompletion,
};

function toServerFault(faults: string | FaultSpec | undefined): ServerFault | undefined {
  if (faults === undefined) return undefined;
  if (typeof faults === "string") {
    if (faults.trim() === "") return undefined;
    return { spec: parseFault(faults), key: faults.trim() };
  }
  return { spec: faults, key: JSON.stringify(faults) };
}

function formatHost(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

/**
 * Starts a mock maxtoken API server: a real HTTP server on loopback that serves the spec's
 * operation (`POST /v1/chat/completions`), checks the bearer key, validates request bodies
 * against the spec's own schema (ajv, compiled once here), answers deterministically, and
 * injects faults on request.
 *
 * ```ts
 * const server = await startMockServer({ port: 0 });
 * const client = new Maxtoken({ baseURL: server.url, apiKey: "sk-test" });
 * // ...
 * await server.close();
 * ```
 *
 * @throws when the spec cannot be loaded, `faults` cannot be parsed, or the port is taken.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const document = options.spec ?? (await loadMockSpec());
  const operations = listOperations(document);
  const validator = createSpecValidator(document);
  for (const operation of operations) {
    if (operation.requestSchemaPointer !== undefined) validator.compile(operation.requestSchemaPointer);
  }
  const counter = new FaultCounter();
  const state: ServerState = {
    operations,
    validator,
    handlers: HANDLERS,
    apiKey: options.apiKey,
    requireAuth: options.requireAuth ?? true,
    serverFault: toServerFault(options.faults),
    allowFaultHeader: options.faultHeader ?? true,
    latencyMs: options.latencyMs ?? 0,
    chunkDelayMs: options.chunkDelayMs ?? 0,
    seed: options.seed,
    counter,
    onRequest: options.onRequest,
  };
  const log = options.log;
  const sockets = new Set<Socket>();
  const active = new Set<AbortController>();
  let requestCount = 0;

  const server = createServer((request, response) => {
    requestCount++;
    const started = performance.now();
    const controller = new AbortController();
    active.add(controller);
    let faultText = "";
    response.on("close", () => {
      active.delete(controller);
      // Only an unfinished response (the client went away) has waits or a stream to stop.
      if (!response.writableFinished) controller.abort();
      if (log !== undefined) {
        const ms = Math.round(performance.now() - started);
        const outcome = response.writableFinished
          ? String(response.statusCode)
          : `${response.headersSent ? response.statusCode : "---"} (cut)`;
        log(
          `${request.method} ${request.url} ${outcome} ${String(response.getHeader("x-request-id"))} ${ms}ms${faultText === "" ? "" : ` fault: ${faultText}`}`,
        );
      }
    });
    handleRequest(state, request, response, controller.signal).then(
      (resolved) => {
        faultText = resolved?.text ?? "";
      },
      (error: unknown) => {
        if (!response.headersSent) {
          sendError(
            response,
            500,
            makeErrorBody(500, { message: `The mock server failed: ${(error as Error).message}` }),
          );
        } else {
          response.destroy();
        }
      },
    );
  });
  server.keepAliveTimeout = 5_000;
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${formatHost(host)}:${port}`;
  let closing: Promise<void> | undefined;

  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const controller of active) controller.abort();
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
    });
    return closing;
  };

  return {
    url: `${origin}${specBasePath(document)}`,
    origin,
    port,
    host,
    server,
    get requestCount() {
      return requestCount;
    },
    openConnections: () =>
      new Promise<number>((resolve, reject) =>
        server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
      ),
    resetFaultCounters: (key) => counter.reset(key),
    close,
    [Symbol.asyncDispose]: close,
  };
}
