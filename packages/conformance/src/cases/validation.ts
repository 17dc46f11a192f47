import { assert, assertEqual, assertRejects } from "../assert.ts";
import type { ConformanceCase } from "../context.ts";
import { body, MESSAGES, MODEL, makeClient } from "../fixtures.ts";

function validationCase(name: string, request: Record<string, unknown>, field: string): ConformanceCase {
  return {
    name: `validation: ${name} is refused before the network, naming ${field}`,
    async run(context) {
      const { client, calls } = makeClient(context, { maxRetries: 2 });
      const error = await assertRejects(
        () => client.chat.completions.create(request),
        context.sdk.ValidationError,
        name,
      );
      assert(error instanceof context.sdk.MaxtokenError, "ValidationError is a MaxtokenError");
      assert(error.message.includes(field), `the message names ${field}: ${error.message}`);
      assertEqual(calls.length, 0, "fetch calls");
    },
  };
}

export const validationCases: ConformanceCase[] = [
  validationCase("temperature 1.5 (range 0-1)", body({ temperature: 1.5 }), "temperature"),
  validationCase(
    "allowed_domains together with blocked_domains",
    body({
      tools: [{ type: "web_search", allowed_domains: ["example.com"], blocked_domains: ["example.org"] }],
    }),
    "domains",
  ),
  validationCase("messages that are not a list", { model: MODEL, messages: "Hello" }, "messages"),
  validationCase(
    "a domain with a scheme",
    body({ tools: [{ type: "web_search", allowed_domains: ["https://example.com"] }] }),
    "allowed_domains",
  ),
  {
    name: "validation: create(null) from JavaScript is a ValidationError before the network, not a TypeError",
    async run(context) {
      const { client, calls } = makeClient(context);
      await assertRejects(() => client.chat.completions.create(null as never), context.sdk.ValidationError, "null");
      assertEqual(calls.length, 0, "fetch calls");
    },
  },
  {
    name: "validation: a valid body with web search and temperature 1 is accepted",
    async run(context) {
      const { client, calls } = makeClient(context);
      const completion = await client.chat.completions.create({
        model: MODEL,
        messages: [...MESSAGES],
        temperature: 1,
        tools: [{ type: "web_search", allowed_domains: ["example.com"] }],
      });
      assertEqual(completion.object, "chat.completion", "object");
      assertEqual(calls.length, 1, "fetch calls");
    },
  },
];
