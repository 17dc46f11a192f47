// The bench server serves what the figures assume: a ~1 KB completion and an SSE stream of valid
// ~170-190 B `chat.completion.chunk` events ending with `data: [DONE]`, and it refuses requests
// that are not chat requests with the bench key.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { API_KEY, COMPLETION_REQUEST, STREAM_REQUEST } from "../src/server/payloads.mjs";
import { type BenchServer, startServer } from "../src/server/start-server.mjs";

let server: BenchServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const post = (url: string, body: unknown, key = API_KEY) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  });

describe("bench server", () => {
  test("listens on 127.0.0.1 in its own process", () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.pid).not.toBe(process.pid);
  });

  test("serves a ~1 KB chat.completion", async () => {
    const response = await post(`${server.baseURL()}/chat/completions`, COMPLETION_REQUEST);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-request-id")).toMatch(/^req_bench_/);
    const text = await response.text();
    expect(text.length).toBeGreaterThan(900);
    expect(text.length).toBeLessThan(1200);
    const body = JSON.parse(text);
    expect(body.object).toBe("chat.completion");
    expect(body.choices[0].message.role).toBe("assistant");
    expect(body.choices[0].finish_reason).toBe("stop");
  });

  test("streams n valid chat.completion.chunk events of ~170-190 B, then data: [DONE]", async () => {
    const chunks = 250;
    const response = await post(`${server.baseURL(chunks)}/chat/completions`, STREAM_REQUEST);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const text = await response.text();
    expect(text.endsWith("\n\n")).toBe(true);
    const events = text.slice(0, -2).split("\n\n");
    expect(events).toHaveLength(chunks + 1);
    expect(events.at(-1)).toBe("data: [DONE]");
    const parsed = events.slice(0, -1).map((event) => {
      expect(event.startsWith("data: ")).toBe(true);
      return JSON.parse(event.slice("data: ".length));
    });
    for (const [index, chunk] of parsed.entries()) {
      expect(chunk).toMatchObject({ object: "chat.completion.chunk", model: COMPLETION_REQUEST.model });
      expect(chunk.choices).toHaveLength(1);
      expect(chunk.choices[0].finish_reason).toBe(index === chunks - 1 ? "stop" : null);
      if (index < chunks - 1) expect(typeof chunk.choices[0].delta.content).toBe("string");
    }
    expect(parsed[0].choices[0].delta.role).toBe("assistant");
    const averageEventBytes = (Buffer.byteLength(text) - "data: [DONE]\n\n".length) / chunks;
    expect(averageEventBytes).toBeGreaterThan(160);
    expect(averageEventBytes).toBeLessThan(200);
  });

  test("serves a 100,000-chunk stream whole", async () => {
    const response = await post(`${server.baseURL(100_000)}/chat/completions`, STREAM_REQUEST);
    const text = await response.text();
    expect(text.split("\n\n").length - 1).toBe(100_001);
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
  });

  test("refuses a wrong key (401), a body that is not a chat request (400) and other routes (404)", async () => {
    expect((await post(`${server.baseURL()}/chat/completions`, COMPLETION_REQUEST, "sk-wrong")).status).toBe(401);
    expect((await post(`${server.baseURL()}/chat/completions`, { model: "x" })).status).toBe(400);
    expect((await post(`${server.origin}/v1/models`, {})).status).toBe(404);
  });
});
