// Server data is data: nothing a stream sends may reach a prototype, Array or Object.
import { afterEach, describe, expect, test } from "vitest";
import { StreamError } from "../../src/index.ts";
import { events } from "../helpers/hostile-server.ts";
import { startServer } from "../helpers/http-test-server.ts";
import { body, chat, chatStream, clientFor, rejection, type TestChatStream } from "../helpers/test-client.ts";

const chunkWith = (choice: Record<string, unknown>, extra = "") =>
  `{"id":"c","object":"chat.completion.chunk","created":1,"model":"m",${extra}"choices":[${JSON.stringify(choice)}]}`;
const finish = chunkWith({ index: 0, delta: {}, finish_reason: "stop" });

afterEach(() => {
  // A failed fix would leave these behind for every later test of the process.
  for (const name of ["content", "role", "polluted", "0"]) {
    delete (Array.prototype as unknown as Record<string, unknown>)[name];
    delete (Object.prototype as unknown as Record<string, unknown>)[name];
  }
});

async function finalOf(...payloads: string[]) {
  const server = await startServer(events(...payloads));
  const stream = (await clientFor(server).request({ ...chat, body, ...chatStream })) as TestChatStream;
  return stream.finalChatCompletion();
}

describe("a stream cannot pollute prototypes", () => {
  for (const index of ['"__proto__"', '"constructor"', "-1", "1.5", "1e9", "null", '"0"', "true"]) {
    test(`choices[].index ${index} -> StreamError carrying the chunk; Array and Array.prototype untouched`, async () => {
      const bad = `{"id":"c","choices":[{"index":${index},"delta":{"content":"x","role":"assistant"}}]}`;
      const error = await rejection(finalOf(bad, finish));
      expect(error).toBeInstanceOf(StreamError);
      expect(error.message).toMatch(/index/);
      expect((error as StreamError).body).toMatchObject({ id: "c" });
      expect(Object.keys(Array.prototype)).toEqual([]);
      expect(Object.hasOwn(Array, "content")).toBe(false);
      expect(([] as unknown as { content?: unknown }).content).toBeUndefined();
    });
  }

  test("a top-level, choice-level or delta __proto__ key stays a plain own data property", async () => {
    const completion = await finalOf(
      chunkWith(
        { index: 0, delta: { content: "a", __proto__: { polluted: 1 } }, __proto__: { polluted: 2 } },
        '"__proto__":{"polluted":3},',
      ),
      finish,
    );
    expect(Object.getPrototypeOf(completion)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(completion.choices[0])).toBe(Object.prototype);
    expect(Object.getPrototypeOf(completion.choices[0]!.message)).toBe(Object.prototype);
    expect((completion as unknown as { polluted?: unknown }).polluted).toBeUndefined();
    expect((completion.choices[0] as unknown as { polluted?: unknown }).polluted).toBeUndefined();
    expect((completion.choices[0]!.message as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.hasOwn(completion, "__proto__")).toBe(true);
    expect(completion.choices[0]!.message.content).toBe("a");
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test("a choice that is not an object, or choices that are not an array -> StreamError", async () => {
    expect(await rejection(finalOf('{"id":"c","choices":[null]}', finish))).toBeInstanceOf(StreamError);
    expect(await rejection(finalOf('{"id":"c","choices":{"0":{}}}', finish))).toBeInstanceOf(StreamError);
  });

  test("indexes within the bound still accumulate in order", async () => {
    const completion = await finalOf(
      chunkWith({ index: 1, delta: { content: "b" } }),
      chunkWith({ index: 0, delta: { content: "a" } }),
      finish,
    );
    expect(completion.choices.map((choice) => choice.message.content)).toEqual(["a", "b"]);
  });
});
