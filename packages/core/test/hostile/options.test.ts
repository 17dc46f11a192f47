// Options and local mistakes fail at once, clearly, before the network, never retried, never
// quoting a secret, never reported as network trouble.
import { describe, expect, test } from "vitest";
import { APIConnectionError, MaxtokenError, ValidationError } from "../../src/index.ts";
import { json, startServer } from "../helpers/http-test-server.ts";
import { body, chat, clientFor, KEY, rejection, runtime, TestClient } from "../helpers/test-client.ts";

function thrownBy(build: () => unknown): Error {
  try {
    build();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

describe("options are checked when the client is built", () => {
  const cases: Array<[string, unknown]> = [
    ["maxRetries", Number.NaN],
    ["maxRetries", -1],
    ["maxRetries", 1.5],
    ["maxRetries", Number.POSITIVE_INFINITY],
    ["maxRetries", "3"],
    ["timeout", Number.NaN],
    ["timeout", 0],
    ["timeout", -5],
    ["timeout", "100"],
    ["idleTimeout", Number.NaN],
    ["idleTimeout", 0],
    ["idleTimeout", -1],
    ["maxEventBytes", 0],
    ["maxErrorBodyBytes", Number.NaN],
  ];
  for (const [option, value] of cases) {
    test(`${option}: ${String(value)} is refused, naming the option and the value`, () => {
      const error = thrownBy(() => new TestClient({ apiKey: KEY, [option]: value }, runtime()));
      expect(error).toBeInstanceOf(MaxtokenError);
      expect(error.message).toContain(option);
      expect(error.message).toContain(typeof value === "string" ? JSON.stringify(value) : String(value));
    });
  }

  test("per-request options are checked the same way, before the network", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    for (const options of [{ maxRetries: Number.NaN }, { timeout: 0 }, { idleTimeout: -1 }]) {
      const error = await rejection(clientFor(server).request({ ...chat, body }, options));
      expect(error).toBeInstanceOf(MaxtokenError);
      expect(error.message).toContain(Object.keys(options)[0]);
    }
    expect(server.requests).toHaveLength(0);
  });

  test("valid values still work, and a huge timeout is capped rather than firing at once", async () => {
    const server = await startServer((_request, response) => json(response, 200, { ok: 1 }));
    const client = clientFor(server, { maxRetries: 0, timeout: 1e12, idleTimeout: 1 });
    expect(await client.request({ ...chat, body })).toEqual({ ok: 1 });
  });
});

describe("local mistakes are not network trouble", () => {
  async function local(options: Parameters<TestClient["request"]>[1], requestBody: unknown = body) {
    const server = await startServer((_request, response) => json(response, 200, {}));
    const error = await rejection(
      clientFor(server, { maxRetries: 3 }).request({ ...chat, body: requestBody }, options),
    );
    expect(error).toBeInstanceOf(MaxtokenError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect((error as MaxtokenError).isRetryable).toBe(false);
    expect((error as MaxtokenError).attempts).toBe(0);
    expect(error.message).not.toMatch(/network/i);
    expect(server.requests).toHaveLength(0);
    return error;
  }

  test("a body with a cycle", async () => {
    const cyclic: Record<string, unknown> = { ...body };
    cyclic.self = cyclic;
    expect((await local({}, cyclic)).message).toMatch(/body.*JSON/);
  });

  test("a body with a BigInt", async () => {
    expect((await local({}, { ...body, max_tokens: 10n })).message).toMatch(/body.*JSON/);
  });

  test("a header value with NUL, CR/LF or a character above U+00FF names the header, not the value", async () => {
    for (const value of ["a\u0000b", "a\rb", "a\nb", "caf\u0100", "emoji \u{1F600}"]) {
      const error = await local({ headers: { "x-note": `${value} secret-value` } });
      expect(error.message).toContain("x-note");
      expect(error.message).not.toContain("secret-value");
    }
  });

  test("an invalid header name", async () => {
    for (const name of ["bad name", "x:y", "", "x\u00e9"]) {
      const error = await local({ headers: { [name]: "1" } });
      expect(error.message).toMatch(/header name/i);
    }
  });

  test("a key fetch would refuse fails at construction without quoting it; Latin-1 stays legal", async () => {
    for (const apiKey of [`${KEY}\u0000`, `${KEY}\u0100`, `${KEY}\u{1F511}`]) {
      const error = thrownBy(() => new TestClient({ apiKey }, runtime()));
      expect(error).toBeInstanceOf(MaxtokenError);
      expect(error.message).toMatch(/API key/);
      expect(error.message).not.toContain(KEY);
    }
    const server = await startServer((_request, response) => json(response, 200, { ok: 1 }));
    const latin1 = "sk-caf\u00e9-\u00ff";
    expect(await clientFor(server, { apiKey: latin1 }).request({ ...chat, body })).toEqual({ ok: 1 });
    expect(Buffer.from(server.requests[0]!.headers.authorization!, "latin1").toString("latin1")).toBe(
      `Bearer ${latin1}`,
    );
  });

  test("defaultHeaders a fetch would refuse fail at construction", () => {
    expect(
      thrownBy(() => new TestClient({ apiKey: KEY, defaultHeaders: { "x-a": "\u0000" } }, runtime())).message,
    ).toContain("x-a");
    expect(thrownBy(() => new TestClient({ apiKey: KEY, defaultHeaders: { "a b": "1" } }, runtime())).message).toMatch(
      /header name/i,
    );
  });

  test("the validation message lists the first issues and says how many more there are", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    const check = () =>
      Array.from({ length: 100_000 }, (_, i) => ({ path: `messages[${i}].role`, rule: "enum", message: "is wrong" }));
    const error = (await rejection(clientFor(server).request({ ...chat, body, check }))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues).toHaveLength(100_000);
    expect(error.message.length).toBeLessThan(2_000);
    expect(error.message).toContain("messages[0].role");
    expect(error.message).toMatch(/and 99,?99\d more/);
  });
});

describe("baseURL", () => {
  test("a query string, a fragment or a non-HTTP scheme is refused", () => {
    for (const baseURL of [
      "https://example.test/v1?x=1",
      "https://example.test/v1#top",
      "ftp://example.test/v1",
      "file:///etc/v1",
      "javascript:alert(1)",
    ]) {
      const error = thrownBy(() => new TestClient({ apiKey: KEY, baseURL }, runtime()));
      expect(error).toBeInstanceOf(MaxtokenError);
      expect(error.message).toMatch(/baseURL/);
    }
  });

  test("credentials in the URL are refused and never printed", () => {
    const error = thrownBy(
      () => new TestClient({ apiKey: KEY, baseURL: "https://user:hunter2-password@example.test/v1" }, runtime()),
    );
    expect(error).toBeInstanceOf(MaxtokenError);
    expect(error.message).toMatch(/baseURL/);
    expect(error.message).not.toContain("hunter2");
    const unparsable = thrownBy(
      () => new TestClient({ apiKey: KEY, baseURL: "user:hunter2-password@ nope" }, runtime()),
    );
    expect(unparsable.message).not.toContain("hunter2");
  });

  test("http and https roots with a path still work", async () => {
    const server = await startServer((_request, response) => json(response, 200, { ok: 1 }));
    expect(await clientFor(server).request({ ...chat, body })).toEqual({ ok: 1 });
    expect(server.requests[0]!.url).toBe("/v1/chat/completions");
  });
});
