// The "done when": `new Maxtoken(...)` from packages/node (its generated client and its
// hand-written runtime adapter) makes a plain and a streamed call against a local server.
import { afterAll, beforeAll, expect, it } from "vitest";
import { Maxtoken } from "../../../packages/node/src/generated/index.gen.ts";
import { chatRoute, startServer } from "./support/server.ts";

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer(chatRoute);
});
afterAll(() => server?.close());

const messages = [{ role: "user" as const, content: "Hi" }];

it("packages/node: a plain call resolves to the ChatCompletion", async () => {
  const client = new Maxtoken({ apiKey: "sk-test", baseURL: server.baseURL });
  const completion = await client.chat.completions.create({ model: "claude-opus-4-6", messages, max_tokens: 16 });
  expect(completion.choices[0]?.message.content).toBe("Hello!");
  const request = server.received.at(-1)!;
  expect(request.body).toEqual({ model: "claude-opus-4-6", messages, max_tokens: 16 });
  expect(request.headers.authorization).toBe("Bearer sk-test");
  expect(request.headers["x-maxtoken-sdk"]).toMatch(/^@maxtoken\/node@\S+ (node|bun)\/\S+$/);
});

it("packages/node: a streamed call yields the chunks, then ends at [DONE]", async () => {
  const client = new Maxtoken({ apiKey: "sk-test", baseURL: server.baseURL });
  const stream = await client.chat.completions.create({ model: "claude-opus-4-6", messages, stream: true });
  const pieces: string[] = [];
  for await (const chunk of stream) pieces.push(chunk.choices[0]?.delta.content ?? "");
  expect(pieces.join("")).toBe("Hello!");
  expect(server.received.at(-1)!.body).toMatchObject({ stream: true });
});

it("packages/node: a body that breaks the spec is refused before the network", async () => {
  const client = new Maxtoken({ apiKey: "sk-test", baseURL: server.baseURL });
  const sent = server.received.length;
  await expect(client.chat.completions.create({ model: "claude-opus-4-6", messages, temperature: 2 })).rejects.toThrow(
    /temperature: must be <= 1/,
  );
  expect(server.received.length).toBe(sent);
});
