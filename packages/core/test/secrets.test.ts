import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { APIError, StreamError } from "../src/index.ts";
import { event, json, sseHead, startServer } from "./helpers/http-test-server.ts";
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
} from "./helpers/test-client.ts";

function everyView(value: unknown): string[] {
  const error = value as Error;
  return [
    error.message,
    String(error),
    error.stack ?? "",
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
  ];
}

function logSink() {
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  return { lines, logger: { error: log, warn: log, info: log, debug: log } };
}

describe("the API key never leaks", () => {
  test("not in inspect(client), JSON.stringify(client), String(client) or the client's own fields", () => {
    const client = new TestClient({ apiKey: KEY, defaultHeaders: { "x-a": "1" } }, runtime());
    const views = [
      inspect(client, { depth: 10, showHidden: true }),
      JSON.stringify(client),
      String(client),
      JSON.stringify(Object.entries(client)),
    ];
    for (const view of views) expect(view).not.toContain(KEY);
    expect(inspect(client)).toContain("[redacted]");
    expect(inspect(client)).toContain("https://api.maxtoken.io/v1");
  });

  test("not in an error whose body, message and headers echo the key (with retries and debug logs)", async () => {
    const { lines, logger } = logSink();
    const server = await startServer((request, response) => {
      const sent = request.headers.authorization!;
      json(
        response,
        500,
        {
          error: {
            message: `bad key ${sent}`,
            type: "server_error",
            code: null,
            param: null,
            echo: [sent, { deep: sent }],
          },
        },
        { "x-echo": sent, "retry-after-ms": "1" },
      );
    });
    const error = (await rejection(
      clientFor(server, { logLevel: "debug", logger }).request({ ...chat, body }),
    )) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.message).toContain("bad key Bearer [redacted]");
    expect(JSON.stringify(error.body)).not.toContain(KEY);
    expect(error.headers.get("x-echo")).toBe("Bearer [redacted]");
    for (const view of everyView(error)) expect(view).not.toContain(KEY);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).not.toContain(KEY);
  });

  test("not in an HTML error page that echoes it, nor in a 2xx body that is not JSON", async () => {
    const server = await startServer((request, response) => {
      response.writeHead(request.url === "/v1/ok" ? 200 : 400, { "content-type": "text/html" });
      response.end(`<p>${request.headers.authorization}</p>`);
    });
    const html = (await rejection(clientFor(server).request({ ...chat, body }))) as APIError;
    expect(html.body).toBe("<p>Bearer [redacted]</p>");
    const notJson = await rejection(clientFor(server).request({ method: "get", path: "/ok" }));
    for (const view of [...everyView(html), ...everyView(notJson)]) expect(view).not.toContain(KEY);
  });

  test("not in a stream error event that echoes it", async () => {
    const server = await startServer((request, response) => {
      sseHead(response, { "x-should-retry": "false" });
      response.end(
        `event: error\ndata: ${JSON.stringify({ error: { message: `denied ${request.headers.authorization}` } })}\n\n`,
      );
    });
    const error = (await rejection(
      clientFor(server).request<TestChatStream>({ ...chat, body, ...chatStream }),
    )) as StreamError;
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toContain("denied Bearer [redacted]");
    for (const view of everyView(error)) expect(view).not.toContain(KEY);
  });

  test("not in messages about a bad key or a bad header value", () => {
    const badKey = `${KEY}\r\nx: y`;
    try {
      new TestClient({ apiKey: badKey }, runtime());
      expect.unreachable();
    } catch (error) {
      for (const view of everyView(error)) expect(view).not.toContain(KEY);
    }
    try {
      new TestClient({ apiKey: KEY }, runtime({}, { browser: true }));
      expect.unreachable();
    } catch (error) {
      for (const view of everyView(error)) expect(view).not.toContain(KEY);
    }
  });

  test("the stream payload of a successful stream is not touched (only errors are redacted)", async () => {
    const server = await startServer((_request, response) => {
      sseHead(response);
      response.end(event({ choices: [{ index: 0, delta: { content: "ok" }, finish_reason: "stop" }] }));
    });
    expect(await (await clientFor(server).request<TestChatStream>({ ...chat, body, ...chatStream })).finalText()).toBe(
      "ok",
    );
  });
});
