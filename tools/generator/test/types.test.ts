// The types: readable public names, known values, stream variants, TSDoc from the spec.
import { beforeAll, describe, expect, it } from "vitest";
import { renderSpec } from "../src/generate.ts";
import { FIXTURES } from "./support/paths.ts";

let types: string;
beforeAll(async () => {
  const files = await renderSpec(FIXTURES[0].spec, FIXTURES[0].label);
  types = files.get("types.gen.ts")!;
});

/** The declaration of `name` (its TSDoc and body), up to the next blank line at top level. */
function declaration(name: string): string {
  const start = types.search(new RegExp(`^export (interface|type) ${name}\\b`, "m"));
  expect(start, `${name} is declared`).toBeGreaterThanOrEqual(0);
  const docStart = types.lastIndexOf("\n\n", start) + 2;
  const end = types.indexOf("\n\n", start);
  return types.slice(docStart, end < 0 ? undefined : end);
}

describe("types.gen.ts of our spec", () => {
  it.each([
    "ChatCompletion",
    "ChatCompletionChunk",
    "ChatCompletionCreateParams",
    "ChatCompletionCreateParamsStreaming",
    "ChatCompletionCreateParamsNonStreaming",
    "ChatCompletionMessageParam",
    "ChatCompletionContentPartText",
    "WebSearchTool",
    "CompletionUsage",
    "ErrorBody",
  ])("exports %s as a readable declaration", (name) => {
    const text = declaration(name);
    expect(text).not.toContain("components[");
  });

  it.each([
    ["model", /model: "claude-opus-4-6" \| "claude-opus-4-5-20251101" \| \(string & \{\}\);/],
    ["finish_reason", /finish_reason: "stop" \| "length" \| "content_filter" \| \(string & \{\}\);/],
    ["nullable finish_reason", /finish_reason\?: "stop" \| "length" \| "content_filter" \| \(string & \{\}\) \| null;/],
    ["tool type", /type: "web_search" \| "web_search_20250305" \| \(string & \{\}\);/],
    ["role of the answer", /role: "assistant" \| \(string & \{\}\);/],
    ["closed role of a message", /role: "system" \| "user" \| "assistant";/],
  ])("open enums (anyOf: [string, enum]) make %s open: known values or any string", (_, pattern) => {
    expect(types).toMatch(pattern);
  });

  it("declares the stream variants by the x-stream-flag field", () => {
    expect(declaration("ChatCompletionCreateParamsStreaming")).toMatch(
      /extends ChatCompletionCreateParams \{[\s\S]*\n {2}stream: true;\n\}/,
    );
    expect(declaration("ChatCompletionCreateParamsNonStreaming")).toMatch(
      /extends ChatCompletionCreateParams \{[\s\S]*\n {2}stream\?: false;\n\}/,
    );
  });

  it.each([
    ["temperature", ["Amount of randomness", "Range: 0..1", "@defaultValue `1`"]],
    ["messages", ["The conversation so far"]],
    ["max_tokens", ["The maximum number of tokens"]],
    ["model", ["The model to use", "Known values are suggested", '@example "claude-opus-4-6"']],
    ["stop", ["Custom text sequences"]],
  ])("documents %s with its description, range and default", (field, fragments) => {
    const params = declaration("ChatCompletionCreateParams");
    const at = params.search(new RegExp(`\\n  ${field}\\??:`));
    const doc = params.slice(params.lastIndexOf("/**", at), at);
    for (const fragment of fragments) expect(doc).toContain(fragment);
  });

  it("documents object-level rules and patterns", () => {
    expect(declaration("WebSearchTool")).toContain("Not allowed together: `allowed_domains`, `blocked_domains`.");
    expect(declaration("WebSearchDomain")).toContain("Pattern: `^(?![A-Za-z]");
  });

  it.each([
    "ChatCompletionCreateParams",
    "ChatCompletionMessageParam",
    "ChatCompletionContentPartText",
    "WebSearchTool",
  ])(
    "closes the request type %s although the spec allows additional properties (a typo is a compile error)",
    (name) => {
      expect(declaration(name)).not.toContain("[key: string]");
    },
  );

  it("declares no index signature anywhere: request and response types are closed", () => {
    expect(types).not.toMatch(/\[key: string\]/);
  });
});

describe("types.gen.ts of the extended spec", () => {
  let extended: string;
  beforeAll(async () => {
    extended = (await renderSpec(FIXTURES[1].spec, FIXTURES[1].label)).get("types.gen.ts")!;
  });

  it("closes an object with declared properties, keeps a free-form map and a typed map open", () => {
    const start = extended.indexOf("export interface ModelUpdateParams");
    const body = extended.slice(start, extended.indexOf("\n}\n", start));
    expect(body).toMatch(/metadata\?: \{\n\s+\[key: string\]: unknown;\n\s+\};/);
    expect(body).toMatch(/labels\?: \{\n\s+\[key: string\]: string;\n\s+\};/);
    expect(body.match(/\[key: string\]/g)).toHaveLength(2);
  });
});
