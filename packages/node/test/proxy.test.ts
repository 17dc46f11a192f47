// The key-holding proxy on Node's http (toNodeListener), over real sockets, in front of the real
// mock server: streaming, aborts reaching upstream, the policy's refusals (none of which reaches
// upstream), the limits, CORS, upstream errors, and the key found nowhere it must not be.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { listen } from "@maxtoken/conformance/harness";
import { type MockServer, type RecordedRequest, startMockServer } from "@maxtoken/mock-server";
import express from "express";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type ChatCompletionCreateParamsNonStreaming,
  createProxy,
  Maxtoken,
  PermissionDeniedError,
  type ProxyOptions,
  ProxyRefusal,
  RateLimitError,
  toNodeListener,
} from "../src/generated/index.gen.ts";

const API_KEY = "sk-proxy-held-7f3e9b21c4";
const SESSION = "session=alice";

/** Everything a caller or an operator could see: answers (status, headers, body) and log lines. */
const seen: string[] = [];
const logger = {
  error: (line: string) => seen.push(line),
  warn: (line: string) => seen.push(line),
  info: (line: string) => seen.push(line),
  debug: (line: string) => seen.push(line),
};

const upstreamLog: string[] = [];
const upstreamRequests: RecordedRequest[] = [];
let mock: MockServer;
const closers: (() => Promise<void>)[] = [];

/** A policy as an app writes it: the session cookie says who calls; plans say what they may use. */
const policy: ProxyOptions["policy"] = ({ request, body }) => {
  const cookie = request.headers.get("cookie") ?? "";
  if (cookie.includes("session=banned"))
    throw new ProxyRefusal(403, "This account is suspended.", { code: "suspended" });
  if (cookie.includes("session=broken")) throw new Error(`session store down (tried ${API_KEY})`);
  const caller = /session=(\w+)/.exec(cookie)?.[1];
  return {
    caller,
    models: ["claude-opus-4-6", "claude-sonnet-4-5"],
    maxTokens: 512,
    ...(body?.user === "rewrite-me" ? { body: { ...body, user: `app-user-${caller}` } } : {}),
  };
};

async function startProxy(options: Partial<ProxyOptions> = {}, upstream = mock.url): Promise<string> {
  const proxy = createProxy({ apiKey: API_KEY, baseURL: upstream, policy, logger, ...options });
  const server = await listen(toNodeListener(proxy));
  closers.push(server.close);
  return `${server.url}/v1`;
}

/** A raw call over the socket; its whole answer is recorded for the key check. */
async function call(url: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.json !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  if (!headers.has("cookie")) headers.set("cookie", SESSION);
  const response = await fetch(url, {
    method: init.json === undefined ? init.method : "POST",
    ...init,
    headers,
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  });
  const text = await response.text();
  seen.push(`${response.status} ${JSON.stringify([...response.headers])} ${text}`);
  return new Response(response.status === 204 ? null : text, { status: response.status, headers: response.headers });
}

const chat = (extra: Record<string, unknown> = {}) =>
  ({
    model: "claude-opus-4-6",
    messages: [{ role: "user", content: "Hello there" }],
    ...extra,
  }) as ChatCompletionCreateParamsNonStreaming;

let proxyURL: string;
beforeAll(async () => {
  mock = await startMockServer({
    port: 0,
    apiKey: API_KEY,
    chunkDelayMs: 100,
    log: (line) => upstreamLog.push(line),
    onRequest: (recorded) => upstreamRequests.push(recorded),
  });
  proxyURL = await startProxy();
});
afterAll(async () => {
  await Promise.allSettled(closers.map((close) => close()));
  await mock?.close();
});

/** Waits until `check` holds (the mock logs a request when its response closes). */
async function eventually(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("forwarding", () => {
  test("the SDK streams through the proxy: the key is added upstream, the caller's cookie is not passed on", async () => {
    const client = new Maxtoken({ baseURL: proxyURL, apiKey: "not-the-key", defaultHeaders: { cookie: SESSION } });
    const before = upstreamRequests.length;
    const stream = await client.chat.completions.create({ ...chat(), stream: true });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
    expect(text).toBe("You said: Hello there");
    const upstream = upstreamRequests[before]!;
    expect(upstream.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(upstream.headers.cookie).toBeUndefined();
    expect(upstream.path).toBe("/v1/chat/completions");
  });

  test("the stream is not buffered: the first event arrives while upstream is still sending", async () => {
    const response = await fetch(`${proxyURL}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: SESSION },
      body: JSON.stringify(chat({ stream: true })),
    });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    const linesBefore = upstreamLog.length;
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toMatch(/^data: \{/);
    // The mock logs a request when its response ends: it has not ended yet.
    expect(upstreamLog.length).toBe(linesBefore);
    let rest = "";
    for (let read = await reader.read(); !read.done; read = await reader.read())
      rest += new TextDecoder().decode(read.value);
    expect(rest.trimEnd().endsWith("data: [DONE]")).toBe(true);
  });

  test("a caller who goes away mid-stream cuts the upstream request (the mock server logs the cut)", async () => {
    const client = new Maxtoken({ baseURL: proxyURL, apiKey: "not-the-key", defaultHeaders: { cookie: SESSION } });
    const linesBefore = upstreamLog.length;
    const stream = await client.chat.completions.create({
      ...chat({ messages: [{ role: "user", content: "a long answer please, one word at a time" }] }),
      stream: true,
    });
    for await (const chunk of stream) {
      expect(chunk.object).toBe("chat.completion.chunk");
      break; // cancels the body: the SDK's connection to the proxy closes
    }
    await eventually(() => upstreamLog.slice(linesBefore).some((line) => / \(cut\) /.test(line)), "the upstream cut");
    expect(upstreamLog.slice(linesBefore).find((line) => line.startsWith("POST /v1/chat/completions"))).toMatch(
      /^POST \/v1\/chat\/completions 200 \(cut\)/,
    );
  });

  test("max_tokens is set to the ceiling when absent, and the policy's body rewrite is what goes upstream", async () => {
    const before = upstreamRequests.length;
    const response = await call(`${proxyURL}/chat/completions`, { json: chat({ user: "rewrite-me" }) });
    expect(response.status).toBe(200);
    expect(upstreamRequests[before]!.body).toMatchObject({ max_tokens: 512, user: "app-user-alice" });

    await call(`${proxyURL}/chat/completions`, { json: chat({ max_tokens: 100 }) });
    expect(upstreamRequests[before + 1]!.bodyText).toBe(JSON.stringify(chat({ max_tokens: 100 })));
  });

  test("a stream that upstream cuts off reaches the caller as a cut, not as a clean end", async () => {
    const cutting = await startMockServer({ port: 0, faults: "cut-after=2" });
    closers.push(() => cutting.close());
    const url = await startProxy({}, cutting.url);
    const response = await fetch(`${url}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: SESSION },
      body: JSON.stringify(chat({ stream: true })),
    });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  test("upstream errors keep their status, headers clients use and the spec's error body", async () => {
    const limited = await startMockServer({ port: 0, faults: "status=429;retry-after-ms=20" });
    closers.push(() => limited.close());
    const url = await startProxy({}, limited.url);
    const response = await call(`${url}/chat/completions`, { json: chat() });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after-ms")).toBe("20");
    expect(response.headers.get("x-request-id")).toMatch(/^req_/);
    expect((await response.json()).error).toMatchObject({ type: "rate_limit_error" });

    const client = new Maxtoken({
      baseURL: url,
      apiKey: "not-the-key",
      maxRetries: 0,
      defaultHeaders: { cookie: SESSION },
    });
    await expect(client.chat.completions.create(chat())).rejects.toBeInstanceOf(RateLimitError);
  });
});

describe("refusals, none of which reaches upstream", () => {
  const refusals: [string, () => Promise<Response>, number, Record<string, unknown>][] = [
    [
      "a forbidden model",
      () => call(`${proxyURL}/chat/completions`, { json: chat({ model: "claude-haiku-4-5" }) }),
      403,
      { type: "permission_error", code: "model_not_allowed", param: "model" },
    ],
    [
      "a missing session",
      () => call(`${proxyURL}/chat/completions`, { json: chat(), headers: { cookie: "theme=dark" } }),
      401,
      { type: "authentication_error", code: "no_session", param: null },
    ],
    [
      "a refusal the policy throws",
      () => call(`${proxyURL}/chat/completions`, { json: chat(), headers: { cookie: "session=banned" } }),
      403,
      { message: "This account is suspended.", code: "suspended" },
    ],
    [
      "max_tokens over the ceiling",
      () => call(`${proxyURL}/chat/completions`, { json: chat({ max_tokens: 4096 }) }),
      400,
      { type: "invalid_request_error", code: "max_tokens_too_large", param: "max_tokens" },
    ],
    [
      "an unknown path",
      () => call(`${proxyURL}/files`, { json: {} }),
      404,
      { type: "invalid_request_error", code: "unknown_operation" },
    ],
    [
      "a path outside the proxy's base path",
      () => call(`${proxyURL.replace(/\/v1$/, "")}/chat/completions`, { json: chat() }),
      404,
      { code: "unknown_operation" },
    ],
    [
      "a path that climbs out with dot segments",
      () => call(`${proxyURL}/chat/completions/%2e%2e/%2e%2e/admin`, { json: chat() }),
      404,
      { code: "unknown_operation" },
    ],
    [
      "a method the operation does not have",
      () => call(`${proxyURL}/chat/completions`, { method: "GET" }),
      405,
      { code: "method_not_allowed" },
    ],
    [
      "a body that is not JSON (a cross-site form post)",
      () =>
        call(`${proxyURL}/chat/completions`, {
          method: "POST",
          body: JSON.stringify(chat()),
          headers: { "content-type": "text/plain", cookie: SESSION },
        }),
      400,
      { code: "unsupported_content_type" },
    ],
    [
      "invalid JSON",
      () =>
        call(`${proxyURL}/chat/completions`, {
          method: "POST",
          body: "{",
          headers: { "content-type": "application/json", cookie: SESSION },
        }),
      400,
      { code: "invalid_json" },
    ],
    [
      "a foreign origin (CORS is off)",
      () =>
        call(`${proxyURL}/chat/completions`, {
          json: chat(),
          headers: { origin: "https://evil.example", cookie: SESSION },
        }),
      403,
      { code: "origin_not_allowed" },
    ],
    [
      "an oversized body (declared)",
      () => call(`${proxyURL}/chat/completions`, { json: chat({ user: "x".repeat(1024 * 1024) }) }),
      413,
      { code: "body_too_large" },
    ],
  ];

  for (const [what, send, status, fields] of refusals) {
    test(`${what}: ${status} in the spec's error shape`, async () => {
      const before = mock.requestCount;
      const response = await send();
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/json");
      const body = await response.json();
      expect(Object.keys(body.error).sort()).toEqual(["code", "message", "param", "type"]);
      expect(body.error).toMatchObject(fields);
      expect(mock.requestCount).toBe(before);
    });
  }

  test("an oversized body sent in chunks without a length is cut off at the limit: 413", async () => {
    const url = await startProxy({ maxBodyBytes: 1000 });
    const before = mock.requestCount;
    const chunks = [JSON.stringify(chat()).slice(0, -1), `, "user": "${"y".repeat(5000)}"}`];
    const body = new ReadableStream({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const response = await call(`${url}/chat/completions`, {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "application/json", cookie: SESSION },
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(mock.requestCount).toBe(before);
  });

  test("a body that breaks off mid-upload: 400 in the error shape (not a rejected handler), the slot freed", async () => {
    const proxy = createProxy({ apiKey: API_KEY, baseURL: mock.url, policy, maxConcurrentRequests: 1 });
    let sent = false;
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(new Error("the caller went away"));
        else controller.enqueue(new TextEncoder().encode('{"model": "claude-opus-4-6", "mess'));
        sent = true;
      },
    });
    const before = mock.requestCount;
    const init = { method: "POST", headers: { "content-type": "application/json", cookie: SESSION }, duplex: "half" };
    const response = await proxy(new Request(`${proxyURL}/chat/completions`, { ...init, body: broken } as RequestInit));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "body_incomplete" });
    const next = await proxy(new Request(`${proxyURL}/chat/completions`, { ...init, body: JSON.stringify(chat()) }));
    expect(next.status).toBe(200);
    await next.text();
    expect(mock.requestCount).toBe(before + 1);
  });

  test("a policy that names an empty caller refuses with 401, as for no caller", async () => {
    const proxy = createProxy({ apiKey: API_KEY, baseURL: mock.url, policy: () => ({ caller: "" }) });
    const before = mock.requestCount;
    const response = await proxy(
      new Request(`${proxyURL}/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(chat()),
      }),
    );
    expect(response.status).toBe(401);
    expect(mock.requestCount).toBe(before);
  });

  test("the SDK raises its typed error for a refusal", async () => {
    const client = new Maxtoken({ baseURL: proxyURL, apiKey: "not-the-key", defaultHeaders: { cookie: SESSION } });
    await expect(client.chat.completions.create(chat({ model: "claude-haiku-4-5" }))).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
  });

  test("a policy that fails answers 500 without its message; the log line is redacted", async () => {
    const before = mock.requestCount;
    const response = await call(`${proxyURL}/chat/completions`, {
      json: chat(),
      headers: { cookie: "session=broken" },
    });
    expect(response.status).toBe(500);
    expect((await response.json()).error.message).toBe("The proxy's policy failed.");
    expect(seen.some((line) => line.includes("session store down (tried [redacted])"))).toBe(true);
    expect(mock.requestCount).toBe(before);
  });

  test("more requests in flight than the limit: 429 with retry-after, and the slot frees when the stream ends", async () => {
    const url = await startProxy({ maxConcurrentRequests: 1 });
    const first = await fetch(`${url}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: SESSION },
      body: JSON.stringify(chat({ stream: true })),
    });
    const busy = await call(`${url}/chat/completions`, { json: chat() });
    expect(busy.status).toBe(429);
    expect(busy.headers.get("retry-after")).toBe("1");
    expect((await busy.json()).error).toMatchObject({ type: "rate_limit_error", code: "too_many_concurrent_requests" });
    await first.text();
    expect((await call(`${url}/chat/completions`, { json: chat() })).status).toBe(200);
  });
});

describe("Express", () => {
  test("mounted with app.use at its base path (before the app's body parser), it streams and refuses as on plain http", async () => {
    const app = express();
    app.use(
      "/api/v1",
      toNodeListener(createProxy({ apiKey: API_KEY, baseURL: mock.url, basePath: "/api/v1", policy })),
    );
    app.use(express.json());
    app.post("/app/echo", (request, response) => {
      response.json(request.body);
    });
    const server = await listen(app);
    closers.push(server.close);

    const stream = await call(`${server.url}/api/v1/chat/completions`, { json: chat({ stream: true }) });
    expect(stream.status).toBe(200);
    expect((await stream.text()).trimEnd().endsWith("data: [DONE]")).toBe(true);

    const before = mock.requestCount;
    const refused = await call(`${server.url}/api/v1/chat/completions`, { json: chat({ model: "claude-haiku-4-5" }) });
    expect(refused.status).toBe(403);
    expect((await call(`${server.url}/api/v1/files`, { json: {} })).status).toBe(404);
    expect(mock.requestCount).toBe(before);
    // The app's own routes and body parser still work beside it.
    expect(await (await call(`${server.url}/app/echo`, { json: { ok: true } })).json()).toEqual({ ok: true });
  });
});

describe("CORS", () => {
  const appOrigin = "https://app.example";

  test("off by default: a preflight is not answered with CORS headers", async () => {
    const response = await call(`${proxyURL}/chat/completions`, {
      method: "OPTIONS",
      headers: { origin: appOrigin, "access-control-request-method": "POST" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  test("with allowed origins: preflight answered for them only, answers carry the CORS headers", async () => {
    const url = await startProxy({ cors: { origins: [appOrigin], credentials: true } });
    const preflight = await call(`${url}/chat/completions`, {
      method: "OPTIONS",
      headers: {
        origin: appOrigin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, x-maxtoken-sdk",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(appOrigin);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("POST");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("content-type, x-maxtoken-sdk");
    expect(preflight.headers.get("access-control-allow-credentials")).toBe("true");
    expect(preflight.headers.get("vary")).toBe("Origin, Access-Control-Request-Headers");

    const foreign = await call(`${url}/chat/completions`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();

    const answer = await call(`${url}/chat/completions`, {
      json: chat(),
      headers: { origin: appOrigin, cookie: SESSION },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("access-control-allow-origin")).toBe(appOrigin);
    expect(answer.headers.get("access-control-expose-headers")).toContain("x-request-id");
  });
});

describe("the key stays on the server", () => {
  test("an upstream that echoes the key in headers and in an error body: neither reaches the caller", async () => {
    const hostile = createServer((incoming, outgoing) => {
      const authorization = incoming.headers.authorization ?? "";
      outgoing.writeHead(401, {
        "content-type": "application/json",
        "x-request-id": "req_hostile",
        "x-echo-authorization": authorization,
        "www-authenticate": `Bearer realm="${authorization}"`,
        "set-cookie": `key=${authorization}`,
        "retry-after": authorization,
      });
      outgoing.end(
        JSON.stringify({
          error: { message: `Invalid key ${authorization}`, type: "authentication_error", code: null, param: null },
        }),
      );
    });
    await new Promise<void>((resolve) => hostile.listen(0, "127.0.0.1", resolve));
    closers.push(() => new Promise((resolve) => hostile.close(() => resolve())));
    const url = await startProxy({}, `http://127.0.0.1:${(hostile.address() as AddressInfo).port}/v1`);

    const response = await call(`${url}/chat/completions`, { json: chat() });
    expect(response.status).toBe(401);
    expect(response.headers.get("x-request-id")).toBe("req_hostile");
    for (const name of ["x-echo-authorization", "www-authenticate", "set-cookie", "retry-after", "authorization"]) {
      expect(response.headers.get(name), name).toBeNull();
    }
    expect((await response.json()).error.message).toBe("Invalid key Bearer [redacted]");
  });

  test("an unreachable upstream: 502 in the error shape, the warning redacted", async () => {
    const url = await startProxy({}, "http://127.0.0.1:9/v1");
    const response = await call(`${url}/chat/completions`, { json: chat() });
    expect(response.status).toBe(502);
    expect((await response.json()).error).toMatchObject({ type: "server_error", code: "upstream_unreachable" });
  });

  test("the key appears in no answer, header or log line of this file's calls (and the proxy logged them)", () => {
    expect(
      seen.filter((line) => line.startsWith("maxtoken proxy: POST /v1/chat/completions 200 caller=alice")).length,
    ).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThan(30);
    const leaks = seen.filter((line) => line.includes(API_KEY) || line.includes(API_KEY.slice(3, 15)));
    expect(leaks).toEqual([]);
  });

  test("createProxy refuses a missing key or policy before serving anything", () => {
    expect(() => createProxy({ apiKey: "", policy })).toThrow(/apiKey/);
    expect(() => createProxy({ apiKey: API_KEY } as ProxyOptions)).toThrow(/policy/);
  });
});
