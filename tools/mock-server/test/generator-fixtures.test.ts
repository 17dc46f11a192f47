// The server on every fixture spec the generator has (tools/generator/test/fixtures/*/openapi.yaml
// or openapi.json, the broken ones aside), and on this package's own: each operation answers a request built from
// the spec with what the spec declares, a bad fault-free request gets the spec's 400, and a
// fault status answers with the spec's error body.
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { startMockServer } from "../src/index.ts";
import { send } from "./helpers/http.ts";
import { loadSpecConformance } from "./helpers/spec-conformance.ts";
import { requestBuilder } from "./helpers/valid-request.ts";

const generatorFixtures = fileURLToPath(new URL("../../generator/test/fixtures/", import.meta.url));
const ownFixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));

function fixtureSpecs(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "broken")
    .flatMap((entry) => ["openapi.yaml", "openapi.json"].map((name) => `${folder}${entry.name}/${name}`))
    .filter((file) => existsSync(file));
}

/** The first field of a JSON object body, if the body is one. */
function requiredField(body: unknown): string | undefined {
  if (typeof body !== "string") return undefined;
  try {
    const value = JSON.parse(body) as unknown;
    return value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value)[0] : undefined;
  } catch {
    return undefined;
  }
}

const specs = [...fixtureSpecs(generatorFixtures), ...fixtureSpecs(ownFixtures)];

describe.each(specs)("the fixture spec %s", (file) => {
  it("answers every operation with a schema-valid answer, and fault statuses with the spec's error body", {
    timeout: 120_000,
  }, async () => {
    const conformance = await loadSpecConformance(file);
    const builder = await requestBuilder(file);
    // Operations with a handler of their own (x-mock-handler naming one outside the built-ins) answer from the spec here.
    const handlers = Object.fromEntries(
      builder.spec.operations
        .filter(
          (operation) =>
            operation.handlerName !== undefined && !["chat-completion", "spec"].includes(operation.handlerName),
        )
        .map((operation) => [
          operation.handlerName!,
          (context: { answerFromSpec(): Promise<void> }) => context.answerFromSpec(),
        ]),
    );
    await using server = await startMockServer({ spec: file, handlers, port: 0 });
    expect(builder.spec.operations.length).toBeGreaterThan(0);
    for (const operation of builder.spec.operations) {
      const request = await builder.build(operation);
      const result = await send(server.origin, request);
      expect(result.status! < 300, `${operation.operationId}: ${result.status} ${result.body}`).toBe(true);
      const terminator = conformance.operations.find((entry) => entry.operationId === operation.operationId)!.operation[
        "x-stream-terminator"
      ] as string | undefined;
      conformance.expectConforming(operation.operationId, result, terminator);
      const faulted = await send(server.origin, {
        ...request,
        headers: { ...request.headers, "x-mock-fault": "status=500" },
      });
      expect(faulted.status, operation.operationId).toBe(500);
      conformance.expectConforming(operation.operationId, faulted);
      // Without a required field of its JSON body, the request gets the spec's 400 (or 422) naming it.
      const required = requiredField(request.body);
      if (required === undefined || !builder.requiredFields(operation).includes(required)) continue;
      const body = JSON.parse(String(request.body));
      delete body[required];
      const refused = await send(server.origin, { ...request, body: JSON.stringify(body) });
      expect([400, 422], `${operation.operationId} without ${required}`).toContain(refused.status);
      expect(refused.body).toContain(required);
      conformance.expectConforming(operation.operationId, refused);
    }
  });
});
