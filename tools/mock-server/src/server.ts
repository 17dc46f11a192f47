import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { resolve } from "node:path";
import { makeErrorBody } from "./error-body.ts";
import { FaultCounter } from "./faults/fault-counter.ts";
import type { FaultSpec } from "./faults/fault-spec.ts";
import { parseFault } from "./faults/parse-fault.ts";
import type { ServerFault } from "./faults/resolve-fault.ts";
import { handleChatCompletion } from "./handle-chat-completion.ts";
import { handleRequest, type ServerState } from "./handle-request.ts";
import { loadSpecFile } from "./load-spec-file.ts";
import { specBasePath } from "./operations.ts";
import type { RecordedRequest } from "./recorded-request.ts";
import type { OperationHandler } from "./request-context.ts";
import { sendError } from "./send.ts";
import { prepareSpec, type ServedSpec } from "./served-spec.ts";
import { loadMockSpec, type SpecDocument } from "./spec.ts";
import { SpecError } from "./spec-error.ts";

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
  /**
   * The spec to serve: a path to an OpenAPI 3.x file (YAML or JSON; `$ref`s to other files are
   * bundled), or a bundled document. Default: the maxtoken spec ({@link loadMockSpec}).
   */
  spec?: string | SpecDocument;
  /**
   * Hand-written answers for some operations, keyed by `operationId`, or by a name that
   * operations give in their `x-mock-handler` extension. Without one, an operation answers from
   * the spec (examples, else values synthesised from its schemas). A handler runs after the
   * checks (key, parameters, body, fault status) and may call `context.answerFromSpec()`.
   * Built-in names for `x-mock-handler`: `chat-completion` (the chat completions reply) and
   * `spec` (the answer from the spec); `createChatCompletion` gets `chat-completion` unless its
   * `x-mock-handler` says otherwise.
   */
  handlers?: Readonly<Record<string, OperationHandler>>;
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

/** The handlers `x-mock-handler` may name without the `handlers` option; `spec` answers from the spec. */
const BUILT_IN_HANDLERS: Readonly<Record<string, OperationHandler | null>> = {
  "chat-completion": handleChatCompletion,
  spec: null,
};

/** The operation that gets the chat completions reply without an `x-mock-handler`. */
const CHAT_OPERATION_ID = "createChatCompletion";

/**
 * Decides each operation's handler: the `handlers` option by `operationId`, else the name of
 * its `x-mock-handler` (in the option, else built in), else the chat reply for
 * `createChatCompletion`; the others answer from the spec.
 *
 * @throws {SpecError} for an `x-mock-handler` name nothing defines.
 * @throws {Error} for a `handlers` key that names no operation and no `x-mock-handler`.
 */
function resolveHandlers(
  spec: ServedSpec,
  custom: Readonly<Record<string, OperationHandler>>,
): Map<string, OperationHandler> {
  const handlers = new Map<string, OperationHandler>();
  const used = new Set<string>();
  for (const operation of spec.operations) {
    const { operationId, handlerName } = operation;
    let handler: OperationHandler | null | undefined;
    if (Object.hasOwn(custom, operationId)) {
      handler = custom[operationId];
      used.add(operationId);
    } else if (handlerName !== undefined) {
      if (Object.hasOwn(custom, handlerName)) {
        handler = custom[handlerName];
        used.add(handlerName);
      } else if (Object.hasOwn(BUILT_IN_HANDLERS, handlerName)) {
        handler = BUILT_IN_HANDLERS[handlerName];
      } else {
        throw new SpecError(
          spec.file,
          `${operation.pointer}/x-mock-handler`,
          `unknown handler "${handlerName}": give it in the handlers option, or use a built-in one (${Object.keys(BUILT_IN_HANDLERS).join(", ")})`,
        );
      }
    } else if (operationId === CHAT_OPERATION_ID) {
      handler = handleChatCompletion;
    }
    if (handler) handlers.set(operationId, handler);
  }
  const unused = Object.keys(custom).filter((name) => !used.has(name));
  if (unused.length > 0) {
    throw new Error(
      `The handlers option names ${unused.join(", ")}, which is neither an operationId nor an x-mock-handler of the spec.`,
    );
  }
  return handlers;
}

async function serveSpec(spec: string | SpecDocument | undefined): Promise<ServedSpec> {
  if (typeof spec === "string") return prepareSpec(await loadSpecFile(spec), resolve(spec));
  if (spec !== undefined) return prepareSpec(spec, "<spec option>");
  return prepareSpec(await loadMockSpec(), "the maxtoken spec");
}

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
 * Starts a mock API server: a real HTTP server on loopback that serves every operation of a
 * spec (the maxtoken spec by default): it checks the key, validates parameters and bodies against
 * the spec's own schemas (ajv, compiled once here), answers deterministically (the chat reply,
 * a handler's answer, or the spec's examples and schemas), and injects faults on request.
 *
 * ```ts
 * const server = await startMockServer({ port: 0 });
 * const client = new Maxtoken({ baseURL: server.url, apiKey: "sk-test" });
 * // ...
 * await server.close();
 * ```
 *
 * @throws {SpecError} when the spec cannot be loaded or served (the file, the pointer and the reason).
 * @throws when `faults` cannot be parsed, `handlers` names nothing in the spec, or the port is taken.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const spec = await serveSpec(options.spec);
  const counter = new FaultCounter();
  const state: ServerState = {
    spec,
    handlers: resolveHandlers(spec, options.handlers ?? {}),
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
    url: `${origin}${specBasePath(spec.document)}`,
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
