// What the spec enforces is what maxtoken's documentation states (or what is certainly true of
// any request); what it adds where the documentation is silent is marked as assumed. The request
// checker turns every constraint of the request schema into a refusal before the network, so a
// constraint the API does not have would block valid requests: these tests hold the line.
import { readFile } from "node:fs/promises";
import Ajv2020 from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadSpec } from "../load.mjs";

/** The one phrase that marks an assumption in a description. */
const ASSUMED = "Assumed (not in maxtoken's documentation)";

let document;
let validateRequest;
beforeAll(async () => {
  ({ document } = await loadSpec());
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ ...document, $id: "spec.json" });
  validateRequest = ajv.compile({ $ref: "spec.json#/components/schemas/ChatCompletionCreateParams" });
});

const at = (pointer) =>
  pointer
    .split("/")
    .slice(1)
    .reduce((node, key) => node?.[key.replaceAll("~1", "/")], document);

const base = { model: "claude-opus-4-6", messages: [{ role: "user", content: "Hi" }] };
const tool = (fields) => ({ ...base, tools: [{ type: "web_search", ...fields }] });

describe("the request schema enforces only what is stated or certainly true", () => {
  it.each([
    ["an internationalised domain", tool({ allowed_domains: ["bücher.de"] })],
    ["a single-label domain", tool({ allowed_domains: ["localhost"] })],
    ["a domain with a trailing dot", tool({ blocked_domains: ["example.com."] })],
    [
      "a punycode domain, a port, a subdomain with a subpath",
      tool({ allowed_domains: ["xn--bcher-kva.de", "localhost:8080", "docs.example.com/blog/2025"] }),
    ],
    ["a later dated web search type", { ...base, tools: [{ type: "web_search_20260101", name: "web_search" }] }],
    ["a tool type the API may add", { ...base, tools: [{ type: "code_execution", name: "code_execution" }] }],
    ["an empty messages list", { ...base, messages: [] }],
    ["an empty content array", { ...base, messages: [{ role: "user", content: [] }] }],
    ["max_tokens of 0", { ...base, max_tokens: 0 }],
    ["max_uses of 0", tool({ max_uses: 0 })],
    ["an empty model id", { ...base, model: "" }],
    ["an empty stop sequence", { ...base, stop: [""] }],
  ])("accepts %s", (_, body) => {
    expect(validateRequest(body), JSON.stringify(validateRequest.errors)).toBe(true);
  });

  it.each([
    ["a domain with an https scheme", tool({ allowed_domains: ["https://example.com"] }), "pattern"],
    ["a domain with an http scheme, upper case", tool({ blocked_domains: ["HTTP://example.com"] }), "pattern"],
    ["a domain with another scheme", tool({ allowed_domains: ["ftp://example.com"] }), "pattern"],
    ["a subpath without a host", tool({ allowed_domains: ["/blog"] }), "pattern"],
    ["an empty domain", tool({ allowed_domains: [""] }), "pattern"],
    ["a domain with whitespace", tool({ allowed_domains: ["exa mple.com"] }), "pattern"],
    ["allowed and blocked domains together", tool({ allowed_domains: ["a.com"], blocked_domains: ["b.com"] }), "not"],
    ["temperature above 1", { ...base, temperature: 1.5 }, "maximum"],
    ["a negative top_p", { ...base, top_p: -0.1 }, "minimum"],
    ["a role none of the API's tables names", { ...base, messages: [{ role: "tool", content: "Hi" }] }, "enum"],
    ["a tool without a type", { ...base, tools: [{ name: "web_search" }] }, "required"],
    ["a tool type that is not a string", { ...base, tools: [{ type: 1 }] }, "type"],
    ["a fractional max_tokens", { ...base, max_tokens: 1.5 }, "type"],
    ["a missing model", { messages: base.messages }, "required"],
  ])("refuses %s", (_, body, keyword) => {
    expect(validateRequest(body)).toBe(false);
    expect(validateRequest.errors.map((error) => error.keyword)).toContain(keyword);
  });

  it("states no minimum the API does not state", () => {
    const params = document.components.schemas.ChatCompletionCreateParams.properties;
    expect(params.messages.minItems).toBeUndefined();
    expect(params.model.minLength).toBeUndefined();
    expect(params.max_tokens.minimum).toBeUndefined();
    expect(params.stop.items.minLength).toBeUndefined();
    expect(document.components.schemas.WebSearchTool.properties.max_uses.minimum).toBeUndefined();
    const content = document.components.schemas.ChatCompletionMessageParam.properties.content;
    expect(content.oneOf[1].minItems).toBeUndefined();
  });
});

describe("open enums", () => {
  /** Every schema in the document with the open-enum form, by JSON pointer. */
  function openEnums(node = document, pointer = "") {
    if (node === null || typeof node !== "object") return [];
    const found = [];
    const alternatives = node.anyOf;
    if (
      Array.isArray(alternatives) &&
      alternatives.some((a) => a.enum) &&
      alternatives.some((a) => a.type === "string" && !a.enum)
    )
      found.push([pointer, node]);
    for (const [key, value] of Object.entries(node)) found.push(...openEnums(value, `${pointer}/${key}`));
    return found;
  }

  it("are written in the anyOf form any tool reads, never only in an extension", () => {
    expect(JSON.stringify(document)).not.toContain("x-known-values");
    const pointers = openEnums().map(([pointer]) => pointer);
    for (const pointer of [
      "/components/schemas/ChatCompletionCreateParams/properties/model",
      "/components/schemas/WebSearchTool/properties/type",
      "/components/schemas/WebSearchTool/properties/name",
      "/components/schemas/ChatCompletionChoice/properties/finish_reason",
      "/components/schemas/ChatCompletionChunkChoice/properties/finish_reason",
      "/components/schemas/ChatCompletionMessage/properties/role",
      "/components/schemas/ChatCompletionChunkDelta/properties/role",
      "/components/schemas/ErrorBody/properties/error/properties/type",
    ]) {
      expect(pointers).toContain(pointer);
    }
  });

  it("name their known values in the description too, and accept any other string", () => {
    const ajv = new Ajv2020({ strict: false });
    for (const [pointer, schema] of openEnums()) {
      const known = schema.anyOf.flatMap((alternative) => alternative.enum ?? []);
      for (const value of known) expect(schema.description, pointer).toContain(`\`${value}\``);
      const validate = ajv.compile({ ...schema, description: undefined });
      expect(validate("a-value-added-later"), pointer).toBe(true);
      expect(validate(42), pointer).toBe(false);
    }
  });

  it("leave out finish_reason tool_calls: the API documents no function tools", () => {
    for (const name of ["ChatCompletionChoice", "ChatCompletionChunkChoice"]) {
      const values = document.components.schemas[name].properties.finish_reason.anyOf.flatMap((a) => a.enum ?? []);
      expect(values).toEqual(["stop", "length", "content_filter"]);
    }
  });
});

describe("assumptions are marked", () => {
  it.each([
    ["the stream's event format", "/paths/~1chat~1completions/post/description"],
    ["the chunk's shape", "/components/schemas/ChatCompletionChunk/description"],
    ["usage on the last chunk", "/components/schemas/ChatCompletionChunk/properties/usage/description"],
    ["the error event", "/components/schemas/StreamErrorEvent/description"],
    ["the error body", "/components/schemas/ErrorBody/description"],
    ["the error type strings", "/components/schemas/ErrorBody/properties/error/properties/type/description"],
    ["the code 503 in the body", "/components/schemas/ErrorBody/properties/error/properties/code/description"],
    ["x-request-id", "/components/headers/x-request-id/description"],
    ["x-should-retry", "/components/headers/x-should-retry/description"],
    ["retry-after", "/components/headers/retry-after/description"],
    ["retry-after-ms", "/components/headers/retry-after-ms/description"],
    [
      "finish_reason length and content_filter",
      "/components/schemas/ChatCompletionChoice/properties/finish_reason/description",
    ],
    ["the same, streamed", "/components/schemas/ChatCompletionChunkChoice/properties/finish_reason/description"],
    [
      "max_tokens giving finish_reason length",
      "/components/schemas/ChatCompletionCreateParams/properties/max_tokens/description",
    ],
    ["a null message content", "/components/schemas/ChatCompletionMessage/properties/content/description"],
    ["400 for an invalid request", "/components/responses/BadRequest/description"],
    ["the body of other statuses", "/components/responses/OtherError/description"],
  ])("marks %s", (_, pointer) => {
    expect(at(pointer)).toContain(ASSUMED);
  });

  it("speaks of maxtoken's documentation, never of the team's notes on it", () => {
    expect(JSON.stringify(document)).not.toMatch(/vendor|design\.md|single source of truth/i);
  });

  it("writes the marker one way only", () => {
    const text = JSON.stringify(document);
    const markers = text.match(/assumed/gi) ?? [];
    const phrases = text.match(/Assumed \(not in maxtoken's documentation\)/g) ?? [];
    expect(markers.length).toBeGreaterThanOrEqual(17);
    expect(phrases.length).toBe(markers.length);
  });

  it("keeps SDK behaviour (what is retried, how long to wait) out of the API's responses and headers", () => {
    const texts = [
      ...Object.values(document.components.responses).map((response) => response.description),
      ...Object.values(document.components.headers).map((header) => header.description),
    ];
    for (const text of texts) expect(text).not.toMatch(/\bSDK|safe to retry|not retried|preferred over|overrides/i);
  });
});

describe("what tools read", () => {
  it("names no licence for the API (maxtoken's documentation names none) and says why the rule is off", async () => {
    expect(document.info.license).toBeUndefined();
    const config = await readFile(new URL("../redocly.yaml", import.meta.url), "utf8");
    expect(parse(config).rules).toMatchObject({ "info-license": "off" });
    expect(config).toMatch(/#[^\n]*licen[cs]e[^\n]*\n(#[^\n]*\n)*\s*info-license: off/);
  });

  it("switches no-required-schema-properties-undefined off only where it misreads `not: { required }`", async () => {
    const config = parse(await readFile(new URL("../redocly.yaml", import.meta.url), "utf8"));
    expect(config.rules["no-required-schema-properties-undefined"]).toBeUndefined();
    const ignored = parse(await readFile(new URL("../.redocly.lint-ignore.yaml", import.meta.url), "utf8"));
    const places = Object.entries(ignored).flatMap(([file, rules]) =>
      Object.entries(rules).flatMap(([rule, pointers]) => pointers.map((pointer) => `${rule} ${file}${pointer}`)),
    );
    expect(places).toEqual([
      "no-required-schema-properties-undefined components/schemas/WebSearchTool.yaml#/not/required/0",
      "no-required-schema-properties-undefined components/schemas/WebSearchTool.yaml#/not/required/1",
      "no-invalid-media-type-examples components/examples/stream-events.yaml#/value",
      "no-invalid-media-type-examples components/examples/stream-error.yaml#/value",
    ]);
  });

  it("describes the stream's conventions in words and keeps the x-stream-* extensions", () => {
    const operation = document.paths["/chat/completions"].post;
    expect(operation["x-stream-flag"]).toBe("stream");
    expect(operation["x-stream-terminator"]).toBe("[DONE]");
    for (const words of [
      "`data:` line",
      "`data: [DONE]` ends the stream",
      "`event: error`",
      "`x-stream-flag`",
      "`x-stream-terminator`",
      "`StreamErrorEvent`",
    ])
      expect(operation.description).toContain(words);
  });

  it("has curl and TypeScript (Node) code samples whose request bodies are valid", () => {
    const samples = document.paths["/chat/completions"].post["x-codeSamples"];
    expect(samples.map((sample) => `${sample.lang}: ${sample.label}`)).toEqual([
      "Shell: curl",
      "Shell: curl (stream)",
      "TypeScript: TypeScript (Node)",
      "TypeScript: TypeScript (Node, stream)",
    ]);
    for (const sample of samples.filter((s) => s.lang === "Shell")) {
      expect(sample.source).toContain(`${document.servers[0].url}/chat/completions`);
      const body = JSON.parse(/-d '([^']*)'/.exec(sample.source)[1]);
      expect(validateRequest(body), sample.label).toBe(true);
    }
    for (const sample of samples.filter((s) => s.lang === "TypeScript"))
      expect(sample.source).toContain('import { Maxtoken } from "@maxtoken/node";');
  });
});
