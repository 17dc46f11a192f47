import { describe, expect, test } from "vitest";
import {
  APIConnectionError,
  type APIError,
  BadRequestError,
  InternalServerError,
  RateLimitError,
} from "../src/index.ts";
import { retryDelayMs } from "../src/retry/backoff.ts";
import { retryAfterMs } from "../src/retry/retry-after.ts";
import { shouldRetry } from "../src/retry/should-retry.ts";
import { errorBody, json, startServer } from "./helpers/http-test-server.ts";
import { body, chat, clientFor, rejection } from "./helpers/test-client.ts";

/** Answers the listed statuses in order (each with `headers`), then 200. */
function sequence(statuses: number[], headers: Record<string, string> = { "retry-after-ms": "1" }) {
  let index = 0;
  return startServer((_request, response) => {
    const status = statuses[index++];
    if (status === undefined) json(response, 200, { ok: true, attempt: index });
    else json(response, status, errorBody(`failure ${index}`, "server_error"), headers);
  });
}

describe("retries over HTTP", () => {
  test("503 then 200: retried, the body is sent again in full", async () => {
    const server = await sequence([503]);
    const { data, response } = await clientFor(server)
      .request({ ...chat, body }, { extraBody: { x: 1 } })
      .withResponse();
    expect(data).toEqual({ ok: true, attempt: 2 });
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
    expect(JSON.parse(server.requests[1]!.body)).toEqual({ ...body, x: 1 });
    expect(server.requests[1]!.body).toBe(server.requests[0]!.body);
  });

  test.each([408, 409, 429, 500, 502, 529])("%i is retried", async (status) => {
    const server = await sequence([status]);
    await clientFor(server).request({ ...chat, body });
    expect(server.requests).toHaveLength(2);
  });

  test.each([400, 401, 403, 404, 422])("%i is not retried", async (status) => {
    const server = await sequence([status, status, status]);
    const error = (await rejection(clientFor(server).request({ ...chat, body }))) as APIError;
    expect(error.status).toBe(status);
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  test("maxRetries bounds the attempts; attempts are counted in the error and the message", async () => {
    const server = await sequence([500, 500, 500, 500, 500]);
    const error = (await rejection(clientFor(server).request({ ...chat, body }))) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.attempts).toBe(3);
    expect(error.message).toContain("after 3 attempts");
    expect(error.message).toContain("failure 3");
    expect(server.requests).toHaveLength(3);

    const once = await sequence([500, 500]);
    expect(
      ((await rejection(clientFor(once, { maxRetries: 0 }).request({ ...chat, body }))) as APIError).attempts,
    ).toBe(1);
    const perRequest = await sequence([500, 500, 500, 500, 500]);
    const error4 = (await rejection(
      clientFor(perRequest, { maxRetries: 0 }).request({ ...chat, body }, { maxRetries: 3 }),
    )) as APIError;
    expect(error4.attempts).toBe(4);
  });

  test("x-should-retry: true retries a 400; x-should-retry: false stops a 503", async () => {
    const yes = await sequence([400], { "x-should-retry": "true", "retry-after-ms": "1" });
    expect(await clientFor(yes).request({ ...chat, body })).toEqual({ ok: true, attempt: 2 });
    expect(yes.requests).toHaveLength(2);

    const no = await sequence([503, 503], { "x-should-retry": "false", "retry-after-ms": "1" });
    const error = (await rejection(clientFor(no).request({ ...chat, body }))) as APIError;
    expect(error.status).toBe(503);
    expect(error.isRetryable).toBe(false);
    expect(no.requests).toHaveLength(1);
  });

  test("400 not retried even with retry-after", async () => {
    const server = await sequence([400, 400], { "retry-after-ms": "1" });
    expect(await rejection(clientFor(server).request({ ...chat, body }))).toBeInstanceOf(BadRequestError);
    expect(server.requests).toHaveLength(1);
  });

  test("429 with retry-after-ms waits that long (and it wins over retry-after)", async () => {
    const server = await sequence([429], { "retry-after-ms": "150", "retry-after": "30" });
    const started = Date.now();
    await clientFor(server).request({ ...chat, body });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(145);
    expect(elapsed).toBeLessThan(2000);
    expect(server.requests).toHaveLength(2);
  });

  test("429 with retry-after in seconds waits that long", async () => {
    const server = await sequence([429], { "retry-after": "1" });
    const started = Date.now();
    await clientFor(server).request({ ...chat, body });
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(server.requests).toHaveLength(2);
  });

  test("429 with a retry-after beyond 60 s falls back to the backoff (0.5 s minus jitter)", async () => {
    const server = await sequence([429], { "retry-after-ms": "90000" });
    const started = Date.now();
    await clientFor(server).request({ ...chat, body });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(370);
    expect(elapsed).toBeLessThan(2000);
  });

  test("429 exhausted: RateLimitError with retryAfterMs", async () => {
    const server = await sequence([429, 429, 429], { "retry-after-ms": "2" });
    const error = (await rejection(clientFor(server).request({ ...chat, body }))) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(2);
    expect(error.attempts).toBe(3);
  });

  test("a reset connection is retried; APIConnectionError when every attempt is reset", async () => {
    let count = 0;
    const flaky = await startServer((_request, response, raw) => {
      if (++count === 1) raw.socket.destroy();
      else json(response, 200, { ok: true });
    });
    expect(await clientFor(flaky).request({ ...chat, body })).toEqual({ ok: true });
    expect(flaky.requests).toHaveLength(2);

    const dead = await startServer((_request, _response, raw) => {
      raw.socket.destroy();
    });
    const error = (await rejection(
      clientFor(dead, { maxRetries: 1 }).request({ ...chat, body }),
    )) as APIConnectionError;
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.attempts).toBe(2);
    expect(error.isRetryable).toBe(true);
    expect(error.message).toMatch(/^Connection error: .*\(POST http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions\)/);
    expect(error.cause).toBeInstanceOf(Error);
    expect(dead.requests).toHaveLength(2);
  });

  test("a refused connection is an APIConnectionError", async () => {
    const server = await startServer(() => {});
    const client = clientFor(server, { maxRetries: 0 });
    await server.close();
    const error = await rejection(client.request({ ...chat, body }));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toContain("ECONNREFUSED");
  });
});

describe("retry rules", () => {
  test("shouldRetry: status rule and x-should-retry override", () => {
    const none = new Headers();
    expect([408, 409, 429, 500, 503, 599].every((status) => shouldRetry(status, none))).toBe(true);
    expect([400, 401, 403, 404, 422, 499].some((status) => shouldRetry(status, none))).toBe(false);
    expect(shouldRetry(400, new Headers({ "x-should-retry": "true" }))).toBe(true);
    expect(shouldRetry(500, new Headers({ "x-should-retry": "false" }))).toBe(false);
    expect(shouldRetry(500, new Headers({ "x-should-retry": "maybe" }))).toBe(true);
  });

  test("retryAfterMs: retry-after-ms, then seconds, then an HTTP date", () => {
    expect(retryAfterMs(new Headers({ "retry-after-ms": "250", "retry-after": "9" }))).toBe(250);
    expect(retryAfterMs(new Headers({ "retry-after": "3" }))).toBe(3000);
    const date = retryAfterMs(new Headers({ "retry-after": new Date(Date.now() + 10_000).toUTCString() }))!;
    expect(date).toBeGreaterThan(8000);
    expect(date).toBeLessThanOrEqual(10_000);
    expect(retryAfterMs(new Headers({ "retry-after": new Date(Date.now() - 10_000).toUTCString() }))).toBeNull();
    expect(retryAfterMs(new Headers({ "retry-after": "-5" }))).toBeNull();
    expect(retryAfterMs(new Headers({ "retry-after": "soon" }))).toBeNull();
    expect(retryAfterMs(new Headers({ "retry-after-ms": "x" }))).toBeNull();
    expect(retryAfterMs(new Headers())).toBeNull();
  });

  test("backoff: 0.5 s doubling, capped at 8 s, with up to 25 % jitter; server waits up to 60 s win", () => {
    for (let i = 0; i < 200; i++) {
      for (const [retry, full] of [
        [1, 500],
        [2, 1000],
        [3, 2000],
        [4, 4000],
        [5, 8000],
        [9, 8000],
      ] as const) {
        const delay = retryDelayMs(retry);
        expect(delay).toBeGreaterThanOrEqual(full * 0.75);
        expect(delay).toBeLessThanOrEqual(full);
      }
    }
    const delays = new Set(Array.from({ length: 20 }, () => retryDelayMs(1)));
    expect(delays.size).toBeGreaterThan(1);
    expect(retryDelayMs(1, new Headers({ "retry-after": "60" }))).toBe(60_000);
    expect(retryDelayMs(1, new Headers({ "retry-after": "61" }))).toBeLessThanOrEqual(500);
  });
});
