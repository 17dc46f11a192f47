// Values built from schemas: deterministic and valid against the schema (checked by the tests'
// own ajv, with formats), for the keywords APIs use.
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { SpecDocument } from "../src/index.ts";
import { prepareSpec } from "../src/served-spec.ts";
import { synthesize } from "../src/synthesize.ts";

const addFormats = ((formatsModule as any).default ?? formatsModule) as (ajv: Ajv2020) => void;

const schemas: Record<string, unknown> = {
  discriminated: {
    oneOf: [
      {
        type: "object",
        required: ["kind", "radius"],
        properties: { kind: { const: "circle" }, radius: { type: "number", exclusiveMinimum: 0 } },
      },
      {
        type: "object",
        required: ["kind", "side"],
        properties: { kind: { const: "square" }, side: { type: "integer", multipleOf: 5, minimum: 12 } },
      },
    ],
  },
  overlappingOneOf: {
    oneOf: [
      { type: "object", properties: { a: { type: "string" } } },
      { type: "object", required: ["b"], properties: { b: { type: "string" } } },
    ],
  },
  exclusiveTogether: {
    type: "object",
    properties: {
      allowed: { type: "array", items: { type: "string" } },
      blocked: { type: "array", items: { type: "string" } },
    },
    not: { required: ["allowed", "blocked"] },
  },
  uniqueItems: { type: "array", minItems: 3, uniqueItems: true, items: { type: "string", format: "uuid" } },
  tuple: { type: "array", prefixItems: [{ type: "integer" }, { type: "string", enum: ["x", "y"] }], items: false },
  patterns: {
    type: "object",
    required: ["key", "code", "phone"],
    properties: {
      key: { type: "string", pattern: "^sk-[A-Za-z0-9]{20}$" },
      code: { type: "string", pattern: "^[A-Z]{3}$", minLength: 3, maxLength: 3 },
      phone: { type: "string", pattern: "^\\+[1-9][0-9]{7,14}$" },
    },
  },
  formats: {
    type: "object",
    properties: {
      when: { type: "string", format: "date-time" },
      day: { type: "string", format: "date" },
      email: { type: "string", format: "email" },
      site: { type: "string", format: "uri" },
      address: { type: "string", format: "ipv4" },
    },
  },
  bounds: {
    type: "object",
    required: ["negative", "fraction", "between"],
    properties: {
      negative: { type: "integer", maximum: -10 },
      fraction: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
      between: { type: "integer", minimum: 100, maximum: 100 },
    },
  },
  map: { type: "object", minProperties: 2, additionalProperties: { type: "integer", minimum: 7 } },
  nullableRef: { anyOf: [{ type: "null" }, { $ref: "#/components/schemas/recursive" }] },
  recursive: {
    type: "object",
    required: ["name"],
    properties: {
      name: { type: "string" },
      parent: { $ref: "#/components/schemas/recursive" },
      children: { type: "array", items: { $ref: "#/components/schemas/recursive" } },
    },
  },
  // A member requires a field another member describes (Plaid's Transaction): the described value wins.
  requiredElsewhere: {
    allOf: [
      { type: "object", properties: { category: { type: ["array", "null"], items: { type: "string" } } } },
      { type: "object", required: ["category", "id"], properties: { id: { type: "string" } } },
    ],
    required: ["category"],
  },
  examplesThatFail: { type: "integer", minimum: 5, examples: [1, 2], default: 3 },
  examplesThatPass: { type: "string", examples: ["from the spec"] },
  writeOnly: {
    type: "object",
    required: ["id"],
    properties: { id: { type: "string", readOnly: true }, password: { type: "string", writeOnly: true } },
  },
};

const document: SpecDocument = { openapi: "3.1.0", paths: {}, components: { schemas } };
const spec = prepareSpec(document, "synthesize.test");
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...document, $id: "https://synthesize.test/doc" });

describe("synthesize", () => {
  it.each(Object.keys(schemas))("builds a valid, deterministic value for %s", (name) => {
    const pointer = `/components/schemas/${name}`;
    const value = synthesize(spec.document, spec.validator, pointer, { direction: "response" });
    const validate = ajv.getSchema(`https://synthesize.test/doc#${pointer}`)!;
    expect({ value, errors: validate(value) ? null : validate.errors }).toEqual({ value, errors: null });
    expect(synthesize(spec.document, spec.validator, pointer, { direction: "response" })).toEqual(value);
  });

  it("uses the schema's own examples when they pass, and leaves out readOnly or writeOnly fields by direction", () => {
    const at = (name: string, direction: "request" | "response") =>
      synthesize(spec.document, spec.validator, `/components/schemas/${name}`, { direction }) as any;
    expect(at("examplesThatPass", "response")).toBe("from the spec");
    expect(at("examplesThatFail", "response")).toBe(5);
    expect(Object.keys(at("writeOnly", "response"))).toEqual(["id"]);
    expect(Object.keys(at("writeOnly", "request"))).toEqual(["id", "password"]);
  });

  it("tells array items apart by variant", () => {
    const ids = synthesize(spec.document, spec.validator, "/components/schemas/uniqueItems", { direction: "response" });
    expect(new Set(ids as string[]).size).toBe(3);
  });
});
