// Which paths the proxy forwards: only the operation table's, and a path parameter never
// reaches another path upstream.
import { describe, expect, test } from "vitest";
import { compileOperations } from "../src/proxy/match-operation.ts";
import type { ProxyOperation } from "../src/proxy/proxy-operation.ts";

const operation = (method: ProxyOperation["method"], path: string): ProxyOperation => ({
  operationId: `${method} ${path}`,
  method,
  path,
  hasBody: method !== "GET",
  streams: false,
});
const match = compileOperations([
  operation("POST", "/chat/completions"),
  operation("GET", "/models/{model_id}"),
  operation("DELETE", "/models/{model_id}"),
]);

describe("compileOperations", () => {
  test("finds an operation by method and path, with path parameters", () => {
    expect(match("POST", "/chat/completions")).toEqual({ operation: operation("POST", "/chat/completions") });
    expect(match("GET", "/models/claude-opus-4-6")).toEqual({ operation: operation("GET", "/models/{model_id}") });
  });

  test("names the allowed methods when only the method differs", () => {
    expect(match("PUT", "/models/m")).toEqual({ allowedMethods: ["GET", "DELETE"] });
  });

  test.each([
    "/chat/completions/",
    "/chat",
    "/chat/completions/extra",
    "/models/",
    "/models/a/b",
    "/models/..",
    "/models/.",
    "/models/a%2Fb",
    "/models/a%2fb",
    "/files",
  ])("forwards nothing for %s", (path) => {
    expect(match("GET", path)).toBeUndefined();
    expect(match("POST", path)).toBeUndefined();
  });

  test("treats a path template's other characters literally", () => {
    const dotted = compileOperations([operation("GET", "/v1.0/items")]);
    expect(dotted("GET", "/v1.0/items")).toBeDefined();
    expect(dotted("GET", "/v1x0/items")).toBeUndefined();
  });
});
