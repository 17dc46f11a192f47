// @ts-check
// The bench server: node:http on 127.0.0.1, a random port, run in its own process (see
// start-server.mjs) so that serving never competes with the clients for the event loop.
//
//   POST /v1/chat/completions                 -> the ~1 KB chat.completion (stream absent/false)
//   POST /chunks-<n>/v1/chat/completions      -> with "stream": true, an SSE stream of n chunks
//                                                and `data: [DONE]` (n defaults to 100)
//
// The stream's bytes are built once per n and written in 1 MB slices (respecting backpressure),
// so the server is never the bottleneck. A request without the bench key gets 401, a body that
// is not a chat request gets 400: a client that sends the wrong thing fails its check.
import { createServer } from "node:http";
import { API_KEY, completion, sseBody } from "./payloads.mjs";

const ROUTE = /^\/(?:chunks-(\d{1,7})\/)?v1\/chat\/completions$/;
const SLICE_BYTES = 1 << 20;
const DEFAULT_CHUNKS = 100;

const completionBody = Buffer.from(JSON.stringify(completion()), "utf8");
/** @type {Map<number, Buffer>} */
const streams = new Map();
let nextRequestId = 0;

/** @param {number} count */
function streamBody(count) {
  let body = streams.get(count);
  if (!body) {
    if (streams.size > 8) streams.clear();
    body = sseBody(count);
    streams.set(count, body);
  }
  return body;
}

/**
 * @param {import("node:http").ServerResponse} response
 * @param {number} status
 * @param {string} message
 */
function fail(response, status, message) {
  const body = JSON.stringify({ error: { message, type: "invalid_request_error", code: null, param: null } });
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  response.end(body);
}

/**
 * Writes `body` in large slices, waiting for `drain` when the socket is full; stops if the client
 * goes away (a client that breaks out of its loop cancels the body).
 * @param {import("node:http").ServerResponse} response
 * @param {Buffer} body
 */
async function writeAll(response, body) {
  for (let offset = 0; offset < body.length; offset += SLICE_BYTES) {
    if (response.destroyed) return;
    if (!response.write(body.subarray(offset, offset + SLICE_BYTES))) {
      await new Promise((resolve) => {
        const done = () => {
          response.off("drain", done);
          response.off("close", done);
          resolve(undefined);
        };
        response.on("drain", done);
        response.on("close", done);
      });
    }
  }
  if (!response.destroyed) response.end();
}

const server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
  const route = request.method === "POST" ? ROUTE.exec(request.url ?? "") : null;
  if (!route) return fail(response, 404, `No route for ${request.method} ${request.url}`);
  /** @type {Buffer[]} */
  const parts = [];
  request.on("data", (part) => parts.push(part));
  request.on("end", () => {
    if (request.headers.authorization !== `Bearer ${API_KEY}`)
      return fail(response, 401, "Missing or wrong bench API key.");
    let body;
    try {
      body = JSON.parse(Buffer.concat(parts).toString("utf8"));
    } catch {
      return fail(response, 400, "The request body is not JSON.");
    }
    if (typeof body?.model !== "string" || !Array.isArray(body.messages) || body.messages.length === 0) {
      return fail(response, 400, "A chat request needs model and messages.");
    }
    const requestId = `req_bench_${++nextRequestId}`;
    if (body.stream === true) {
      const count = route[1] === undefined ? DEFAULT_CHUNKS : Number(route[1]);
      const bytes = streamBody(count);
      response.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache",
        "x-request-id": requestId,
      });
      void writeAll(response, bytes);
    } else {
      response.writeHead(200, {
        "content-type": "application/json",
        "content-length": completionBody.length,
        "x-request-id": requestId,
      });
      response.end(completionBody);
    }
  });
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  if (process.send) process.send({ port });
  else console.log(`bench server on http://127.0.0.1:${port}`);
});

// The parent ends us by closing the IPC channel (or by a signal); never outlive it.
process.on("disconnect", () => process.exit(0));
