// Memory is bounded by what the caller can expect, whatever the server sends.
import { describe, expect, test } from "vitest";
import { APIError, StreamError } from "../../src/index.ts";
import { endlessEvent, writeMany } from "../helpers/hostile-server.ts";
import { startServer } from "../helpers/http-test-server.ts";
import { body, chat, chatStream, clientFor, rejection, type TestChatStream } from "../helpers/test-client.ts";

const LIMIT = 16 * 1024;

async function iterate(server: Awaited<ReturnType<typeof startServer>>) {
  const stream = (await clientFor(server, { maxEventBytes: LIMIT }).request({
    ...chat,
    body,
    ...chatStream,
  })) as TestChatStream;
  return rejection(stream.finalText());
}

describe("memory bounds", () => {
  test("one SSE line without an end past maxEventBytes -> StreamError", async () => {
    const server = await startServer(endlessEvent("x", 4 * 1024 * 1024));
    const error = await iterate(server);
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toMatch(/maxEventBytes/);
  });

  test("one event of many data lines without its blank line past maxEventBytes -> StreamError", async () => {
    const server = await startServer(endlessEvent("data: xxxxxxxxxxxxxxxxxxxxxxxx\n", 4 * 1024 * 1024));
    const error = await iterate(server);
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toMatch(/maxEventBytes/);
  });

  test("a first event past the limit fails create() with a StreamError that is not retried", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      writeMany(response, "data: yyyyyyyy", 1024 * 1024);
    });
    const error = await rejection(
      clientFor(server, { maxEventBytes: LIMIT, maxRetries: 2 }).request({ ...chat, body, ...chatStream }),
    );
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toMatch(/maxEventBytes/);
    expect(server.requests).toHaveLength(1);
  });

  test("an error body is kept up to maxErrorBodyBytes and marked as cut", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(502, { "content-type": "text/html" });
      writeMany(response, "<p>bad gateway</p>", 8 * 1024 * 1024);
    });
    const error = (await rejection(
      clientFor(server, { maxErrorBodyBytes: LIMIT, maxRetries: 0 }).request({ ...chat, body }),
    )) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(502);
    expect(typeof error.body).toBe("string");
    const text = error.body as string;
    expect(text.startsWith("<p>bad gateway</p>")).toBe(true);
    expect(text.length).toBeLessThan(LIMIT + 200);
    expect(text).toMatch(/cut/);
  });

  test("a short error body is kept whole and not marked", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(502, { "content-type": "text/html" });
      response.end("<p>bad gateway</p>");
    });
    const error = (await rejection(
      clientFor(server, { maxErrorBodyBytes: LIMIT, maxRetries: 0 }).request({ ...chat, body }),
    )) as APIError;
    expect(error.body).toBe("<p>bad gateway</p>");
  });
});
