// The API key must not come back through an error, by any route a server or fetch can take.
import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { APIError, MaxtokenError, StreamError } from "../../src/index.ts";
import { reasonPhrase } from "../helpers/hostile-server.ts";
import { json, sseHead, startServer } from "../helpers/http-test-server.ts";
import {
  body,
  chat,
  chatStream,
  clientFor,
  KEY,
  rejection,
  runtime,
  type TestChatStream,
  TestClient,
} from "../helpers/test-client.ts";

/** A key with a slash (JSON writers such as PHP's escape it as `\/`). */
const SLASH_KEY = "sk-live/0a1b2c3d4e5f/6a7b8c9d";

function views(error: unknown): string[] {
  const value = error as Error & { body?: unknown };
  return [
    typeof value.body === "string" ? value.body : "",
    value.message,
    String(value),
    value.stack ?? "",
    JSON.stringify(value),
    inspect(value, { depth: 10 }),
  ];
}

/** No view of `error` holds the key, nor its first half. */
function expectNoKey(error: unknown, key = KEY): void {
  const half = key.slice(0, Math.ceil(key.length / 2));
  for (const view of views(error)) {
    for (const form of [key, half, half.replaceAll("/", "\\/")]) expect(view).not.toContain(form);
  }
}

describe("the key never leaks", () => {
  test("through the HTTP reason phrase (status text)", async () => {
    const server = await startServer(reasonPhrase(401, `Unauthorized ${KEY}`, "denied"));
    const error = await rejection(clientFor(server).request({ ...chat, body }));
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(401);
    expectNoKey(error);
  });

  test("through a JSON echo with escaped slashes (\\/)", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(401, { "content-type": "application/json" });
      response.end(`{"error":{"message":"bad key ${SLASH_KEY.replaceAll("/", "\\/")}","type":"authentication_error"}}`);
    });
    const error = await rejection(clientFor(server, { apiKey: SLASH_KEY }).request({ ...chat, body }));
    expect(error).toBeInstanceOf(APIError);
    expectNoKey(error, SLASH_KEY);
    expect(JSON.stringify((error as APIError).body)).toContain("[redacted]");
  });

  test("through a JSON echo written with \\u escapes", async () => {
    const escaped = [...KEY].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
    const server = await startServer((_request, response) => {
      response.writeHead(400, { "content-type": "application/json" });
      response.end(`{"error":{"message":"key ${escaped}","type":"invalid_request_error","${escaped}":1}}`);
    });
    const error = await rejection(clientFor(server).request({ ...chat, body }));
    expectNoKey(error);
  });

  test("through a non-JSON body whose key crosses the point where the text is cut", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(`${"x".repeat(200 - 12)}${KEY}${"y".repeat(500)}`);
    });
    const error = await rejection(clientFor(server).request({ ...chat, body }));
    expect(error).toBeInstanceOf(MaxtokenError);
    expectNoKey(error);
  });

  test("through an error body cut at maxErrorBodyBytes right inside the key", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(502, { "content-type": "text/html" });
      response.end(`${"x".repeat(1020)}${KEY}${"y".repeat(5000)}`);
    });
    const error = await rejection(clientFor(server, { maxErrorBodyBytes: 1024 }).request({ ...chat, body }));
    expect(error).toBeInstanceOf(APIError);
    expectNoKey(error);
  });

  test("through a stream error event echoing the key with escapes", async () => {
    const server = await startServer((_request, response) => {
      sseHead(response);
      response.write(`data: {"choices":[{"index":0,"delta":{"content":"a"}}]}\n\n`);
      response.end(`event: error\ndata: not json ${SLASH_KEY.replaceAll("/", "\\/")}\n\n`);
    });
    const stream = (await clientFor(server, { apiKey: SLASH_KEY }).request({
      ...chat,
      body,
      ...chatStream,
    })) as TestChatStream;
    const error = await rejection(stream.finalChatCompletion());
    expect(error).toBeInstanceOf(StreamError);
    expectNoKey(error, SLASH_KEY);
  });

  test("through fetch's own message about a header value it refuses (NUL in the key or a header)", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    let thrown: unknown;
    try {
      clientFor(server, { apiKey: `${KEY}\u0000` });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MaxtokenError);
    expectNoKey(thrown);
    const error = await rejection(
      clientFor(server).request({ ...chat, body }, { headers: { authorization: `Bearer ${KEY}\u0000` } }),
    );
    expect(error).toBeInstanceOf(MaxtokenError);
    expectNoKey(error);
    expect(server.requests).toHaveLength(0);
  });

  test("through a fetch whose error quotes the Authorization value (the cause is left out)", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    const quoting = async (_url: string, init: RequestInit): Promise<Response> => {
      const sent = new Headers(init.headers).get("authorization");
      // As undici does for a value it refuses: `Headers.append: "Bearer ..." is an invalid header value.`
      throw new TypeError("fetch failed", { cause: new TypeError(`"${sent}" is an invalid header value.`) });
    };
    const error = await rejection(clientFor(server, { fetch: quoting, maxRetries: 0 }).request({ ...chat, body }));
    expect(error).toBeInstanceOf(MaxtokenError);
    expectNoKey(error);
  });

  test("not in the log lines of a retried request that echoed it in the reason phrase", async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const server = await startServer(reasonPhrase(503, `Busy ${KEY}`));
    const client = new TestClient(
      {
        apiKey: KEY,
        baseURL: server.url,
        maxRetries: 1,
        logLevel: "debug",
        logger: { error: log, warn: log, info: log, debug: log },
      },
      runtime(),
    );
    expectNoKey(await rejection(client.request({ ...chat, body })));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toContain(KEY);
  });
});
