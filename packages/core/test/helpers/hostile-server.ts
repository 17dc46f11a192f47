// Answers of a hostile server or a broken proxy, as handlers for `startServer`: each one is a way a
// real server has misbehaved (stalls, echoed keys, endless lines, redirects, wrong content types).
import type { ServerResponse } from "node:http";
import type { Handler } from "./http-test-server.ts";
import { chunk, event, sseHead } from "./http-test-server.ts";

/** Sends the status line and headers, then nothing: the body never ends. */
export function stallAfterHeaders(contentType = "application/json", firstBytes = ""): Handler {
  return (_request, response) => {
    response.writeHead(200, { "content-type": contentType });
    response.flushHeaders();
    if (firstBytes) response.write(firstBytes);
  };
}

/** A stream that sends only keep-alive comments, every `everyMs`, and never an event. */
export function commentsOnly(everyMs = 50): Handler {
  return (_request, response) => {
    sseHead(response);
    const timer = setInterval(() => response.write(": keep-alive\n\n"), everyMs);
    response.on("close", () => clearInterval(timer));
  };
}

/** An error status whose reason phrase (status text) carries `text`. */
export function reasonPhrase(status: number, text: string, body = ""): Handler {
  return (_request, response) => {
    response.writeHead(status, text, { "content-type": "text/plain" });
    response.end(body);
  };
}

/** Writes `total` bytes of `unit` (repeated) as fast as the client reads, then ends with `tail`. */
export function writeMany(response: ServerResponse, unit: string, total: number, tail = ""): void {
  const block = unit.repeat(Math.max(1, Math.floor(65_536 / unit.length)));
  let sent = 0;
  const pump = () => {
    while (sent < total) {
      sent += block.length;
      if (!response.write(block)) return void response.once("drain", pump);
    }
    response.end(tail);
  };
  response.on("error", () => {});
  pump();
}

/** A stream whose first event is fine, then one line (or event) that grows without an end. */
export function endlessEvent(unit: string, total: number): Handler {
  return (_request, response) => {
    sseHead(response);
    response.write(event(chunk("hi")));
    writeMany(response, unit, total);
  };
}

/** A redirect to `location` with `status`. */
export function redirect(status: number, location: string): Handler {
  return (_request, response) => {
    response.writeHead(status, { location, "content-type": "text/plain" });
    response.end(`see ${location}`);
  };
}

/** A 200 whose body is cut after its first half (the connection is destroyed). */
export function brokenBody(text: string): Handler {
  return (_request, response) => {
    response.writeHead(200, { "content-type": "application/json", "content-length": String(text.length) });
    response.write(text.slice(0, text.length >> 1));
    setTimeout(() => response.destroy(), 20);
  };
}

/** A stream of the given events (raw `data:` payloads), then `[DONE]`. */
export function events(...payloads: string[]): Handler {
  return (_request, response) => {
    sseHead(response);
    for (const payload of payloads) response.write(`data: ${payload}\n\n`);
    response.end("data: [DONE]\n\n");
  };
}
