// The server on a large spec (216 operations, built by fixtures/large-spec.mjs): it starts, and
// every operation answers a valid request with a schema-valid answer. Start-up time is measured
// in bench/startup.mjs, not here.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a JavaScript fixture without declarations
import { largeSpec } from "./fixtures/large-spec.mjs";
import { type SendOptions, send } from "./helpers/http.ts";
import { useMockServer } from "./helpers/server.ts";
import { loadSpecConformance, type SpecConformance } from "./helpers/spec-conformance.ts";

let folder: string;
let spec: SpecConformance;
const mock = useMockServer(async () => {
  folder = await mkdtemp(join(tmpdir(), "mock-large-spec-"));
  const file = join(folder, "openapi.json");
  await writeFile(file, JSON.stringify(largeSpec(40)));
  spec = await loadSpecConformance(file);
  return { spec: file };
});

afterAll(async () => {
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
});

function request(method: string, path: string): SendOptions {
  const url = `/v1${path.replace("{id}", "abc")}`;
  if (method === "POST" && path.endsWith("/run")) return { path: url, body: { stream: true } };
  if (method === "POST") return { path: url, body: { name: "x", notes: 7 } };
  if (method === "PATCH") return { method, path: url, body: { name: "y", labels: ["a"] } };
  return { method, path: url };
}

describe("a large spec", () => {
  it("serves each of its 216 operations with a schema-valid answer", { timeout: 120_000 }, async () => {
    expect(spec.operations).toHaveLength(216);
    for (const { operationId, method, path } of spec.operations) {
      const result = await send(mock.current.origin, request(method, path));
      expect([200, 201, 204], `${operationId}: ${result.body}`).toContain(result.status);
      spec.expectConforming(operationId, result, "[DONE]");
    }
  });

  it("refuses a bad query on any of them with the spec's 400", async () => {
    const result = await send(mock.current.origin, { method: "GET", path: "/v1/resources-39?limit=101" });
    expect(result.status).toBe(400);
    expect(result.json().error.param).toBe("limit");
    spec.expectConforming("listResource39", result);
  });
});
