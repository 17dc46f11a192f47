// The framework recipes of docs/guides/key-holding-proxy.md (proxy/recipes/), each called the way
// its framework calls it: with a web-standard Request, answering a Response. No framework is
// installed: Workers call `fetch(request, env)`, Next.js calls the exported method, Bun calls its
// options' `fetch`, Hono hands over `c.req.raw`. Upstream is the real mock server on 127.0.0.1.
import { type MockServer, type RecordedRequest, startMockServer } from "@maxtoken/mock-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const API_KEY = "sk-recipe-key-0b6d";
const upstream: RecordedRequest[] = [];
let mock: MockServer;
const handlers: Record<string, { base: string; handle: (request: Request) => Promise<Response> }> = {};

beforeAll(async () => {
  mock = await startMockServer({ port: 0, apiKey: API_KEY, onRequest: (recorded) => upstream.push(recorded) });
  process.env.MAXTOKEN_API_KEY = API_KEY;
  process.env.MAXTOKEN_BASE_URL = mock.url;
  const { sessionStore } = await import("../proxy/recipes/policy.ts");
  sessionStore.set("token-of-ada", "ada");
  const worker = (await import("../proxy/recipes/cloudflare-worker.ts")).default;
  const nextRoute = await import("../proxy/recipes/next-route.ts");
  const bunApp = (await import("../proxy/recipes/bun-serve.ts")).default;
  // Hono, as the guide shows it: app.all("/v1/*", (c) => proxy(c.req.raw)).
  const { createProxy } = await import("@maxtoken/browser");
  const { policy } = await import("../proxy/recipes/policy.ts");
  const proxy = createProxy({ apiKey: API_KEY, baseURL: mock.url, policy });
  const honoRoute = (c: { req: { raw: Request } }) => proxy(c.req.raw);

  const env = { MAXTOKEN_API_KEY: API_KEY, MAXTOKEN_BASE_URL: mock.url };
  handlers["Cloudflare Workers"] = {
    base: "https://proxy.example/v1",
    handle: (request) => worker.fetch(request, env),
  };
  handlers["Next.js route handler"] = { base: "https://app.example/api/maxtoken/v1", handle: nextRoute.POST };
  handlers["Bun.serve"] = { base: "http://localhost:8787/v1", handle: bunApp.fetch };
  handlers.Hono = { base: "https://app.example/v1", handle: (request) => honoRoute({ req: { raw: request } }) };
});
afterAll(() => mock?.close());

const body = JSON.stringify({
  model: "claude-opus-4-6",
  messages: [{ role: "user", content: "Hi from a recipe" }],
  stream: true,
});

describe.each(["Cloudflare Workers", "Next.js route handler", "Bun.serve", "Hono"])("%s", (name) => {
  test("a signed-in caller's stream comes through, with the key added upstream", async () => {
    const { base, handle } = handlers[name]!;
    const before = upstream.length;
    const response = await handle(
      new Request(`${base}/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: "session=token-of-ada" },
        body,
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const text = await response.text();
    expect(text).toContain("recipe");
    expect(text.trimEnd().endsWith("data: [DONE]")).toBe(true);
    expect(upstream[before]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(upstream[before]!.body).toMatchObject({ max_tokens: 1024 });
  });

  test("a caller without a session gets 401 and nothing goes upstream", async () => {
    const { base, handle } = handlers[name]!;
    const before = mock.requestCount;
    const response = await handle(
      new Request(`${base}/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      }),
    );
    expect(response.status).toBe(401);
    expect((await response.json()).error).toMatchObject({ type: "authentication_error" });
    expect(mock.requestCount).toBe(before);
  });
});
