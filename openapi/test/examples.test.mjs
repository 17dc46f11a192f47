// Every example in the spec must validate against the schema it illustrates: request
// examples against the request body schema, response examples against their media type's
// schema (for text/event-stream that is one event's payload).
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../load.mjs";
import { collectExamples } from "./collect-examples.mjs";

let document;
beforeAll(async () => {
  const { document: bundled, problems } = await loadSpec();
  expect(problems).toEqual([]);
  document = bundled;
});

/** Compiles one schema of the bundled document, resolving `#/components/...` refs inside it. */
function compile(doc, schema) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: "spec.json" });
  return ajv.compile({ $ref: `spec.json#${schema.pointer}` });
}

describe("spec examples", () => {
  it("has an example for the request and every response", () => {
    const examples = collectExamples(document);
    const where = new Set(examples.map((e) => e.where));
    expect(where).toEqual(
      new Set([
        "POST /chat/completions request",
        ...["200", "400", "401", "403", "429", "500"].map((s) => `POST /chat/completions ${s}`),
      ]),
    );
    // Each error case the design names has its own named example.
    const names = examples.map((e) => e.name);
    // Both media types of the 200 response have examples.
    expect(new Set(examples.filter((e) => e.part === "200").map((e) => e.mediaType))).toEqual(
      new Set(["application/json", "text/event-stream"]),
    );
    for (const name of [
      "contentPolicyViolation",
      "insufficientBalance",
      "permissionDenied",
      "rateLimited",
      "invalidApiKey",
      "serverError",
      "invalidRequest",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("validates each example against its schema", () => {
    const examples = collectExamples(document);
    expect(examples.length).toBeGreaterThanOrEqual(15);
    for (const example of examples) {
      const validate = compile(document, example.schema);
      const ok = validate(example.value);
      expect({ where: example.where, name: example.name, errors: ok ? null : validate.errors }).toEqual({
        where: example.where,
        name: example.name,
        errors: null,
      });
    }
  });

  it("rejects an example that drops a required field", () => {
    const [example] = collectExamples(document).filter((e) => e.name === "completion");
    const validate = compile(document, example.schema);
    expect(validate(example.value)).toBe(true);
    const { usage, ...broken } = example.value;
    expect(usage).toBeDefined();
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: "required", params: { missingProperty: "usage" } });
  });

  it("rejects a request example that breaks a constraint of the design", () => {
    const [example] = collectExamples(document).filter((e) => e.name === "webSearch");
    const validate = compile(document, example.schema);
    const tool = example.value.tools[0];
    const cases = [
      { ...example.value, temperature: 1.5 },
      { ...example.value, top_p: -0.1 },
      { ...example.value, max_tokens: 0 },
      { ...example.value, messages: [] },
      { ...example.value, tools: [{ ...tool, blocked_domains: ["untrusted.com"] }] },
      { ...example.value, tools: [{ ...tool, allowed_domains: ["https://example.com"] }] },
      { ...example.value, tools: [{ ...tool, type: "code_interpreter" }] },
      { ...example.value, messages: [{ role: "tool", content: "hi" }] },
    ];
    for (const body of cases) expect(validate(body), JSON.stringify(body)).toBe(false);
    // Subdomains, subpaths and unknown extra fields pass.
    expect(
      validate({
        ...example.value,
        tools: [{ ...tool, allowed_domains: ["docs.example.com", "example.com/blog"] }],
        extra_field: 1,
      }),
    ).toBe(true);
  });
});
