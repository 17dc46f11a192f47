import { getEventListeners } from "node:events";
import { describe, expect, test } from "vitest";
import { APIPromise, AuthenticationError } from "../src/index.ts";
import { chunk, errorBody, event, json, sseHead, startServer } from "./helpers/http-test-server.ts";
import { body, chat, chatStream, clientFor, type TestChatStream } from "./helpers/test-client.ts";

describe("APIPromise", () => {
  test("then/catch/finally work like a promise and return plain promises", async () => {
    const server = await startServer((_request, response) => json(response, 200, { n: 1 }));
    const promise = clientFor(server).request<{ n: number }>({ ...chat, body });
    const chained = promise.then((data) => data.n + 1);
    expect(chained).not.toBeInstanceOf(APIPromise);
    expect(await chained).toBe(2);
    let finished = false;
    expect(await promise.finally(() => (finished = true))).toEqual({ n: 1 });
    expect(finished).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  test("a failure rejects await, catch and withResponse alike", async () => {
    const server = await startServer((_request, response) =>
      json(response, 401, errorBody("nope", "authentication_error")),
    );
    const promise = clientFor(server).request({ ...chat, body });
    expect(await promise.catch((error: unknown) => error)).toBeInstanceOf(AuthenticationError);
    await expect(promise.withResponse()).rejects.toBeInstanceOf(AuthenticationError);
    await expect(promise).rejects.toBeInstanceOf(AuthenticationError);
  });

  test("the request starts at once, even before anyone awaits", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    const promise = clientFor(server).request({ ...chat, body });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.requests).toHaveLength(1);
    await promise;
  });
});

describe("a caller's signal", () => {
  test("its abort listener is removed once a request or a stream is done", async () => {
    const server = await startServer((request, response) => {
      if (request.headers.accept === "text/event-stream") {
        sseHead(response);
        response.end(event(chunk("x", "stop")));
      } else json(response, 200, {});
    });
    const controller = new AbortController();
    const client = clientFor(server);
    await client.request({ ...chat, body }, { signal: controller.signal });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    const stream = await client.request<TestChatStream>(
      { ...chat, body, ...chatStream },
      { signal: controller.signal },
    );
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(1);
    await stream.finalText();
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});
