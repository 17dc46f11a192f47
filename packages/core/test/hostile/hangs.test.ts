// `timeout` bounds each attempt until the SDK holds what it reads itself: the whole body of a
// non-streamed answer, a stream's first event. A stalled server cannot hang a call. Timeouts are
// 1 s so that, on a loaded machine, the headers (sent at once) still arrive within them.
import { describe, expect, test } from "vitest";
import { APITimeoutError, StreamError } from "../../src/index.ts";
import { commentsOnly, stallAfterHeaders } from "../helpers/hostile-server.ts";
import { chunk, event, sseHead, startServer } from "../helpers/http-test-server.ts";
import { body, chat, chatStream, clientFor, rejection, type TestChatStream } from "../helpers/test-client.ts";

describe("no stalled server hangs a call", () => {
  test("a non-streamed answer whose body stalls after the headers times out (and is not retried)", async () => {
    const server = await startServer(stallAfterHeaders("application/json", '{"id":'));
    const started = Date.now();
    const error = await rejection(clientFor(server, { timeout: 1_000, maxRetries: 2 }).request({ ...chat, body }));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toMatch(/1000 ms/);
    expect(error.message).toMatch(/whole response|body/);
    expect(Date.now() - started).toBeLessThan(6_000);
    // A 200 arrived: the server may have done the work, so the POST is not sent again.
    expect(server.requests).toHaveLength(1);
  });

  test("an error answer whose body stalls still settles within the timeout", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(500, { "content-type": "application/json" });
      response.write('{"error":');
    });
    const started = Date.now();
    const error = await rejection(clientFor(server, { timeout: 1_000, maxRetries: 0 }).request({ ...chat, body }));
    expect(error.name).toMatch(/InternalServerError|APITimeoutError/);
    expect(Date.now() - started).toBeLessThan(6_000);
  });

  test("a stream that sends headers and no event times out before create() resolves", async () => {
    const server = await startServer(stallAfterHeaders("text/event-stream"));
    const started = Date.now();
    const error = await rejection(
      clientFor(server, { timeout: 1_000, maxRetries: 0 }).request({ ...chat, body, ...chatStream }),
    );
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toMatch(/first event/);
    expect(Date.now() - started).toBeLessThan(6_000);
  });

  test("keep-alive comments do not stretch `timeout` past the first event", async () => {
    const server = await startServer(commentsOnly(50));
    const started = Date.now();
    const error = await rejection(
      clientFor(server, { timeout: 1_000, maxRetries: 0 }).request({ ...chat, body, ...chatStream }),
    );
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(Date.now() - started).toBeLessThan(6_000);
  });

  test("after the first event, `timeout` no longer applies: a slow stream outlives it", async () => {
    const server = await startServer(async (_request, response) => {
      sseHead(response);
      for (const word of ["a", "b", "c"]) {
        response.write(event(chunk(word)));
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      response.end(`${event(chunk(null, "stop"))}data: [DONE]\n\n`);
    });
    const stream = (await clientFor(server, { timeout: 600 }).request({
      ...chat,
      body,
      ...chatStream,
    })) as TestChatStream;
    expect(await stream.finalText()).toBe("abc");
  });

  test("idleTimeout: keep-alive comments count as activity between events", async () => {
    const server = await startServer(async (_request, response) => {
      sseHead(response);
      response.write(event(chunk("a")));
      for (let i = 0; i < 6; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        response.write(": ping\n\n");
      }
      response.end(`${event(chunk("b", "stop"))}data: [DONE]\n\n`);
    });
    const stream = (await clientFor(server, { idleTimeout: 300 }).request({
      ...chat,
      body,
      ...chatStream,
    })) as TestChatStream;
    expect(await stream.finalText()).toBe("ab");
  });

  test("idleTimeout still ends a stream that goes silent after its first event", async () => {
    const server = await startServer((_request, response) => {
      sseHead(response);
      response.write(event(chunk("a")));
    });
    const stream = (await clientFor(server, { idleTimeout: 200 }).request({
      ...chat,
      body,
      ...chatStream,
    })) as TestChatStream;
    expect(await rejection(stream.finalText())).toBeInstanceOf(StreamError);
  });
});
