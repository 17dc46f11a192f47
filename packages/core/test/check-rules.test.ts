// The request checker's interpreter: checkRules reads rules that refer to each other through
// functions (as `checks.gen.ts` writes them) and reports every problem with its path, rule name
// and message.
import { describe, expect, it, test } from "vitest";
import type { ValidationIssue } from "../src/index.ts";
import { checkRules, type Rule } from "../src/internal.ts";

/** Checks `given` against one rule written in place. */
const checkOne = (rule: Rule, given: unknown): ValidationIssue[] => checkRules(rule, given);
const issue = (path: string, rule: string, message: string): ValidationIssue => ({ path, rule, message });

describe("checkRules, keyword by keyword", () => {
  it.each<[string, { rule: Rule; given: unknown; want: ValidationIssue[] }]>([
    ["type: a match", { rule: { type: ["string"] }, given: "a", want: [] }],
    [
      "type: the wrong type",
      { rule: { type: ["string"] }, given: 1, want: [issue("", "type", "must be string (got integer)")] },
    ],
    ["type: number allows integers", { rule: { type: ["number"] }, given: 3, want: [] }],
    [
      "type: integer refuses fractions",
      { rule: { type: ["integer"] }, given: 1.5, want: [issue("", "type", "must be integer (got number)")] },
    ],
    [
      "type: NaN is named",
      { rule: { type: ["number"] }, given: Number.NaN, want: [issue("", "type", "must be number (got NaN)")] },
    ],
    ["type: null among types", { rule: { type: ["string", "null"] }, given: null, want: [] }],
    [
      "type: an array is not an object",
      { rule: { type: ["object"] }, given: [], want: [issue("", "type", "must be object (got array)")] },
    ],
    [
      "type: a wrong type stops the other checks",
      { rule: { type: ["string"], minLength: 5 }, given: 1, want: [issue("", "type", "must be string (got integer)")] },
    ],
    [
      "enum",
      { rule: { enum: ["a", "b"] }, given: "c", want: [issue("", "enum", 'must be one of "a", "b" (got "c")')] },
    ],
    [
      "enum: an object is shown by its kind",
      { rule: { enum: ["a"] }, given: {}, want: [issue("", "enum", 'must be one of "a" (got object)')] },
    ],
    [
      "enum: a long value is cut",
      {
        rule: { enum: ["a"] },
        given: "x".repeat(50),
        want: [issue("", "enum", `must be one of "a" (got "${"x".repeat(36)}...)`)],
      },
    ],
    ["const", { rule: { const: "text" }, given: "image", want: [issue("", "const", 'must be "text" (got "image")')] }],
    ["minimum", { rule: { minimum: 0 }, given: -1, want: [issue("", "minimum", "must be >= 0 (got -1)")] }],
    ["minimum: the bound itself", { rule: { minimum: 0 }, given: 0, want: [] }],
    ["maximum", { rule: { maximum: 1 }, given: 1.5, want: [issue("", "maximum", "must be <= 1 (got 1.5)")] }],
    [
      "exclusiveMinimum",
      { rule: { exclusiveMinimum: 0 }, given: 0, want: [issue("", "exclusiveMinimum", "must be > 0 (got 0)")] },
    ],
    [
      "exclusiveMaximum",
      { rule: { exclusiveMaximum: 1 }, given: 1, want: [issue("", "exclusiveMaximum", "must be < 1 (got 1)")] },
    ],
    [
      "multipleOf",
      {
        rule: { multipleOf: 0.5 },
        given: 1.25,
        want: [issue("", "multipleOf", "must be a multiple of 0.5 (got 1.25)")],
      },
    ],
    ["multipleOf: a multiple", { rule: { multipleOf: 0.5 }, given: 1.5, want: [] }],
    [
      "minLength counts code points",
      { rule: { minLength: 2 }, given: "😀", want: [issue("", "minLength", "must be at least 2 characters long")] },
    ],
    ["maxLength counts code points", { rule: { maxLength: 1 }, given: "😀", want: [] }],
    [
      "maxLength counts each pair once, a lone surrogate as one",
      {
        rule: { maxLength: 3 },
        given: "😀a😀\ud800",
        want: [issue("", "maxLength", "must be at most 3 characters long")],
      },
    ],
    ["minLength: pairs and plain text mixed", { rule: { minLength: 3 }, given: "a😀b", want: [] }],
    [
      "maxLength",
      { rule: { maxLength: 1 }, given: "ab", want: [issue("", "maxLength", "must be at most 1 characters long")] },
    ],
    ["pattern", { rule: { pattern: "^a+$" }, given: "b", want: [issue("", "pattern", 'must match /^a+$/ (got "b")')] }],
    ["pattern: compiled with the u flag", { rule: { pattern: "^.$" }, given: "😀", want: [] }],
    [
      "minItems",
      { rule: { minItems: 1 }, given: [], want: [issue("", "minItems", "must have at least 1 items (got 0)")] },
    ],
    [
      "maxItems",
      { rule: { maxItems: 1 }, given: [1, 2], want: [issue("", "maxItems", "must have at most 1 items (got 2)")] },
    ],
    [
      "items, with the index in the path",
      {
        rule: { items: { type: ["string"] } },
        given: ["a", 1],
        want: [issue("[1]", "type", "must be string (got integer)")],
      },
    ],
    ["required", { rule: { required: ["a"] }, given: {}, want: [issue("a", "required", "is required")] }],
    [
      "required: undefined counts as unset",
      { rule: { required: ["a"] }, given: { a: undefined }, want: [issue("a", "required", "is required")] },
    ],
    [
      "properties: an unset property is not checked",
      { rule: { properties: { a: { type: ["string"] } } }, given: {}, want: [] },
    ],
    [
      "properties: nested paths",
      {
        rule: { properties: { a: { properties: { b: { type: ["string"] } } } } },
        given: { a: { b: 1 } },
        want: [issue("a.b", "type", "must be string (got integer)")],
      },
    ],
    [
      "properties: a key that is not an identifier is quoted",
      {
        rule: { properties: { "x-y": { type: ["string"] } } },
        given: { "x-y": 1 },
        want: [issue('["x-y"]', "type", "must be string (got integer)")],
      },
    ],
    [
      "properties: unknown extra fields pass",
      { rule: { properties: { a: { type: ["string"] } } }, given: { a: "a", b: 1 }, want: [] },
    ],
    [
      "not",
      {
        rule: { not: { type: ["string"] } },
        given: "x",
        want: [issue("", "not", "must not match the excluded schema")],
      },
    ],
    [
      "not: required fields together",
      {
        rule: { not: { required: ["a", "b"] } },
        given: { a: 1, b: 2 },
        want: [issue("", "not", "must not set a and b together")],
      },
    ],
    ["not: one of the fields alone", { rule: { not: { required: ["a", "b"] } }, given: { a: 1 }, want: [] }],
    [
      "allOf",
      {
        rule: { allOf: [{ minimum: 0 }, { maximum: 1 }] },
        given: 2,
        want: [issue("", "maximum", "must be <= 1 (got 2)")],
      },
    ],
    [
      "oneOf: two matches",
      {
        rule: { oneOf: [{ type: ["number"] }, { type: ["integer"] }] },
        given: 1,
        want: [issue("", "oneOf", "must match exactly one alternative (matched 2)")],
      },
    ],
    [
      "oneOf: no match names the types",
      {
        rule: { oneOf: [{ type: ["string"] }, { type: ["array"] }] },
        given: 1,
        want: [issue("", "oneOf", "must be string or array (got integer)")],
      },
    ],
    [
      "oneOf: the alternative of the right type reports",
      {
        rule: { oneOf: [{ type: ["string"] }, { type: ["array"], minItems: 1 }] },
        given: [],
        want: [issue("", "minItems", "must have at least 1 items (got 0)")],
      },
    ],
    ["anyOf: two matches pass", { rule: { anyOf: [{ type: ["number"] }, { type: ["integer"] }] }, given: 1, want: [] }],
    [
      "anyOf: no match, alternatives without a type",
      {
        rule: { anyOf: [{ minimum: 5 }, { maximum: 1 }] },
        given: 3,
        want: [issue("", "anyOf", "must be one of 2 alternatives (got integer)")],
      },
    ],
  ])("%s", (_, { rule, given, want }) => {
    expect(checkOne(rule, given)).toEqual(want);
  });
});

// Rules like the ones generated from our spec: a $ref is a function returning the named rule.
const body: Rule = {
  type: ["object"],
  required: ["model", "messages"],
  properties: {
    model: { type: ["string"], minLength: 1 },
    messages: { type: ["array"], minItems: 1, items: () => message },
    temperature: { type: ["number"], minimum: 0, maximum: 1 },
    tools: { type: ["array"], items: () => tool },
  },
};
const message: Rule = {
  type: ["object"],
  required: ["role", "content"],
  properties: {
    role: { type: ["string"], enum: ["system", "user", "assistant"] },
    content: { oneOf: [{ type: ["string"] }, { type: ["array"], minItems: 1, items: () => part }] },
  },
};
const part: Rule = {
  type: ["object"],
  required: ["type", "text"],
  properties: { type: { type: ["string"], const: "text" }, text: { type: ["string"] } },
};
const tool: Rule = {
  type: ["object"],
  properties: {
    allowed_domains: { type: ["array"], items: { type: ["string"], pattern: "^[a-z.]+$" } },
    blocked_domains: { type: ["array"] },
  },
  not: { required: ["allowed_domains", "blocked_domains"] },
};
const check = (given: unknown) => checkRules(body, given);
const base = { model: "m", messages: [{ role: "user", content: "Hi" }] };

describe("checkRules over rules that refer to each other", () => {
  it.each([
    ["the smallest body", base],
    ["content parts", { ...base, messages: [{ role: "user", content: [{ type: "text", text: "Hi" }] }] }],
    ["allowed domains alone", { ...base, tools: [{ allowed_domains: ["a.com"] }] }],
  ])("accepts %s", (_, body) => {
    expect(check(body)).toEqual([]);
  });

  it.each([
    [
      "a part without text",
      { ...base, messages: [{ role: "user", content: [{ type: "text" }] }] },
      "messages[0].content[0].text",
      "required",
    ],
    [
      "content of the wrong type",
      { ...base, messages: [{ role: "user", content: 42 }] },
      "messages[0].content",
      "oneOf",
    ],
    [
      "a domain that does not match",
      { ...base, tools: [{ allowed_domains: ["https://a.com"] }] },
      "tools[0].allowed_domains[0]",
      "pattern",
    ],
  ])("rejects %s", (_, body, path, rule) => {
    const issues = check(body);
    expect(issues).toContainEqual(expect.objectContaining({ path, rule }));
    for (const found of issues) expect(found.message).toMatch(/\S/);
  });

  it("names the rule in words", () => {
    expect(check({ ...base, messages: [{ role: "robot", content: "Hi" }] })).toEqual([
      { path: "messages[0].role", rule: "enum", message: 'must be one of "system", "user", "assistant" (got "robot")' },
    ]);
    expect(check({ ...base, tools: [{ allowed_domains: ["a.com"], blocked_domains: ["b.com"] }] })).toEqual([
      { path: "tools[0]", rule: "not", message: "must not set allowed_domains and blocked_domains together" },
    ]);
  });

  it("reports every problem, not just the first", () => {
    expect(check({ messages: [], temperature: 2 }).map((found) => found.path)).toEqual([
      "model",
      "messages",
      "temperature",
    ]);
  });
});

describe("checkRules: objects, and alternatives named in messages", () => {
  const check = (rule: Rule, value: unknown) => checkRules(rule, value);

  test("additionalProperties: false refuses a field outside properties", () => {
    const rules: Rule = { type: ["object"], properties: { a: {} }, additionalProperties: false };
    expect(check(rules, { a: 1 })).toEqual([]);
    expect(check(rules, { a: 1, b: 2 })).toEqual([
      { path: "b", rule: "additionalProperties", message: "is not a known field" },
    ]);
  });

  test("additionalProperties as a schema checks every other field, and a wire-shaped __proto__ key is just a key", () => {
    const rules: Rule = { type: ["object"], additionalProperties: { type: ["string"] } };
    expect(check(rules, { x: "a" })).toEqual([]);
    expect(check(rules, JSON.parse('{"__proto__": 1}'))).toEqual([
      { path: "__proto__", rule: "type", message: "must be string (got integer)" },
    ]);
  });

  test("minProperties and maxProperties count the fields that are set", () => {
    const rules: Rule = { type: ["object"], minProperties: 1, maxProperties: 2 };
    expect(check(rules, { a: 1, b: undefined })).toEqual([]);
    expect(check(rules, {})).toEqual([
      { path: "", rule: "minProperties", message: "must have at least 1 properties (got 0)" },
    ]);
    expect(check(rules, { a: 1, b: 2, c: 3 })).toEqual([
      { path: "", rule: "maxProperties", message: "must have at most 2 properties (got 3)" },
    ]);
  });

  const webSearch: Rule = {
    name: "WebSearchTool",
    type: ["object"],
    required: ["type"],
    properties: { type: { const: "web_search" }, max_uses: { type: ["integer"] } },
  };
  const functionTool: Rule = {
    name: "FunctionTool",
    type: ["object"],
    required: ["type", "name"],
    properties: { type: { const: "function" }, name: { type: ["string"] } },
  };
  const tools: Rule = { oneOf: [() => webSearch, () => functionTool] };

  test("oneOf names the closest alternative by its schema name and reports its issues", () => {
    expect(check(tools, { type: "web_search", max_uses: "x" })).toEqual([
      { path: "", rule: "oneOf", message: "matches none of WebSearchTool or FunctionTool; closest: WebSearchTool" },
      { path: "max_uses", rule: "type", message: "must be integer (got string)" },
    ]);
  });

  test("a discriminator picks the alternative by its tag", () => {
    const rules: Rule = { ...tools, discriminator: "type" };
    expect(check(rules, { type: "function" })).toEqual([{ path: "name", rule: "required", message: "is required" }]);
    expect(check(rules, { type: "other" })).toEqual([
      { path: "type", rule: "oneOf", message: 'must name one of the alternatives (got "other")' },
    ]);
  });

  test("alternatives of one type without names are counted, not listed as 'object or object'", () => {
    const rules: Rule = {
      oneOf: [
        { type: ["object"], required: ["a"] },
        { type: ["object"], required: ["b"] },
      ],
    };
    expect(check(rules, {})).toEqual([
      { path: "", rule: "oneOf", message: "must be one of 2 alternatives (got object)" },
    ]);
  });
});
