import { describe, expect, it } from "vitest";
import { fieldPath } from "../src/validate-request.ts";
import { loadConformance } from "./helpers/conformance.ts";
import { chatBody, send } from "./helpers/http.ts";
import { useMockServer } from "./helpers/server.ts";

const server = useMockServer();
const user = { role: "user", content: "hi" };

/** [name, { body, param, message words }]: each body is invalid in exactly one place. */
const invalid: Array<[string, { body: unknown; param: string | null; words: string[] }]> = [
  [
    "temperature above 1",
    { body: chatBody({ temperature: 1.5 }), param: "temperature", words: ["temperature", "between 0 and 1", "1.5"] },
  ],
  ["top_p below 0", { body: chatBody({ top_p: -0.1 }), param: "top_p", words: ["top_p", "between 0 and 1"] }],
  [
    "both allowed_domains and blocked_domains",
    {
      body: chatBody({
        tools: [{ type: "web_search", allowed_domains: ["example.com"], blocked_domains: ["bad.example"] }],
      }),
      param: "tools[0]",
      words: ["tools[0]", "allowed_domains", "blocked_domains"],
    },
  ],
  [
    "a domain with a scheme",
    {
      body: chatBody({ tools: [{ type: "web_search", allowed_domains: ["example.com", "https://example.org"] }] }),
      param: "tools[0].allowed_domains[1]",
      words: ["tools[0].allowed_domains[1]", "https://example.org", "WebSearchDomain"],
    },
  ],
  [
    "a bad role",
    {
      body: chatBody({ messages: [user, { role: "robot", content: "x" }] }),
      param: "messages[1].role",
      words: ["messages[1].role", "robot", "user"],
    },
  ],
  ["a missing model", { body: { messages: [user] }, param: "model", words: ["model", "required"] }],
  [
    "a missing content",
    {
      body: chatBody({ messages: [{ role: "user" }] }),
      param: "messages[0].content",
      words: ["messages[0].content", "required"],
    },
  ],
  [
    "content of the wrong type",
    {
      body: chatBody({ messages: [{ role: "user", content: 5 }] }),
      param: "messages[0].content",
      words: ["string or array"],
    },
  ],
  [
    "a content part of the wrong type",
    {
      body: chatBody({ messages: [{ role: "user", content: [{ type: "image", text: "x" }] }] }),
      param: "messages[0].content[0].type",
      words: ["text"],
    },
  ],
  ["max_tokens not an integer", { body: chatBody({ max_tokens: 2.5 }), param: "max_tokens", words: ["integer"] }],
  [
    "a tool type that is not a string",
    { body: chatBody({ tools: [{ type: 7 }] }), param: "tools[0].type", words: ["tools[0].type", "string"] },
  ],
  ["stream not a boolean", { body: chatBody({ stream: "yes" }), param: "stream", words: ["boolean"] }],
  ["a body that is not an object", { body: [chatBody()], param: null, words: ["JSON object"] }],
];

describe("request validation against the spec's own schema", () => {
  it.each(invalid)("%s -> 400 naming the field", async (_name, { body, param, words }) => {
    const conformance = await loadConformance();
    const result = await send(server.current.origin, { body });
    expect(result.status).toBe(400);
    conformance.expectConformingResponse(result);
    const { error } = result.json();
    expect(error.type).toBe("invalid_request_error");
    expect(error.param).toBe(param);
    for (const word of words) expect(error.message).toContain(word);
  });

  it.each([
    ["a minimal body", chatBody()],
    [
      "content parts",
      chatBody({
        messages: [
          {
            role: "user",
            content: [
              { type: "text", text: "a" },
              { type: "text", text: "b" },
            ],
          },
        ],
      }),
    ],
    [
      "the web search tool, both type spellings",
      chatBody({
        tools: [
          {
            type: "web_search_20250305",
            name: "web_search",
            max_uses: 5,
            allowed_domains: ["example.com/blog", "docs.example.com"],
          },
          { type: "web_search", blocked_domains: ["bad.example"] },
        ],
      }),
    ],
    ["every documented field", chatBody({ temperature: 0, top_p: 1, max_tokens: 10, stop: ["."], stream: false })],
    ["an unknown model id", chatBody({ model: "claude-future-9" })],
    // Not refused by the spec: the API's documentation states no such limit.
    ["a tool type the API may add", chatBody({ tools: [{ type: "web_search_20260101" }, { type: "code_execution" }] })],
    [
      "domains the API may accept",
      chatBody({ tools: [{ type: "web_search", allowed_domains: ["bücher.de", "localhost", "example.com."] }] }),
    ],
    [
      "an empty model, no messages, max_tokens 0, an empty stop sequence",
      chatBody({ model: "", messages: [], max_tokens: 0, stop: [""] }),
    ],
    [
      "an empty content array, max_uses 0",
      chatBody({ messages: [{ role: "user", content: [] }], tools: [{ type: "web_search", max_uses: 0 }] }),
    ],
  ])("accepts %s", async (_name, body) => {
    const result = await send(server.current.origin, { body });
    expect(result.status).toBe(200);
  });
});

describe("fieldPath", () => {
  it.each([
    ["", ""],
    ["/temperature", "temperature"],
    ["/messages/0/role", "messages[0].role"],
    ["/tools/1/allowed_domains/0", "tools[1].allowed_domains[0]"],
    ["/a~1b/c~0d", "a/b.c~d"],
  ])("%j -> %j", (pointer, path) => {
    expect(fieldPath(pointer)).toBe(path);
  });
});
