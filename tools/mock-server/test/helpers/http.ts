// A small HTTP client over node:http that never throws: it records the status, headers, body,
// when each piece arrived, and how the exchange ended (complete, cut, reset).
import { type Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";

/** One server-sent event as read off the wire. */
export interface SseEvent {
  event?: string;
  data: string;
}

/** What a request got back. */
export interface HttpResult {
  /** The status, or undefined when no response arrived (e.g. a reset). */
  status: number | undefined;
  headers: IncomingHttpHeaders;
  body: string;
  /** Each body piece with the milliseconds since the request was sent. */
  pieces: Array<{ at: number; text: string }>;
  /** Milliseconds until the response headers arrived. */
  headersAt: number | undefined;
  /** Whether the whole body arrived (false when the connection was cut). */
  complete: boolean;
  /** The error the exchange ended with, if any (e.g. ECONNRESET). */
  error: (Error & { code?: string }) | undefined;
  /** The body parsed as server-sent events. */
  events(): SseEvent[];
  /** The body parsed as JSON. */
  json(): any;
}

export interface SendOptions {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string or bytes as they are. */
  body?: unknown;
  /** How the answer's bytes become `body`: `latin1` keeps one character per byte (for binary answers). */
  encoding?: "utf8" | "latin1";
  /** Default: a fresh connection (agent: false). */
  agent?: Agent | false;
  /** Bearer key; default "sk-test"; null sends no Authorization header. */
  apiKey?: string | null;
}

/** Parses an SSE body: events separated by blank lines, `event:` and `data:` fields. */
export function parseSse(text: string): SseEvent[] {
  const events: SseEvent[] = [];
  for (const block of text.split("\n\n")) {
    if (block.trim() === "") continue;
    const event: SseEvent = { data: "" };
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) event.event = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
    }
    event.data = data.join("\n");
    events.push(event);
  }
  return events;
}

/** A valid chat request body, with overrides. */
export function chatBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: "claude-opus-4-6", messages: [{ role: "user", content: "Hello there, mock" }], ...overrides };
}

/** Sends one request to `origin` + `path` (default POST /v1/chat/completions). */
export function send(origin: string, options: SendOptions = {}): Promise<HttpResult> {
  const started = performance.now();
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === "string" || Buffer.isBuffer(options.body)
        ? options.body
        : JSON.stringify(options.body);
  const headers: Record<string, string> = { ...options.headers };
  if (options.apiKey !== null) headers.authorization ??= `Bearer ${options.apiKey ?? "sk-test"}`;
  if (body !== undefined) headers["content-type"] ??= "application/json";
  const result: HttpResult = {
    status: undefined,
    headers: {},
    body: "",
    pieces: [],
    headersAt: undefined,
    complete: false,
    error: undefined,
    events: () => parseSse(result.body),
    json: () => JSON.parse(result.body),
  };
  return new Promise((resolve) => {
    let settled = false;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      result.body = result.pieces.map((piece) => piece.text).join("");
      resolve(result);
    };
    const outgoing = httpRequest(
      `${origin}${options.path ?? "/v1/chat/completions"}`,
      { method: options.method ?? "POST", headers, agent: options.agent ?? false },
      (incoming) => {
        result.status = incoming.statusCode;
        result.headers = incoming.headers;
        result.headersAt = performance.now() - started;
        incoming.setEncoding(options.encoding ?? "utf8");
        incoming.on("data", (text: string) => result.pieces.push({ at: performance.now() - started, text }));
        incoming.on("end", () => {
          result.complete = incoming.complete;
          finish();
        });
        incoming.on("error", (error) => {
          result.error = error;
          finish();
        });
        incoming.on("close", () => {
          result.complete = incoming.complete;
          finish();
        });
      },
    );
    outgoing.on("error", (error) => {
      result.error = error;
      finish();
    });
    outgoing.end(body);
  });
}

/** A multipart/form-data body built by the platform's own `FormData`, with its content type. */
export async function multipart(fields: Record<string, string | Blob>): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, value, "upload.bin");
  }
  const encoded = new Response(form);
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get("content-type")! };
}
