import { describe, expect, it } from "vitest";
import { CORS_ALLOWED_HEADERS, CORS_ALLOWED_METHODS } from "../src/index.ts";
import { loadConformance } from "./helpers/conformance.ts";
import { chatBody, send } from "./helpers/http.ts";
import { useMockServer } from "./helpers/server.ts";

const server = useMockServer();
const origin = "http://localhost:63315";

describe("CORS", () => {
  it("answers a preflight with 204, the SDK's headers and any requested one", async () => {
    const result = await send(server.current.origin, {
      method: "OPTIONS",
      apiKey: null,
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type, x-maxtoken-sdk, x-custom-thing",
      },
    });
    expect(result.status).toBe(204);
    expect(result.body).toBe("");
    expect(result.headers["access-control-allow-origin"]).toBe(origin);
    // Every method a spec's operation may use, not only the chat endpoint's POST.
    expect(String(result.headers["access-control-allow-methods"]).split(", ")).toEqual([...CORS_ALLOWED_METHODS]);
    expect(CORS_ALLOWED_METHODS).toEqual(expect.arrayContaining(["GET", "POST", "PUT", "PATCH", "DELETE"]));
    const allowed = String(result.headers["access-control-allow-headers"]).split(", ");
    expect(allowed).toEqual(expect.arrayContaining([...CORS_ALLOWED_HEADERS, "x-custom-thing"]));
    expect(CORS_ALLOWED_HEADERS).toEqual(expect.arrayContaining(["authorization", "x-mock-fault", "x-mock-example"]));
    expect(result.headers["access-control-max-age"]).toBe("600");
  });

  it("echoes the Origin and exposes the retry and request-id headers on answers, errors included", async () => {
    const conformance = await loadConformance();
    const variants: Array<Record<string, string>> = [
      { origin },
      { origin, "x-mock-fault": "status=429;retry-after=1;retry-after-ms=5;x-should-retry=true" },
    ];
    for (const headers of variants) {
      const result = await send(server.current.origin, { body: chatBody(), headers });
      conformance.expectConformingResponse(result);
      expect(result.headers["access-control-allow-origin"]).toBe(origin);
      expect(result.headers.vary).toBe("Origin");
      expect(String(result.headers["access-control-expose-headers"]).split(", ").sort()).toEqual([
        "retry-after",
        "retry-after-ms",
        "x-request-id",
        "x-should-retry",
      ]);
    }
  });

  it("allows any origin with * when the request has none", async () => {
    const result = await send(server.current.origin, { body: chatBody() });
    expect(result.headers["access-control-allow-origin"]).toBe("*");
  });

  it("sends CORS headers on streams and on 404s", async () => {
    const stream = await send(server.current.origin, { body: chatBody({ stream: true }), headers: { origin } });
    expect(stream.headers["access-control-allow-origin"]).toBe(origin);
    const missing = await send(server.current.origin, { path: "/nope", headers: { origin } });
    expect(missing.status).toBe(404);
    expect(missing.headers["access-control-allow-origin"]).toBe(origin);
  });
});
