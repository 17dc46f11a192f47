import { assert, assertEqual, assertMatch } from "../assert.ts";
import type { ConformanceCase } from "../context.ts";
import { body, makeClient, TEST_API_KEY } from "../fixtures.ts";

export const completionCases: ConformanceCase[] = [
  {
    name: "completion: returns a chat.completion with the assistant's message",
    async run(context) {
      const { client } = makeClient(context);
      const completion = await client.chat.completions.create(body());
      assertEqual(completion.object, "chat.completion", "object");
      const choice = completion.choices[0];
      assert(choice, "choices[0] is present");
      assertEqual(choice.message.role, "assistant", "choices[0].message.role");
      assert(
        typeof choice.message.content === "string" && choice.message.content.length > 0,
        "choices[0].message.content is text",
      );
      assert(typeof completion.id === "string", "id is a string");
    },
  },
  {
    name: "completion: sends the key, x-maxtoken-sdk naming package and runtime, and a JSON body",
    async run(context) {
      const { client, calls } = makeClient(context);
      await client.chat.completions.create(body());
      assertEqual(calls.length, 1, "fetch calls");
      const call = calls[0]!;
      assertEqual(call.url, `${context.baseURL}/chat/completions`, "url");
      assertEqual(call.headers.get("authorization"), `Bearer ${TEST_API_KEY}`, "authorization");
      const escaped = context.packageName.replace(/[/.]/g, "\\$&");
      assertMatch(
        call.headers.get("x-maxtoken-sdk"),
        new RegExp(`^${escaped}@\\d+\\.\\d+\\.\\d+\\S* ${context.runtime}/\\S+$`),
        "x-maxtoken-sdk",
      );
      assertEqual((call.body as { model?: string }).model, "claude-opus-4-6", "body.model");
    },
  },
  {
    name: "completion: extraBody fields and per-request headers are sent",
    async run(context) {
      const { client, calls } = makeClient(context);
      await client.chat.completions.create(body(), {
        extraBody: { x_experimental: true },
        headers: { "x-conformance": "yes" },
      });
      assertEqual((calls[0]!.body as Record<string, unknown>).x_experimental, true, "extra body field");
      assertEqual(calls[0]!.headers.get("x-conformance"), "yes", "per-request header");
    },
  },
];
