import { describe, expect, it } from "vitest";
import { startMockServer } from "../src/index.ts";
import { loadConformance } from "./helpers/conformance.ts";
import { chatBody, send } from "./helpers/http.ts";
import { useMockServer } from "./helpers/server.ts";

const open = useMockServer();
const locked = useMockServer({ apiKey: "sk-the-right-key" });

describe("bearer authentication", () => {
  it("accepts any non-empty key when none is configured", async () => {
    for (const apiKey of ["sk-anything", "x"]) {
      expect((await send(open.current.origin, { body: chatBody(), apiKey })).status).toBe(200);
    }
  });

  it.each([
    ["no Authorization header", {}, "missing_api_key"],
    ["an empty header", { authorization: "" }, "missing_api_key"],
    ["another scheme", { authorization: "Basic dXNlcjpwYXNz" }, "invalid_api_key"],
    ["Bearer without a key", { authorization: "Bearer   " }, "invalid_api_key"],
  ])("answers 401 to %s", async (_name, headers, code) => {
    const conformance = await loadConformance();
    const result = await send(open.current.origin, { body: chatBody(), apiKey: null, headers });
    expect(result.status).toBe(401);
    conformance.expectConformingResponse(result);
    expect(result.json().error).toMatchObject({ type: "authentication_error", code, param: null });
  });

  it("accepts only the configured key, and never echoes a wrong one", async () => {
    const conformance = await loadConformance();
    expect((await send(locked.current.origin, { body: chatBody(), apiKey: "sk-the-right-key" })).status).toBe(200);
    const wrong = await send(locked.current.origin, { body: chatBody(), apiKey: "sk-wrong-secret" });
    expect(wrong.status).toBe(401);
    conformance.expectConformingResponse(wrong);
    expect(wrong.body).not.toContain("sk-wrong-secret");
    expect(wrong.json().error.code).toBe("invalid_api_key");
  });

  it("checks the key before the body, and the scheme case-insensitively", async () => {
    const result = await send(locked.current.origin, { body: "not json", apiKey: "nope" });
    expect(result.status).toBe(401);
    const lower = await send(locked.current.origin, {
      body: chatBody(),
      apiKey: null,
      headers: { authorization: "bearer sk-the-right-key" },
    });
    expect(lower.status).toBe(200);
  });

  it("requireAuth: false serves requests without a key, like a proxy that adds it", async () => {
    const conformance = await loadConformance();
    await using local = await startMockServer({ port: 0, requireAuth: false });
    const result = await send(local.origin, { body: chatBody(), apiKey: null });
    expect(result.status).toBe(200);
    conformance.expectConformingResponse(result);
    expect((await send(local.origin, { body: chatBody(), apiKey: "anything" })).status).toBe(200);
  });

  it("does not ask preflights for a key", async () => {
    await using local = await startMockServer({ port: 0, apiKey: "k" });
    const result = await send(local.origin, {
      method: "OPTIONS",
      apiKey: null,
      headers: { origin: "http://page.test", "access-control-request-method": "POST" },
    });
    expect(result.status).toBe(204);
  });
});
