// The request checker generated from our spec's constraints, run on good and bad bodies: the
// emitted rules must carry each of the spec's constraints to the right path. How rules are read
// (messages, paths, every keyword) is tested with core's checkRules in packages/core/test/.

import { join } from "node:path";
import type { RequestChecker } from "@maxtoken/core/internal";
import { beforeAll, describe, expect, it } from "vitest";
import { renderSpec } from "../src/generate.ts";
import { FIXTURES } from "./support/paths.ts";
import { materialize, scratchDir } from "./support/scratch.ts";

let check: RequestChecker;
let source: string;
beforeAll(async () => {
  const files = await renderSpec(FIXTURES[0].spec, FIXTURES[0].label);
  source = files.get("checks.gen.ts")!;
  const dir = scratchDir("checks");
  materialize(dir, files);
  ({ checkChatCompletionCreateParams: check } = await import(join(dir, "generated/checks.gen.ts")));
});

const user = { role: "user", content: "Hi" };
const base = { model: "claude-opus-4-6", messages: [user] };
const tool = (extra: object) => ({ ...base, tools: [{ type: "web_search", ...extra }] });

describe("checkChatCompletionCreateParams", () => {
  it.each([
    ["the smallest body", base],
    ["any model id", { ...base, model: "some-future-model" }],
    ["content parts", { ...base, messages: [{ role: "user", content: [{ type: "text", text: "Hi" }] }] }],
    ["a streamed request", { ...base, stream: true }],
    ["temperature and top_p at their bounds", { ...base, temperature: 1, top_p: 0 }],
    [
      "a web search tool with allowed domains",
      tool({ allowed_domains: ["example.com", "docs.example.com/blog"], max_uses: 5 }),
    ],
    ["the dated tool type", { ...base, tools: [{ type: "web_search_20250305", name: "web_search" }] }],
    // Open or unstated in the API's documentation: sent as they are, for the API to judge.
    ["a later dated tool type", { ...base, tools: [{ type: "web_search_20260101", name: "web_search" }] }],
    ["a tool type the API may add", { ...base, tools: [{ type: "code_execution", name: "code_execution" }] }],
    [
      "domains the API may accept",
      tool({ allowed_domains: ["bücher.de", "localhost", "example.com.", "localhost:8080"] }),
    ],
    ["an empty model", { ...base, model: "" }],
    ["no messages", { ...base, messages: [] }],
    ["an empty list of parts", { ...base, messages: [{ role: "user", content: [] }] }],
    ["max_tokens of 0", { ...base, max_tokens: 0 }],
    ["an empty stop sequence", { ...base, stop: [""] }],
    ["max_uses of 0", tool({ max_uses: 0 })],
    [
      "unknown extra fields (top level, message, tool)",
      { ...tool({ extra: 1 }), seed: 7, messages: [{ ...user, name: "Ann" }] },
    ],
  ])("accepts %s", (_, body) => {
    expect(check(body)).toEqual([]);
  });

  it.each([
    ["a missing model", { messages: [user] }, "model", "required"],
    ["an unknown role", { ...base, messages: [{ role: "robot", content: "Hi" }] }, "messages[0].role", "enum"],
    [
      "content of the wrong type",
      { ...base, messages: [{ role: "user", content: 42 }] },
      "messages[0].content",
      "oneOf",
    ],
    [
      "a part without text",
      { ...base, messages: [{ role: "user", content: [{ type: "text" }] }] },
      "messages[0].content[0].text",
      "required",
    ],
    ["temperature above 1", { ...base, temperature: 1.5 }, "temperature", "maximum"],
    ["a negative top_p", { ...base, top_p: -0.1 }, "top_p", "minimum"],
    ["a fractional max_tokens", { ...base, max_tokens: 1.5 }, "max_tokens", "type"],
    ["stream as a string", { ...base, stream: "yes" }, "stream", "type"],
    ["a tool type that is not a string", { ...base, tools: [{ type: 1 }] }, "tools[0].type", "type"],
    ["a model id that is not a string", { ...base, model: 4 }, "model", "type"],
    [
      "a domain with a scheme",
      tool({ allowed_domains: ["https://example.com"] }),
      "tools[0].allowed_domains[0]",
      "pattern",
    ],
    ["a domain without a host", tool({ blocked_domains: ["/blog"] }), "tools[0].blocked_domains[0]", "pattern"],
    [
      "allowed and blocked domains together",
      tool({ allowed_domains: ["a.com"], blocked_domains: ["b.com"] }),
      "tools[0]",
      "not",
    ],
    ["a body that is not an object", "hello", "", "type"],
  ])("rejects %s", (_, body, path, rule) => {
    const issues = check(body);
    expect(issues).toContainEqual(expect.objectContaining({ path, rule }));
    for (const issue of issues) expect(issue.message).toMatch(/\S/);
  });

  it("is only the spec's rules, one constant per schema, read by core's checkRules (no interpreter in the output)", () => {
    expect(source).toMatch(
      /^import \{ checkRules, type RequestChecker, type Rule \} from "@maxtoken\/core\/internal";$/m,
    );
    expect(source.match(/^import /gm)).toHaveLength(1);
    expect(source).toMatch(/^const ChatCompletionCreateParamsRule: Rule = \{$/m);
    // A $ref is a function returning the named rule: unused rules stay droppable, cycles need nothing.
    expect(source).toContain("items: () => ChatCompletionMessageParamRule");
    expect(source).toMatch(
      /^export const checkChatCompletionCreateParams: RequestChecker = \(body\) =>\s+checkRules\(ChatCompletionCreateParamsRule, body\);$/m,
    );
    expect(source).not.toMatch(/\bfunction\b/);
    // Open enums accept any string: their anyOf checks nothing, so the rules leave it out.
    expect(source).not.toContain("anyOf");
    expect(source.length).toBeLessThan(9_000);
  });
});
