// What is retried, how long it waits, and what is never followed.
import { describe, expect, test } from "vitest";
import { APIConnectionError, APIError, StreamError } from "../../src/index.ts";
import { brokenBody, redirect } from "../helpers/hostile-server.ts";
import { chunk, errorBody, event, json, sseHead, startServer } from "../helpers/http-test-server.ts";
import { body, chat, chatStream, clientFor, KEY, rejection, type TestChatStream } from "../helpers/test-client.ts";

describe("retry-after that is not a valid future delay falls back to the backoff", () => {
  for (const header of ["-5", "-0.5", "Thu, 01 Jan 2001 00:00:00 GMT", "soon", "NaN", "1e400"]) {
    test(`retry-after: ${header}`, async () => {
      const seenAt: number[] = [];
      const server = await startServer((_request, response) => {
        seenAt.push(Date.now());
        json(response, 503, errorBody("busy", "server_error"), { "retry-after": header });
      });
      await rejection(clientFor(server, { maxRetries: 1 }).request({ ...chat, body }));
      expect(seenAt).toHaveLength(2);
      // The first backoff is 0.5 s minus up to 25 % jitter.
      expect(seenAt[1]! - seenAt[0]!).toBeGreaterThanOrEqual(350);
    });
  }

  test("retry-after-ms: -5 falls back too; a valid small retry-after-ms is still honoured", async () => {
    const seenAt: number[] = [];
    const server = await startServer((_request, response) => {
      seenAt.push(Date.now());
      json(response, 503, errorBody("busy", "server_error"), {
        "retry-after-ms": seenAt.length === 1 ? "-5" : "20",
      });
    });
    await rejection(clientFor(server, { maxRetries: 2 }).request({ ...chat, body }));
    expect(seenAt[1]! - seenAt[0]!).toBeGreaterThanOrEqual(350);
    // 20 ms asked: shorter than the backoff the first retry waited.
    expect(seenAt[2]! - seenAt[1]!).toBeLessThan(seenAt[1]! - seenAt[0]!);
  });
});

describe("after the status line", () => {
  test("a POST whose 200 body breaks mid-way is sent once (the server did the work)", async () => {
    const server = await startServer(brokenBody(JSON.stringify({ id: "x", choices: [], pad: "p".repeat(5000) })));
    const error = await rejection(clientFor(server, { maxRetries: 2 }).request({ ...chat, body }));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIConnectionError).isRetryable).toBe(false);
    expect(error.message).toMatch(/200/);
    expect(server.requests).toHaveLength(1);
  });

  test("error.attempts counts the requests made for a stream that fails while it is iterated", async () => {
    const server = await startServer((_request, response) => {
      if (server.requests.length === 1)
        return json(response, 500, errorBody("x", "server_error"), { "retry-after-ms": "1" });
      sseHead(response);
      response.write(event(chunk("a")));
      response.end(`event: error\ndata: ${JSON.stringify(errorBody("later", "server_error"))}\n\n`);
    });
    const stream = (await clientFor(server, { maxRetries: 2 }).request({
      ...chat,
      body,
      ...chatStream,
    })) as TestChatStream;
    const error = await rejection(stream.finalText());
    expect(error).toBeInstanceOf(StreamError);
    expect((error as StreamError).attempts).toBe(2);
  });
});

describe("redirects are not followed", () => {
  for (const status of [301, 302, 303, 307, 308]) {
    test(`${status} to another origin: a typed error; nothing reaches the other origin`, async () => {
      const other = await startServer((_request, response) => json(response, 200, { stolen: true }));
      const server = await startServer(redirect(status, `${other.url}/v1/chat/completions`));
      const error = await rejection(
        clientFor(server, { maxRetries: 2, defaultHeaders: { "x-secret-team": "t" } }).request({ ...chat, body }),
      );
      expect(error).toBeInstanceOf(APIError);
      expect((error as APIError).status).toBe(status);
      expect(error.message).toMatch(/redirect/i);
      expect(error.message).toContain(other.url);
      expect((error as APIError).isRetryable).toBe(false);
      expect(other.requests).toHaveLength(0);
      expect(server.requests).toHaveLength(1);
      expect(JSON.stringify(error)).not.toContain(KEY);
    });
  }
});

describe("one AbortSignal shared by many requests", () => {
  test("prints no MaxListenersExceededWarning", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      const server = await startServer(async (_request, response) => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        json(response, 200, { ok: 1 });
      });
      const client = clientFor(server);
      const controller = new AbortController();
      const results = await Promise.all(
        Array.from({ length: 30 }, () => client.request({ ...chat, body }, { signal: controller.signal })),
      );
      expect(results).toHaveLength(30);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).not.toContain("MaxListenersExceededWarning");
  });

  test("aborting the shared signal still aborts every request in flight", async () => {
    const server = await startServer(() => {});
    const client = clientFor(server);
    const controller = new AbortController();
    const pending = Array.from({ length: 12 }, () =>
      rejection(client.request({ ...chat, body }, { signal: controller.signal })),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    for (const error of await Promise.all(pending)) expect(error.name).toBe("APIUserAbortError");
  });
});
