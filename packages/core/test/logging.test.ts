import { afterEach, describe, expect, test, vi } from "vitest";
import { errorBody, json, startServer } from "./helpers/http-test-server.ts";
import { body, chat, clientFor, KEY, runtime, TestClient } from "./helpers/test-client.ts";

function logSink() {
  const lines: Array<[string, string]> = [];
  const at = (level: string) => (line: string) => lines.push([level, line]);
  return { lines, logger: { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") } };
}

afterEach(() => vi.restoreAllMocks());

describe("logging", () => {
  test("debug lines show method, URL, status, attempt, request id and timings", async () => {
    let count = 0;
    const server = await startServer((_request, response) => {
      if (++count === 1)
        json(response, 503, errorBody("busy", "server_error"), { "retry-after-ms": "1", "x-request-id": "req_1" });
      else json(response, 200, {}, { "x-request-id": "req_2" });
    });
    const { lines, logger } = logSink();
    await clientFor(server, { logLevel: "debug", logger }).request({ ...chat, body });
    const url = `${server.url}/v1/chat/completions`;
    const debug = lines.filter(([level]) => level === "debug").map(([, line]) => line);
    expect(debug).toContainEqual(`[maxtoken] POST ${url} attempt 1/3`);
    expect(debug.find((line) => line.includes("-> 503"))).toMatch(
      new RegExp(`^\\[maxtoken\\] POST ${url} -> 503 in \\d+ ms \\(attempt 1, request id req_1\\)$`),
    );
    expect(debug.find((line) => line.includes("-> 200"))).toMatch(/-> 200 in \d+ ms \(attempt 2, request id req_2\)$/);
    const info = lines.filter(([level]) => level === "info").map(([, line]) => line);
    expect(info).toHaveLength(1);
    expect(info[0]).toMatch(/POST .* failed \(503 .*busy.*\); retry 1 of 2 in 1 ms\./);
  });

  test("the level filters: warn (default) logs no request lines, info logs retries only, off logs nothing", async () => {
    const server = await startServer((_request, response) =>
      json(response, 500, errorBody("x"), { "retry-after-ms": "1" }),
    );
    const run = async (logLevel?: "warn" | "info" | "off") => {
      const { lines, logger } = logSink();
      await clientFor(server, { logger, maxRetries: 1, ...(logLevel ? { logLevel } : { logLevel: undefined }) })
        .request({ ...chat, body })
        .catch(() => {});
      return lines.map(([level]) => level);
    };
    expect(await run()).toEqual([]);
    expect(await run("warn")).toEqual([]);
    expect(await run("info")).toEqual(["info"]);
    expect(await run("off")).toEqual([]);
  });

  test("MAXTOKEN_LOG sets the level; an unknown value warns and falls back to warn", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    const { lines, logger } = logSink();
    await new TestClient({ apiKey: KEY, baseURL: server.url, logger }, runtime({ MAXTOKEN_LOG: "debug" })).request({
      ...chat,
      body,
    });
    expect(lines.some(([level]) => level === "debug")).toBe(true);

    const other = logSink();
    new TestClient({ apiKey: KEY, logger: other.logger }, runtime({ MAXTOKEN_LOG: "loud" }));
    expect(other.lines).toEqual([["warn", expect.stringContaining('Unknown log level "loud"')]]);
  });

  test("the default sink is console", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    await new TestClient({ apiKey: KEY, baseURL: server.url, logLevel: "debug" }, runtime()).request({ ...chat, body });
    expect(debug).toHaveBeenCalled();
    expect(String(debug.mock.calls[0]?.[0])).toContain("[maxtoken] POST");
  });
});
