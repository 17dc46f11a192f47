import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { APIConnectionError, APITimeoutError, APIUserAbortError, StreamError } from "../src/index.ts";
import { chunk, event, json, sleep, sseHead, startServer } from "./helpers/http-test-server.ts";
import { body, chat, chatStream, clientFor, rejection, type TestChatStream } from "./helpers/test-client.ts";

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on("unhandledRejection", onUnhandled);
});
afterEach(async () => {
  await sleep(30);
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
});

const streamCall = { ...chat, body: { ...body, stream: true }, ...chatStream } as const;

describe("timeout", () => {
  test("a slow server times out with APITimeoutError (retried like a connection error)", async () => {
    const server = await startServer(async (_request, response) => {
      await sleep(4000);
      json(response, 200, {});
    });
    const started = Date.now();
    const error = (await rejection(
      clientFor(server, { timeout: 300, maxRetries: 1 }).request({ ...chat, body }),
    )) as APITimeoutError;
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.attempts).toBe(2);
    expect(error.message).toContain("timed out after 300 ms waiting for response headers");
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test("the timeout is per attempt and per request; a fast answer within it succeeds", async () => {
    let count = 0;
    const server = await startServer(async (_request, response) => {
      if (++count === 1) await sleep(400);
      json(response, 200, { count });
    });
    const data = await clientFor(server).request({ ...chat, body }, { timeout: 150 });
    expect(data).toEqual({ count: 2 });
  });

  test("the timeout covers the wait for the first event: a stream may last longer", async () => {
    const server = await startServer(async (_request, response) => {
      sseHead(response);
      for (const word of ["a", "b", "c"]) {
        response.write(event(chunk(word)));
        await sleep(80);
      }
      response.end(event(chunk(null, "stop")));
    });
    const stream = await clientFor(server, { timeout: 100 }).request<TestChatStream>(streamCall);
    expect(await stream.finalText()).toBe("abc");
  });
});

describe("idle timeout", () => {
  test("a stalled stream fails with StreamError, the body is cancelled, no retry after the first byte", async () => {
    const server = await startServer(async (_request, response) => {
      sseHead(response);
      response.write(event(chunk("Hel")));
      await sleep(8000);
      response.end(event("[DONE]"));
    });
    const stream = await clientFor(server, { idleTimeout: 150 }).request<TestChatStream<ReturnType<typeof chunk>>>(
      streamCall,
    );
    const seen: string[] = [];
    const started = Date.now();
    const error = await rejection(
      (async () => {
        for await (const item of stream) seen.push(item.choices[0]!.delta.content!);
      })(),
    );
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toContain("nothing for 150 ms (idleTimeout)");
    expect((error as StreamError).isRetryable).toBe(false);
    expect(seen).toEqual(["Hel"]);
    expect(Date.now() - started).toBeLessThan(4000);
    await server.aborted;
    expect(server.requests).toHaveLength(1);
  });

  test("a stream that stalls before its first byte is retried; per-request idleTimeout", async () => {
    let count = 0;
    const server = await startServer(async (_request, response) => {
      sseHead(response, { "retry-after-ms": "1" });
      if (++count === 1) return; // never sends anything
      response.end(event(chunk("ok", "stop")));
    });
    const stream = await clientFor(server).request<TestChatStream>(streamCall, { idleTimeout: 100 });
    expect(await stream.finalText()).toBe("ok");
    expect(server.requests).toHaveLength(2);
  });

  test("chunks arriving in time keep the stream alive", async () => {
    const server = await startServer(async (_request, response) => {
      sseHead(response);
      for (let i = 0; i < 5; i++) {
        response.write(event(chunk(String(i))));
        await sleep(40);
      }
      response.end(event("[DONE]"));
    });
    const stream = await clientFor(server, { idleTimeout: 200 }).request<TestChatStream>(streamCall);
    expect(await stream.finalText()).toBe("01234");
  });
});

describe("user abort", () => {
  test("a signal aborted before the call: APIUserAbortError, nothing sent", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    const controller = new AbortController();
    controller.abort();
    const error = (await rejection(
      clientFor(server).request({ ...chat, body }, { signal: controller.signal }),
    )) as APIUserAbortError;
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.attempts).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  test("aborting while waiting for headers: APIUserAbortError, the connection is closed, no retry", async () => {
    const server = await startServer(async (_request, response) => {
      await sleep(3000);
      json(response, 200, {});
    });
    const controller = new AbortController();
    const pending = clientFor(server).request({ ...chat, body }, { signal: controller.signal });
    await sleep(100);
    controller.abort();
    const error = await rejection(pending);
    expect(error).toBeInstanceOf(APIUserAbortError);
    await server.aborted;
    expect(server.requests).toHaveLength(1);
  });

  test("aborting during the backoff between retries stops at once", async () => {
    const server = await startServer((_request, response) => json(response, 503, {}, { "retry-after-ms": "5000" }));
    const controller = new AbortController();
    const pending = clientFor(server).request({ ...chat, body }, { signal: controller.signal });
    await sleep(300);
    const started = Date.now();
    controller.abort();
    const error = (await rejection(pending)) as APIUserAbortError;
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.attempts).toBe(1);
    expect(Date.now() - started).toBeLessThan(500);
    expect(server.requests).toHaveLength(1);
  });

  test("a signal aborting during a stream: the iteration rejects, the connection is closed", async () => {
    const server = await startServer(async (_request, response) => {
      sseHead(response);
      for (let i = 0; i < 100; i++) {
        if (response.destroyed) return;
        response.write(event(chunk(String(i))));
        await sleep(30);
      }
      response.end(event("[DONE]"));
    });
    const controller = new AbortController();
    const stream = await clientFor(server).request<TestChatStream>(streamCall, { signal: controller.signal });
    let seen = 0;
    const error = await rejection(
      (async () => {
        for await (const _item of stream) if (++seen === 2) controller.abort();
      })(),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(seen).toBe(2);
    await server.aborted;
    expect(server.openResponses.size).toBe(0);
    expect(await server.busySockets()).toBe(0);
  });

  test("stream.controller.abort() while nobody reads: the next read rejects; no unhandled rejection", async () => {
    const server = await startServer(async (_request, response) => {
      sseHead(response);
      response.write(event(chunk("a")));
      await sleep(2000);
      response.end(event("[DONE]"));
    });
    const stream = await clientFor(server).request<TestChatStream>(streamCall);
    stream.controller.abort();
    await server.aborted;
    const error = await rejection(
      (async () => {
        for await (const _item of stream);
      })(),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
  });

  test("a signal aborting while the first event is awaited rejects the request", async () => {
    const server = await startServer(async (_request, response) => {
      sseHead(response);
      await sleep(3000);
      response.end(event("[DONE]"));
    });
    const controller = new AbortController();
    const pending = clientFor(server).request<TestChatStream>(streamCall, { signal: controller.signal });
    await sleep(150);
    controller.abort();
    expect(await rejection(pending)).toBeInstanceOf(APIUserAbortError);
    await server.aborted;
    expect(server.requests).toHaveLength(1);
  });
});
