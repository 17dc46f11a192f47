// Every example in the spec must validate against the schema it illustrates: request
// examples against the request body schema, response examples against their media type's
// schema. A text/event-stream example is the literal stream: each chunk event's data must be
// one valid event payload (the media type's schema), an `event: error` event's data an
// ErrorBody, and the stream ends with `data: [DONE]` or with an error event.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../load.mjs";
import { collectExamples } from "./collect-examples.mjs";
import { parseEventStream } from "./event-stream.mjs";

let document;
beforeAll(async () => {
  const { document: bundled, problems } = await loadSpec();
  expect(problems).toEqual([]);
  document = bundled;
});

/** Compiles one schema of the bundled document, resolving `#/components/...` refs inside it (one Ajv, compiled once). */
const compiled = new Map();
let ajv;
function compile(doc, schema) {
  if (ajv === undefined) {
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...doc, $id: "spec.json" });
  }
  if (!compiled.has(schema.pointer)) compiled.set(schema.pointer, ajv.compile({ $ref: `spec.json#${schema.pointer}` }));
  return compiled.get(schema.pointer);
}

describe("spec examples", () => {
  it("has an example for the request and every response", () => {
    const examples = collectExamples(document);
    const where = new Set(examples.map((e) => e.where));
    expect(where).toEqual(
      new Set([
        "POST /chat/completions request",
        ...["200", "400", "401", "403", "429", "500", "default"].map((s) => `POST /chat/completions ${s}`),
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
    expect(examples.length).toBeGreaterThanOrEqual(16);
    const errorBody = compile(document, { pointer: "/components/schemas/ErrorBody" });
    for (const example of examples) {
      const validate = compile(document, example.schema);
      const checks =
        example.mediaType === "text/event-stream"
          ? parseEventStream(example.value)
              .filter(({ data }) => data !== "[DONE]")
              .map(({ event, data }) => [event === "error" ? errorBody : validate, JSON.parse(data)])
          : [[validate, example.value]];
      for (const [check, value] of checks) {
        const ok = check(value);
        expect({ where: example.where, name: example.name, errors: ok ? null : check.errors }).toEqual({
          where: example.where,
          name: example.name,
          errors: null,
        });
      }
    }
  });

  it("writes each stream example as the wire shows it: events of `data:` lines, ended by [DONE] or an error", () => {
    const streams = collectExamples(document).filter((e) => e.mediaType === "text/event-stream");
    expect(streams.map((e) => e.name)).toEqual(["stream", "streamError"]);
    for (const example of streams) {
      expect(typeof example.value, example.name).toBe("string");
      for (const block of example.value.trim().split("\n\n"))
        expect(block, example.name).toMatch(/^(event: \w+\n)?data: /);
    }
    const [stream, streamError] = streams.map((e) => parseEventStream(e.value));
    expect(stream.at(-1)).toEqual({ event: "message", data: "[DONE]" });
    expect(JSON.parse(stream.at(-2).data)).toMatchObject({ choices: [{ finish_reason: "stop" }], usage: {} });
    expect(streamError.at(-1).event).toBe("error");
    expect(JSON.parse(streamError.at(-1).data).error.type).toBe("server_error");
    expect(streamError.some((event) => event.data === "[DONE]")).toBe(false);
  });

  it("validates the StreamErrorEvent schema's own example, and its data as an ErrorBody", () => {
    const schema = document.components.schemas.StreamErrorEvent;
    const validate = compile(document, { pointer: "/components/schemas/StreamErrorEvent" });
    const errorBody = compile(document, { pointer: "/components/schemas/ErrorBody" });
    expect(schema.properties.data.contentSchema).toEqual({ $ref: "#/components/schemas/ErrorBody" });
    for (const example of schema.examples) {
      expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
      expect(errorBody(JSON.parse(example.data)), JSON.stringify(errorBody.errors)).toBe(true);
    }
    expect(validate({ event: "message", data: "{}" })).toBe(false);
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
      { ...example.value, max_tokens: 1.5 },
      { ...example.value, tools: [{ ...tool, blocked_domains: ["untrusted.com"] }] },
      { ...example.value, tools: [{ ...tool, allowed_domains: ["https://example.com"] }] },
      { ...example.value, tools: [{ ...tool, type: 20250305 }] },
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
