// Answers of the wrong kind become typed errors that keep what the server said.
import { describe, expect, test } from "vitest";
import { APIError, ChatStream, MaxtokenError, RateLimitError, Stream, StreamError } from "../../src/index.ts";
import { events } from "../helpers/hostile-server.ts";
import { errorBody, json, startServer } from "../helpers/http-test-server.ts";
import { body, chat, chatStream, clientFor, rejection, type TestChatStream } from "../helpers/test-client.ts";

describe("a stream request answered with something else", () => {
  test("a JSON error object with a 200 becomes the matching APIError subclass, with status and body", async () => {
    const server = await startServer((_request, response) =>
      json(response, 200, errorBody("slow down", "rate_limit_error"), { "x-request-id": "req_9" }),
    );
    const error = (await rejection(
      clientFor(server, { maxRetries: 0 }).request({ ...chat, body, ...chatStream }),
    )) as APIError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.status).toBe(200);
    expect(error.requestId).toBe("req_9");
    expect(error.body).toEqual(errorBody("slow down", "rate_limit_error"));
    expect(error.message).toContain("slow down");
  });

  test("an HTML page keeps the status, the content type and the body", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end("<html><body>Please log in to the captive portal</body></html>");
    });
    const error = (await rejection(
      clientFor(server, { maxRetries: 0 }).request({ ...chat, body, ...chatStream }),
    )) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(200);
    expect(error.message).toContain("text/html");
    expect(error.body).toContain("captive portal");
    expect(error.isRetryable).toBe(false);
  });
});

describe("stream events that are not chunks", () => {
  for (const payload of ["null", "5", '"text"', "[1,2]"]) {
    test(`data: ${payload} -> StreamError with the payload`, async () => {
      const server = await startServer(events('{"choices":[{"index":0,"delta":{"content":"a"}}]}', payload));
      const stream = (await clientFor(server).request({ ...chat, body, ...chatStream })) as TestChatStream;
      const seen: unknown[] = [];
      const error = await rejection(
        (async () => {
          for await (const item of stream) seen.push(item);
        })(),
      );
      expect(error).toBeInstanceOf(StreamError);
      expect(seen).toHaveLength(1);
      expect((error as StreamError).body).toEqual(JSON.parse(payload));
    });
  }
});

describe("Stream.fromReadableStream", () => {
  const bytes = (text: string) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });

  test("a line that is not JSON -> StreamError with the line, not a raw SyntaxError", async () => {
    const stream = Stream.fromReadableStream<unknown>(bytes('{"a":1}\nnot json\n'));
    const seen: unknown[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of stream) seen.push(item);
      })(),
    );
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toBeInstanceOf(MaxtokenError);
    expect((error as StreamError).body).toBe("not json");
    expect(seen).toEqual([{ a: 1 }]);
  });

  test("a line that is JSON but not an object -> StreamError", async () => {
    const error = await rejection(ChatStream.fromReadableStream(bytes("null\n")).finalText());
    expect(error).toBeInstanceOf(StreamError);
  });
});

describe("an answer with no body", () => {
  for (const status of [200, 204]) {
    test(`a ${status} with an empty body where JSON is promised is an error, sent once`, async () => {
      const server = await startServer((_request, response) => {
        response.writeHead(status);
        response.end();
      });
      const error = await rejection(clientFor(server).request({ ...chat, body }));
      expect(error).toBeInstanceOf(MaxtokenError);
      expect((error as Error).message).toContain("empty body");
      expect((error as MaxtokenError).isRetryable).toBe(false);
      expect(server.requests).toHaveLength(1);
    });
  }

  test("an operation that answers nothing (responseKind empty) resolves to undefined on a 204", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(204);
      response.end();
    });
    await expect(clientFor(server).request({ ...chat, body, responseKind: "empty" })).resolves.toBeUndefined();
  });
});
