import { Agent } from "node:http";
import { describe, expect, it } from "vitest";
import { buildReply, type RecordedRequest, startMockServer } from "../src/index.ts";
import { loadConformance } from "./helpers/conformance.ts";
import { chatBody, send } from "./helpers/http.ts";
import { useMockServer } from "./helpers/server.ts";

const server = useMockServer();

describe("the server", () => {
  it("listens on 127.0.0.1 and gives the base URL with the spec's /v1 prefix", () => {
    expect(server.current.host).toBe("127.0.0.1");
    expect(server.current.port).toBeGreaterThan(0);
    expect(server.current.origin).toBe(`http://127.0.0.1:${server.current.port}`);
    expect(server.current.url).toBe(`http://127.0.0.1:${server.current.port}/v1`);
  });

  it("answers a chat completion that conforms to the spec, echoing the last user message", async () => {
    const conformance = await loadConformance();
    const result = await send(server.current.origin, {
      body: chatBody({
        messages: [
          { role: "system", content: "Be brief." },
          { role: "user", content: "first question" },
          { role: "assistant", content: "first answer" },
          { role: "user", content: "What is the weather?" },
        ],
      }),
    });
    expect(result.status).toBe(200);
    conformance.expectConformingResponse(result);
    const completion = result.json();
    expect(completion.object).toBe("chat.completion");
    expect(completion.model).toBe("claude-opus-4-6");
    expect(completion.choices[0].message).toEqual({ role: "assistant", content: "You said: What is the weather?" });
    expect(completion.choices[0].finish_reason).toBe("stop");
    expect(completion.usage).toEqual({ prompt_tokens: 10, completion_tokens: 6, total_tokens: 16 });
    expect(completion.id).toBe(`chatcmpl-${String(result.headers["x-request-id"]).slice(4)}`);
  });

  it("streams chat.completion.chunk events: role first, one per word, finish + usage last, then [DONE]", async () => {
    const conformance = await loadConformance();
    const result = await send(server.current.origin, { body: chatBody({ stream: true }) });
    expect(result.status).toBe(200);
    expect(result.headers["content-type"]).toMatch(/^text\/event-stream/);
    expect(result.complete).toBe(true);
    conformance.expectConformingResponse(result);
    const events = result.events();
    expect(events.at(-1)).toEqual({ data: "[DONE]" });
    const chunks = events.slice(0, -1).map((event) => JSON.parse(event.data));
    expect(chunks[0].choices[0].delta.role).toBe("assistant");
    expect(chunks.slice(1).every((chunk) => chunk.choices[0].delta.role === undefined)).toBe(true);
    expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(1);
    const text = chunks.map((chunk) => chunk.choices[0].delta.content ?? "").join("");
    const expected = buildReply(chatBody() as never);
    expect(text).toBe(expected.text);
    expect(chunks.length).toBe(expected.tokens.length + 1);
    const last = chunks.at(-1);
    expect(last.choices[0]).toEqual({ index: 0, delta: {}, finish_reason: "stop" });
    expect(last.usage).toEqual(expected.usage);
    expect(chunks.slice(0, -1).every((chunk) => chunk.choices[0].finish_reason === null)).toBe(true);
    // The raw wire format: "data: <json>\n\n" per event.
    expect(result.body.startsWith('data: {"id":"chatcmpl-')).toBe(true);
    expect(result.body.endsWith("data: [DONE]\n\n")).toBe(true);
  });

  it("answers an unknown path with 404 and a wrong method with 405, both with the spec's error body", async () => {
    const conformance = await loadConformance();
    const notFound = await send(server.current.origin, { method: "GET", path: "/v1/models" });
    expect(notFound.status).toBe(404);
    conformance.expectConformingResponse(notFound);
    expect(notFound.json().error.type).toBe("not_found_error");
    expect(notFound.json().error.message).toContain("POST /v1/chat/completions");
    const unprefixed = await send(server.current.origin, { path: "/chat/completions", body: chatBody() });
    expect(unprefixed.status).toBe(404);
    conformance.expectConformingResponse(unprefixed);
    const wrongMethod = await send(server.current.origin, { method: "GET" });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe("POST, OPTIONS");
    conformance.expectConformingResponse(wrongMethod);
  });

  it("answers invalid JSON and an empty body with 400 invalid_request_error", async () => {
    const conformance = await loadConformance();
    for (const body of ['{"model": "x", ', "", "[1,2"]) {
      const result = await send(server.current.origin, { body });
      expect(result.status).toBe(400);
      conformance.expectConformingResponse(result);
      expect(result.json().error).toMatchObject({ type: "invalid_request_error", param: null });
    }
  });

  it("passes unknown request fields through (the spec allows additional properties)", async () => {
    const result = await send(server.current.origin, { body: chatBody({ metadata: { a: 1 }, top_k: 3 }) });
    expect(result.status).toBe(200);
  });

  it("sends a distinct x-request-id on every response", async () => {
    const ids = new Set<string>();
    for (let index = 0; index < 5; index++) {
      const result = await send(server.current.origin, { body: chatBody() });
      ids.add(String(result.headers["x-request-id"]));
    }
    expect(ids.size).toBe(5);
  });

  it("reports each request to onRequest with its headers and parsed body", async () => {
    const seen: RecordedRequest[] = [];
    await using local = await startMockServer({ port: 0, onRequest: (request) => seen.push(request) });
    const result = await send(local.origin, {
      body: chatBody(),
      headers: { "x-maxtoken-sdk": "@maxtoken/node@0.1.0 node/20" },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      requestId: result.headers["x-request-id"],
      method: "POST",
      path: "/v1/chat/completions",
      body: chatBody(),
      fault: "",
    });
    expect(seen[0]!.headers["x-maxtoken-sdk"]).toBe("@maxtoken/node@0.1.0 node/20");
    expect(local.requestCount).toBe(1);
  });

  it("replies with seeded text when started with a seed: same seed and message, same text", async () => {
    const conformance = await loadConformance();
    await using first = await startMockServer({ port: 0, seed: 42 });
    await using second = await startMockServer({ port: 0, seed: 42 });
    const a = await send(first.origin, { body: chatBody() });
    const b = await send(second.origin, { body: chatBody() });
    const c = await send(first.origin, { body: chatBody({ messages: [{ role: "user", content: "other" }] }) });
    conformance.expectConformingResponse(a);
    const text = a.json().choices[0].message.content as string;
    expect(text).not.toContain("You said");
    expect(text).toMatch(/^[A-Z][a-z ]+\.$/);
    expect(b.json().choices[0].message.content).toBe(text);
    expect(c.json().choices[0].message.content).not.toBe(text);
  });

  it("close() ends open sockets, idle keep-alive ones and streams in flight", async () => {
    const local = await startMockServer({ port: 0 });
    const agent = new Agent({ keepAlive: true });
    try {
      const idle = await send(local.origin, { body: chatBody(), agent });
      expect(idle.status).toBe(200);
      const slow = send(local.origin, {
        body: chatBody({ stream: true }),
        headers: { "x-mock-fault": "chunk-delay=10000" },
      });
      await expect.poll(() => local.openConnections()).toBe(2);
      const started = performance.now();
      await local.close();
      expect(performance.now() - started).toBeLessThan(2000);
      const result = await slow;
      expect(result.status).toBe(200);
      expect(result.complete).toBe(false);
      expect(await local.openConnections()).toBe(0);
      await local.close(); // twice is fine
    } finally {
      agent.destroy();
    }
  });

  it("supports await using (Symbol.asyncDispose)", async () => {
    let origin: string;
    {
      await using local = await startMockServer({ port: 0 });
      origin = local.origin;
      expect((await send(origin, { body: chatBody() })).status).toBe(200);
    }
    const after = await send(origin, { body: chatBody() });
    expect(after.status).toBeUndefined();
    expect(after.error?.code).toBe("ECONNREFUSED");
  });

  it("refuses to start on a port that is taken", async () => {
    await expect(startMockServer({ port: server.current.port })).rejects.toThrow(/EADDRINUSE/);
  });
});
