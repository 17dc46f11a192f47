// A policy may throw a ProxyRefusal from another copy of the SDK than the proxy's (the ESM and
// CJS builds, a duplicated install): the proxy still answers with that refusal, not a 500.
import { expect, test, vi } from "vitest";
import { createProxyHandler } from "../src/proxy/create-proxy-handler.ts";

test("a refusal thrown from another copy of the module is answered as a refusal", async () => {
  vi.resetModules();
  const other = await import("../src/proxy/proxy-refusal.ts");
  const proxy = createProxyHandler(
    [{ operationId: "list", method: "GET", path: "/things", hasBody: false, streams: false }],
    {
      apiKey: "sk-test",
      policy: () => {
        throw new other.ProxyRefusal(403, "Not on your plan.", { code: "plan_limit" });
      },
      fetch: () => Promise.reject(new Error("nothing may go upstream")),
    },
  );
  const response = await proxy(new Request("http://127.0.0.1/v1/things"));
  expect(response.status).toBe(403);
  expect((await response.json()).error).toEqual({
    message: "Not on your plan.",
    type: "permission_error",
    code: "plan_limit",
    param: null,
  });
});
