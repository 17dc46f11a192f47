import { describe, expect, it } from "vitest";
import { startMockServer } from "../src/index.ts";
import { loadConformance } from "./helpers/conformance.ts";
import { chatBody, type HttpResult, send } from "./helpers/http.ts";
import { useMockServer } from "./helpers/server.ts";

const server = useMockServer();
const streamBody = chatBody({ messages: [{ role: "user", content: "one two three four five six" }], stream: true });

function withFault(fault: string, body: unknown = chatBody(), extra: Record<string, string> = {}): Promise<HttpResult> {
  return send(server.current.origin, { body, headers: { "x-mock-fault": fault, ...extra } });
}

describe("error status faults", () => {
  it("status=429;retry-after-ms=20: the spec's error body and the retry headers", async () => {
    const conformance = await loadConformance();
    const result = await withFault("status=429;retry-after-ms=20;retry-after=1");
    expect(result.status).toBe(429);
    conformance.expectConformingResponse(result);
    expect(result.headers["retry-after-ms"]).toBe("20");
    expect(result.headers["retry-after"]).toBe("1");
    expect(result.json().error).toMatchObject({ type: "rate_limit_error", code: "rate_limit_exceeded", param: null });
  });

  it("retry-after as an HTTP date is sent as given", async () => {
    const date = "Wed, 21 Oct 2015 07:28:00 GMT";
    const result = await withFault(`status=503;retry-after=${date}`);
    expect(result.headers["retry-after"]).toBe(date);
  });

  it.each([
    ["status=400;type=content_policy_violation", 400, { type: "content_policy_violation", code: 503 }],
    ["content-policy", 400, { type: "content_policy_violation", code: 503 }],
    ["insufficient-balance", 403, { type: "insufficient_balance", code: null }],
    ["permission-denied", 403, { type: "permission_error" }],
    ["rate-limit", 429, { type: "rate_limit_error" }],
    ["server-error", 500, { type: "server_error" }],
    ["status=401", 401, { type: "authentication_error", code: "invalid_api_key" }],
    ["status=404", 404, { type: "not_found_error" }],
    ["status=408", 408, {}],
    ["status=409", 409, {}],
    ["status=422", 422, {}],
    ["status=502", 502, { type: "server_error" }],
    ["status=503", 503, { type: "server_error" }],
    [
      "status=529;type=overloaded_error;code=overloaded;message=Busy, try later",
      529,
      { type: "overloaded_error", code: "overloaded", message: "Busy, try later" },
    ],
    [
      "status=400;param=temperature;message=bad;code=null",
      400,
      { type: "invalid_request_error", param: "temperature", message: "bad", code: null },
    ],
  ])("%s -> %i with the spec's error body", async (fault, status, error) => {
    const conformance = await loadConformance();
    const result = await withFault(fault);
    expect(result.status).toBe(status);
    conformance.expectConformingResponse(result);
    expect(result.json().error).toMatchObject(error);
  });

  it("x-should-retry=false with a status sends the header", async () => {
    const conformance = await loadConformance();
    for (const value of ["false", "true"]) {
      const result = await withFault(`status=503;x-should-retry=${value}`);
      expect(result.status).toBe(503);
      conformance.expectConformingResponse(result);
      expect(result.headers["x-should-retry"]).toBe(value);
    }
  });

  it("error faults apply to streamed requests too, before any event", async () => {
    const conformance = await loadConformance();
    const result = await withFault("status=500", streamBody);
    expect(result.status).toBe(500);
    expect(result.headers["content-type"]).toBe("application/json");
    conformance.expectConformingResponse(result);
  });
});

describe("timing faults", () => {
  it("latency=200 holds the first byte back", async () => {
    const result = await withFault("latency=200");
    expect(result.status).toBe(200);
    expect(result.headersAt!).toBeGreaterThanOrEqual(190);
  });

  it("latency also delays error answers", async () => {
    const result = await withFault("latency=150;status=503");
    expect(result.status).toBe(503);
    expect(result.headersAt!).toBeGreaterThanOrEqual(140);
  });

  it("chunk-delay=50 spaces the stream events", async () => {
    const conformance = await loadConformance();
    const result = await withFault("chunk-delay=50", streamBody);
    conformance.expectConformingResponse(result);
    const events = result.events();
    expect(events.length).toBe(10); // 8 words + finish + [DONE]
    expect(result.pieces.length).toBeGreaterThanOrEqual(events.length - 1);
    const span = result.pieces.at(-1)!.at - result.pieces[0]!.at;
    expect(span).toBeGreaterThanOrEqual((events.length - 1) * 50 - 20);
  });

  it("the server's latencyMs and chunkDelayMs options apply to every request; the header overrides them", async () => {
    await using local = await startMockServer({ port: 0, latencyMs: 120, chunkDelayMs: 20 });
    const slow = await send(local.origin, { body: streamBody });
    expect(slow.headersAt!).toBeGreaterThanOrEqual(110);
    expect(slow.pieces.at(-1)!.at - slow.pieces[0]!.at).toBeGreaterThanOrEqual(9 * 20 - 20);
    const fast = await send(local.origin, {
      body: streamBody,
      headers: { "x-mock-fault": "latency=0;chunk-delay=0" },
    });
    expect(fast.headersAt!).toBeLessThan(110);
  });
});

describe("broken stream faults", () => {
  it("cut-after=3 sends three events, then cuts the connection mid-body", async () => {
    const conformance = await loadConformance();
    const result = await withFault("cut-after=3", streamBody);
    expect(result.status).toBe(200);
    expect(result.complete).toBe(false);
    const events = result.events();
    expect(events).toHaveLength(3);
    conformance.expectConformingStream(events);
    expect(events.every((event) => JSON.parse(event.data).choices[0].finish_reason === null)).toBe(true);
  });

  it("cut-after=3 with chunk-delay cuts after the third event too", async () => {
    const result = await withFault("cut-after=3;chunk-delay=10", streamBody);
    expect(result.complete).toBe(false);
    expect(result.events()).toHaveLength(3);
  });

  it("cut-after=N on a JSON answer sends N bytes of it, then cuts", async () => {
    const result = await withFault("cut-after=10");
    expect(result.status).toBe(200);
    expect(result.complete).toBe(false);
    expect(Number(result.headers["content-length"])).toBeGreaterThan(10);
    expect(result.body).toBe('{"id":"cha');
  });

  it("no-done ends cleanly after the finish chunk, without [DONE]", async () => {
    const conformance = await loadConformance();
    const result = await withFault("no-done", streamBody);
    expect(result.complete).toBe(true);
    conformance.expectConformingResponse(result);
    const events = result.events();
    expect(events.some((event) => event.data === "[DONE]")).toBe(false);
    const last = JSON.parse(events.at(-1)!.data);
    expect(last.choices[0].finish_reason).toBe("stop");
    expect(last.usage).toBeDefined();
  });

  it("no-finish ends cleanly after the content, without a finish_reason or [DONE]", async () => {
    const conformance = await loadConformance();
    const result = await withFault("no-finish", streamBody);
    expect(result.complete).toBe(true);
    conformance.expectConformingResponse(result);
    const events = result.events();
    expect(events).toHaveLength(8);
    expect(
      events.every((event) => event.data !== "[DONE]" && JSON.parse(event.data).choices[0].finish_reason === null),
    ).toBe(true);
  });

  it("error-event-first sends only an event: error with the spec's error body", async () => {
    const conformance = await loadConformance();
    const result = await withFault("error-event-first", streamBody);
    expect(result.status).toBe(200);
    expect(result.complete).toBe(true);
    conformance.expectConformingResponse(result);
    expect(result.body).toMatch(/^event: error\ndata: \{"error":/);
    const events = result.events();
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.data).error).toMatchObject({ type: "server_error", code: null, param: null });
  });

  it("error-event-first takes the error body from status and type", async () => {
    const conformance = await loadConformance();
    const result = await withFault("error-event-first;status=429;message=slow down", streamBody);
    expect(result.status).toBe(200);
    conformance.expectConformingResponse(result);
    expect(JSON.parse(result.events()[0]!.data).error).toMatchObject({
      type: "rate_limit_error",
      message: "slow down",
    });
  });

  it("error-event-after=2 sends two chunks, then the error event, then ends", async () => {
    const conformance = await loadConformance();
    const result = await withFault("error-event-after=2;type=overloaded_error", streamBody);
    expect(result.complete).toBe(true);
    conformance.expectConformingResponse(result);
    const events = result.events();
    expect(events.map((event) => event.event ?? "message")).toEqual(["message", "message", "error"]);
    expect(JSON.parse(events[2]!.data).error.type).toBe("overloaded_error");
  });

  it("an error-event fault with a status answers that status to a non-streamed request", async () => {
    const conformance = await loadConformance();
    const result = await withFault("error-event-first;status=429");
    expect(result.status).toBe(429);
    conformance.expectConformingResponse(result);
  });

  it("stream-only faults leave a non-streamed answer alone", async () => {
    const conformance = await loadConformance();
    for (const fault of ["no-done", "no-finish", "error-event-first", "error-event-after=1", "chunk-delay=5"]) {
      const result = await withFault(fault);
      expect(result.status).toBe(200);
      conformance.expectConformingResponse(result);
    }
  });
});

describe("broken body and connection faults", () => {
  it("malformed-json answers 200 application/json with a body that does not parse", async () => {
    const result = await withFault("malformed-json");
    expect(result.status).toBe(200);
    expect(result.headers["content-type"]).toBe("application/json");
    expect(result.complete).toBe(true);
    expect(result.body.startsWith('{"id":"chatcmpl-')).toBe(true);
    expect(() => JSON.parse(result.body)).toThrow();
  });

  it("malformed-json in a stream breaks the first event's data", async () => {
    const conformance = await loadConformance();
    const result = await withFault("malformed-json", streamBody);
    const events = result.events();
    expect(() => JSON.parse(events[0]!.data)).toThrow();
    expect(events[0]!.data.startsWith('{"id":"chatcmpl-')).toBe(true);
    conformance.expectConformingStream(events.slice(1));
  });

  it("html-502 answers a non-JSON HTML page", async () => {
    const result = await withFault("html-502");
    expect(result.status).toBe(502);
    expect(result.headers["content-type"]).toBe("text/html");
    expect(result.body).toContain("<title>502 Bad Gateway</title>");
    expect(() => JSON.parse(result.body)).toThrow();
    const other = await withFault("html;status=504");
    expect(other.status).toBe(504);
    expect(other.body).toContain("504 Gateway Timeout");
  });

  it("html-502 comes before the key check, as a proxy in front would", async () => {
    const result = await send(server.current.origin, {
      body: chatBody(),
      apiKey: null,
      headers: { "x-mock-fault": "html-502" },
    });
    expect(result.status).toBe(502);
  });

  it("reset resets the connection before any response", async () => {
    const result = await withFault("reset");
    expect(result.status).toBeUndefined();
    expect(result.error?.code).toBe("ECONNRESET");
  });
});

describe("fail-first", () => {
  it("fail-first=2;status=503 fails the first two requests with the same fault, then succeeds", async () => {
    const conformance = await loadConformance();
    const fault = "fail-first=2;status=503;x-should-retry=true";
    const statuses: Array<number | undefined> = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const result = await withFault(fault);
      conformance.expectConformingResponse(result);
      statuses.push(result.status);
    }
    expect(statuses).toEqual([503, 503, 200, 200]);
  });

  it("counts per x-mock-fault-key, so parallel tests do not interfere", async () => {
    const fault = "fail-first=1;status=500";
    const run = (key: string) => withFault(fault, chatBody(), { "x-mock-fault-key": key });
    const [a1, b1] = await Promise.all([run("test-a"), run("test-b")]);
    const [a2, b2] = await Promise.all([run("test-a"), run("test-b")]);
    expect([a1.status, b1.status, a2.status, b2.status]).toEqual([500, 500, 200, 200]);
  });

  it("works with any fault, e.g. the first stream is cut, the retry completes", async () => {
    const key = { "x-mock-fault-key": "cut-then-ok" };
    const first = await withFault("fail-first=1;cut-after=2", streamBody, key);
    const second = await withFault("fail-first=1;cut-after=2", streamBody, key);
    expect(first.complete).toBe(false);
    expect(second.complete).toBe(true);
    expect(second.events().at(-1)!.data).toBe("[DONE]");
  });

  it("resetFaultCounters() makes the fault fail again", async () => {
    const key = { "x-mock-fault-key": "reset-me" };
    expect((await withFault("fail-first=1;status=503", chatBody(), key)).status).toBe(503);
    expect((await withFault("fail-first=1;status=503", chatBody(), key)).status).toBe(200);
    server.current.resetFaultCounters("reset-me");
    expect((await withFault("fail-first=1;status=503", chatBody(), key)).status).toBe(503);
  });
});

describe("server-wide faults", () => {
  it("apply to every request without a header; x-mock-fault: none turns them off for one", async () => {
    const conformance = await loadConformance();
    await using local = await startMockServer({ port: 0, faults: "fail-first=2;status=503;retry-after-ms=5" });
    const statuses: Array<number | undefined> = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await send(local.origin, { body: chatBody() });
      conformance.expectConformingResponse(result);
      statuses.push(result.status);
    }
    expect(statuses).toEqual([503, 503, 200]);
    local.resetFaultCounters();
    expect((await send(local.origin, { body: chatBody(), headers: { "x-mock-fault": "none" } })).status).toBe(200);
    expect((await send(local.origin, { body: chatBody() })).status).toBe(503);
  });

  it("accept a parsed FaultSpec", async () => {
    await using local = await startMockServer({ port: 0, faults: { status: 403, type: "insufficient_balance" } });
    const result = await send(local.origin, { body: chatBody() });
    expect(result.status).toBe(403);
    expect(result.json().error.type).toBe("insufficient_balance");
  });

  it("faultHeader: false ignores the x-mock-fault header", async () => {
    await using local = await startMockServer({ port: 0, faultHeader: false });
    expect((await send(local.origin, { body: chatBody(), headers: { "x-mock-fault": "status=500" } })).status).toBe(
      200,
    );
  });

  it("reject a bad fault string at start-up", async () => {
    await expect(startMockServer({ port: 0, faults: "status=999" })).rejects.toThrow(
      /status must be between 400 and 599/,
    );
  });
});

describe("a bad x-mock-fault header", () => {
  it.each(["statuss=500", "status=abc", "explode", "x-should-retry=maybe", "status=200"])(
    "%s -> 400 naming the header",
    async (fault) => {
      const conformance = await loadConformance();
      const result = await withFault(fault);
      expect(result.status).toBe(400);
      conformance.expectConformingResponse(result);
      expect(result.json().error).toMatchObject({
        type: "invalid_request_error",
        param: "x-mock-fault",
        code: "invalid_mock_fault",
      });
      expect(result.json().error.message).toContain(fault.split("=")[0]);
    },
  );
});
