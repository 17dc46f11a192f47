// An OpenAPI 3.0 spec with what real-world specs carry (fixtures/legacy): `nullable: false`
// without a `type` (it used to stop ajv: "nullable" cannot be used without "type"), `nullable`
// beside a composition, an API key header, a problem+json error body and 422 as the
// validation status.
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { loadSpecFile } from "../src/index.ts";
import { normalizeSchemas } from "../src/normalize-schemas.ts";
import { send } from "./helpers/http.ts";
import { useMockServer } from "./helpers/server.ts";

const specPath = fileURLToPath(new URL("./fixtures/legacy/openapi.yaml", import.meta.url));
const server = useMockServer({ spec: specPath, apiKey: "k-123" });
const key = { "x-api-key": "k-123" };

describe("an OpenAPI 3.0 spec", () => {
  it("starts, serves its base path and answers with nullable fields as 3.0 means them", async () => {
    expect(server.current.url).toBe(`${server.current.origin}/api`);
    const result = await send(server.current.origin, { method: "GET", path: "/api/pets", headers: key, apiKey: null });
    expect(result.status).toBe(200);
    const pets = result.json();
    expect(Array.isArray(pets)).toBe(true);
    // Checked by ajv's own OpenAPI `nullable` support (draft-07 with the keyword), not the server's code.
    const document = (await loadSpecFile(specPath)) as any;
    const ajv = new Ajv({ strict: false });
    const pet = structuredClone(document.components.schemas.Pet);
    pet.properties.owner = { anyOf: [{ type: "null" }, document.components.schemas.Owner] };
    expect(ajv.validate({ type: "array", items: pet }, pets), JSON.stringify(ajv.errors)).toBe(true);
  });

  it("accepts null where 3.0 says nullable, and anything where nullable: false stands alone", async () => {
    for (const body of [
      { name: "Rex", tag: null },
      { name: "Rex", age: 3 },
      { name: "Rex", age: "old" },
    ]) {
      const result = await send(server.current.origin, { path: "/api/pets", body, headers: key, apiKey: null });
      expect(result.status, JSON.stringify(body)).toBe(201);
    }
  });

  it("answers a refused request with the declared 422 and problem+json body naming the field", async () => {
    const result = await send(server.current.origin, {
      path: "/api/pets",
      body: { name: "" },
      headers: key,
      apiKey: null,
    });
    expect(result.status).toBe(422);
    expect(result.headers["content-type"]).toBe("application/problem+json");
    const problem = result.json();
    expect(problem.status).toBe(422);
    expect(problem.detail).toContain("name");
    expect(Object.keys(problem)).toEqual(expect.arrayContaining(["title", "status", "detail"]));
    const query = await send(server.current.origin, {
      method: "GET",
      path: "/api/pets?limit=11",
      headers: key,
      apiKey: null,
    });
    expect(query.status).toBe(422);
    expect(query.json().detail).toContain("limit");
  });

  it("asks for the API key in its header, and gives the standard error body where the spec declares none", async () => {
    const missing = await send(server.current.origin, { method: "GET", path: "/api/pets", apiKey: null });
    expect(missing.status).toBe(401);
    expect(missing.json().error).toMatchObject({ type: "authentication_error", code: "missing_api_key", param: null });
    expect(missing.json().error.message).toContain("x-api-key");
    const wrong = await send(server.current.origin, {
      method: "GET",
      path: "/api/pets",
      headers: { "x-api-key": "nope" },
      apiKey: null,
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body).not.toContain("nope");
  });
});

describe("normalizeSchemas", () => {
  it("turns 3.0 nullable and boolean exclusive bounds into JSON Schema 2020-12, leaving examples alone", () => {
    const document = {
      openapi: "3.0.3",
      paths: {},
      components: {
        schemas: {
          A: { type: "string", nullable: true, enum: ["x"], example: { nullable: true } },
          B: { nullable: false, description: "no type" },
          C: { allOf: [{ $ref: "#/components/schemas/A" }], nullable: true },
          D: { type: "number", minimum: 0, exclusiveMinimum: true, maximum: 5, exclusiveMaximum: false },
          E: { type: "object", properties: { nullable: { type: "boolean" } } },
        },
      },
    };
    const schemas = normalizeSchemas(document).components!.schemas as Record<string, unknown>;
    expect(schemas.A).toEqual({ type: ["string", "null"], enum: ["x", null], example: { nullable: true } });
    expect(schemas.B).toEqual({ description: "no type" });
    expect(schemas.C).toEqual({ anyOf: [{ allOf: [{ $ref: "#/components/schemas/A" }] }, { type: "null" }] });
    expect(schemas.D).toEqual({ type: "number", exclusiveMinimum: 0, maximum: 5 });
    expect(schemas.E).toEqual({ type: "object", properties: { nullable: { type: "boolean" } } });
    expect(document.components.schemas.B).toEqual({ nullable: false, description: "no type" });
  });
});
