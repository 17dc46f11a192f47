// Values the request checker used to refuse before the network although maxtoken's
// documentation states no such limit. Each now goes through the generated client unchanged and
// reaches the server (the mock server on 127.0.0.1), which answers it.

import { type RunningMock, startMock } from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type ChatCompletionCreateParamsNonStreaming, Maxtoken, ValidationError } from "../src/generated/index.gen.ts";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock?.close());

const user = { role: "user" as const, content: "Hi" };
const base = { model: "claude-opus-4-6", messages: [user] };

test.each<[string, Record<string, unknown>]>([
  ["an internationalised domain", { tools: [{ type: "web_search", allowed_domains: ["bücher.de"] }] }],
  ["a single-label domain", { tools: [{ type: "web_search", allowed_domains: ["localhost"] }] }],
  ["a domain with a trailing dot", { tools: [{ type: "web_search", blocked_domains: ["example.com."] }] }],
  ["a later dated web search type", { tools: [{ type: "web_search_20260101", name: "web_search" }] }],
  ["a tool type the API may add", { tools: [{ type: "code_execution", name: "code_execution" }] }],
  ["an empty messages list", { messages: [] }],
  ["an empty content array", { messages: [{ role: "user", content: [] }] }],
  ["max_tokens of 0", { max_tokens: 0 }],
  ["max_uses of 0", { tools: [{ type: "web_search", max_uses: 0 }] }],
  ["an empty model id", { model: "" }],
  ["an empty stop sequence", { stop: [""] }],
])("%s reaches the API as it was written", async (_, fields) => {
  const sent: unknown[] = [];
  const client = new Maxtoken({
    apiKey: "sk-test",
    baseURL: mock.baseURL,
    maxRetries: 0,
    fetch: (url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      return globalThis.fetch(url, init);
    },
  });
  const body = { ...base, ...fields } as ChatCompletionCreateParamsNonStreaming;
  const completion = await client.chat.completions.create(body);
  expect(completion.object).toBe("chat.completion");
  expect(sent).toEqual([{ ...base, ...fields }]);
});

test("what the documentation states is still refused before the network", async () => {
  let calls = 0;
  const client = new Maxtoken({
    apiKey: "sk-test",
    baseURL: mock.baseURL,
    fetch: (url: string, init: RequestInit) => {
      calls++;
      return globalThis.fetch(url, init);
    },
  });
  for (const fields of [
    { tools: [{ type: "web_search", allowed_domains: ["https://example.com"] }] },
    { tools: [{ type: "web_search", allowed_domains: ["a.com"], blocked_domains: ["b.com"] }] },
    { temperature: 1.5 },
  ]) {
    const body = { ...base, ...fields } as ChatCompletionCreateParamsNonStreaming;
    await expect(client.chat.completions.create(body)).rejects.toBeInstanceOf(ValidationError);
  }
  expect(calls).toBe(0);
});
