import { describe, expect, test } from "vitest";
import { APIPromise, MaxtokenError, ValidationError } from "../src/index.ts";
import { VERSION } from "../src/internal.ts";
import { json, startServer } from "./helpers/http-test-server.ts";
import { body, chat, clientFor, KEY, rejection, runtime, TestClient } from "./helpers/test-client.ts";

describe("requests", () => {
  test("sends the JSON body with Authorization, Content-Type, Accept, x-maxtoken-sdk and User-Agent", async () => {
    const server = await startServer((_request, response) => json(response, 200, { ok: true }));
    const data = await clientFor(server).request({ ...chat, body });
    expect(data).toEqual({ ok: true });
    const [seen] = server.requests;
    expect(seen?.method).toBe("POST");
    expect(seen?.url).toBe("/v1/chat/completions");
    expect(JSON.parse(seen!.body)).toEqual(body);
    expect(seen?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(seen?.headers["content-type"]).toBe("application/json");
    expect(seen?.headers.accept).toBe("application/json");
    expect(seen?.headers["x-maxtoken-sdk"]).toBe(`@maxtoken/test@${VERSION} node/20.0.0`);
    expect(seen?.headers["user-agent"]).toBe(`@maxtoken/test@${VERSION} node/20.0.0`);
  });

  test("no User-Agent when the runtime says so; no Content-Type without a body", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    await clientFor(server, {}, runtime({}, { sendUserAgent: false })).request({ method: "get", path: "/models" });
    const headers = server.requests[0]!.headers;
    expect(headers["user-agent"]).not.toContain("@maxtoken");
    expect(headers["content-type"]).toBeUndefined();
    expect(headers["x-maxtoken-sdk"]).toContain("@maxtoken/test@");
  });

  test("defaultHeaders and per-request headers merge case-insensitively; null removes a header", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    const client = clientFor(server, { defaultHeaders: { "X-Team": "a", "X-Gone": "x", "X-Keep": "k" } });
    await client.request(
      { ...chat, body },
      { headers: { "x-team": "b", "X-Gone": null, Authorization: "Bearer other" } },
    );
    const headers = server.requests[0]!.headers;
    expect(headers["x-team"]).toBe("b");
    expect(headers["x-keep"]).toBe("k");
    expect(headers["x-gone"]).toBeUndefined();
    expect(headers.authorization).toBe("Bearer other");
    await client.request({ ...chat, body }, { headers: { authorization: null, "x-maxtoken-sdk": null } });
    expect(server.requests[1]!.headers.authorization).toBeUndefined();
    expect(server.requests[1]!.headers["x-maxtoken-sdk"]).toBeUndefined();
  });

  test("extraBody merges into the top level of the body", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    await clientFor(server).request({ ...chat, body }, { extraBody: { top_k: 3, model: "other" } });
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ ...body, top_k: 3, model: "other" });
  });

  test("path parameters are encoded into the template and the query is serialised", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    await clientFor(server).request({
      method: "get",
      path: "/models/{model_id}/x",
      pathParams: { model_id: "a b/c" },
      query: { limit: 10, tag: ["x", "y"], skip: undefined, q: "é&" },
    });
    expect(server.requests[0]!.url).toBe("/v1/models/a%20b%2Fc/x?limit=10&tag=x&tag=y&q=%C3%A9%26");
  });

  test("withResponse gives data, the raw Response and the request id", async () => {
    const server = await startServer((_request, response) =>
      json(response, 200, { id: 1 }, { "x-request-id": "req_123" }),
    );
    const promise = clientFor(server).request<{ id: number }>({ ...chat, body });
    expect(promise).toBeInstanceOf(APIPromise);
    expect(promise).toBeInstanceOf(Promise);
    const { data, response, requestId } = await promise.withResponse();
    expect(data).toEqual({ id: 1 });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req_123");
    expect(requestId).toBe("req_123");
    expect(await promise).toEqual({ id: 1 });
  });

  test("a 2xx body that is not JSON is a clear MaxtokenError", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<html>captive portal</html>");
    });
    const error = await rejection(clientFor(server).request({ ...chat, body }));
    expect(error).toBeInstanceOf(MaxtokenError);
    expect(error.message).toMatch(
      /POST http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions answered 200 with a body that is not JSON: <html>captive portal/,
    );
  });

  test("a custom fetch and fetchOptions are used for every call", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    const seen: RequestInit[] = [];
    const client = clientFor(server, {
      fetch: (url, init) => {
        seen.push(init);
        return fetch(url, init);
      },
      fetchOptions: { cache: "no-store", keepalive: false },
    });
    await client.request({ ...chat, body }, { fetchOptions: { keepalive: true } });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.cache).toBe("no-store");
    expect(seen[0]?.keepalive).toBe(true);
    expect(seen[0]?.method).toBe("POST");
    expect(server.requests).toHaveLength(1);
  });

  test("ValidationError from the checker, before the network", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    const check = (value: unknown) =>
      (value as { temperature?: number }).temperature! > 1
        ? [{ path: "temperature", rule: "maximum", message: "must be <= 1" }]
        : [];
    const error = await rejection(clientFor(server).request({ ...chat, body: { ...body, temperature: 2 }, check }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain("temperature: must be <= 1");
    expect((error as ValidationError).issues).toEqual([
      { path: "temperature", rule: "maximum", message: "must be <= 1" },
    ]);
    expect((error as ValidationError).isRetryable).toBe(false);
    expect(server.requests).toHaveLength(0);
    await clientFor(server).request({ ...chat, body: { ...body, temperature: 0.5 }, check });
    expect(server.requests).toHaveLength(1);
  });
});

describe("options and environment", () => {
  test("apiKey, baseURL and logLevel come from the environment when not passed", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const client = new TestClient(
      { logger: { error: log, warn: log, info: log, debug: log } },
      runtime({ MAXTOKEN_API_KEY: "sk-env-key-123456", MAXTOKEN_BASE_URL: `${server.url}/v2/`, MAXTOKEN_LOG: "debug" }),
    );
    expect(client.baseURL).toBe(`${server.url}/v2`);
    await client.request({ ...chat, body });
    expect(server.requests[0]?.url).toBe("/v2/chat/completions");
    expect(server.requests[0]?.headers.authorization).toBe("Bearer sk-env-key-123456");
    expect(lines.length).toBeGreaterThan(0);
  });

  test("defaults: api.maxtoken.io, timeout 600 s, 2 retries", () => {
    const client = new TestClient({ apiKey: KEY }, runtime());
    expect(client.baseURL).toBe("https://api.maxtoken.io/v1");
    expect(client.timeout).toBe(600_000);
    expect(client.maxRetries).toBe(2);
    expect(client.idleTimeout).toBeUndefined();
  });

  test("a missing API key fails before the network, naming MAXTOKEN_API_KEY and apiKey", () => {
    expect(() => new TestClient({}, runtime())).toThrow(MaxtokenError);
    expect(() => new TestClient(undefined, runtime())).toThrow(/MAXTOKEN_API_KEY.*apiKey/);
    expect(() => new TestClient({ apiKey: "" }, runtime())).toThrow(/MAXTOKEN_API_KEY/);
  });

  test("an API key or header value with CR or LF is refused before the network", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    expect(() => clientFor(server, { apiKey: "sk-abc\r\nX-Evil: 1" })).toThrow(
      /API key has a character a header value cannot hold/,
    );
    expect(() => clientFor(server, { apiKey: "sk-abc\n" })).toThrow(
      /API key has a character a header value cannot hold/,
    );
    expect(() => clientFor(server, { defaultHeaders: { "x-a": "1\r\nx-b: 2" } })).toThrow(
      /Invalid header value for "x-a"/,
    );
    const error = await rejection(clientFor(server).request({ ...chat, body }, { headers: { "x-a": "v\nx-b: 2" } }));
    expect(error).toBeInstanceOf(MaxtokenError);
    expect(error.message).not.toContain("x-b: 2");
    expect(server.requests).toHaveLength(0);
  });

  test("an unusable baseURL is a clear error", () => {
    expect(() => new TestClient({ apiKey: KEY, baseURL: "not a url" }, runtime())).toThrow(
      /baseURL "not a url" must be an absolute http\(s\) URL/,
    );
  });
});

describe("browser key policy", () => {
  const browser = runtime({}, { runtime: "browser", sendUserAgent: false, browser: true });

  test("an API key is refused unless dangerouslyAllowBrowser, and the message explains the proxy", () => {
    expect(() => new TestClient({ apiKey: KEY }, browser)).toThrow(
      /anyone who can open the page.*baseURL.*proxy.*dangerouslyAllowBrowser: true/,
    );
    expect(() => new TestClient({ apiKey: KEY, dangerouslyAllowBrowser: true }, browser)).not.toThrow();
  });

  test("no key against api.maxtoken.io names apiKey, MAXTOKEN_API_KEY and the proxy alternative", () => {
    let message = "";
    try {
      new TestClient({}, browser);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("proxy");
    expect(message).toContain("apiKey");
    expect(message).toContain("MAXTOKEN_API_KEY");
  });

  test("a proxy baseURL needs no key and gets no Authorization header", async () => {
    const server = await startServer((_request, response) => json(response, 200, { ok: 1 }));
    const client = new TestClient({ baseURL: `${server.url}/proxy` }, browser);
    expect(await client.request({ ...chat, body })).toEqual({ ok: 1 });
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    expect(server.requests[0]?.url).toBe("/proxy/chat/completions");
  });

  test("with dangerouslyAllowBrowser the key is sent", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    await new TestClient({ apiKey: KEY, baseURL: server.url, dangerouslyAllowBrowser: true }, browser).request({
      ...chat,
      body,
    });
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });
});
