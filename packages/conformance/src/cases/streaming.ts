import { assert, assertEqual, assertRejects } from "../assert.ts";
import type { ConformanceCase } from "../context.ts";
import { slowStreamFault } from "../fault.ts";
import { body, makeClient, since } from "../fixtures.ts";

interface Chunk {
  object: string;
  choices: Array<{ delta?: { content?: string | null }; finish_reason?: string | null }>;
}

export const streamingCases: ConformanceCase[] = [
  {
    name: "stream: for await yields chat.completion.chunk events until the finish_reason",
    async run(context) {
      const { client } = makeClient(context);
      const stream = await client.chat.completions.create(body({ stream: true }));
      assert(stream instanceof context.sdk.Stream, "the result is a Stream");
      const chunks: Chunk[] = [];
      for await (const chunk of stream) chunks.push(chunk);
      assert(chunks.length >= 2, `at least two chunks (got ${chunks.length})`);
      for (const chunk of chunks) assertEqual(chunk.object, "chat.completion.chunk", "chunk.object");
      const text = chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? "").join("");
      assert(text.length > 0, "the deltas carry text");
      assert(
        chunks.some((chunk) => typeof chunk.choices[0]?.finish_reason === "string"),
        "a chunk carries a finish_reason",
      );
    },
  },
  {
    name: "stream: finalChatCompletion() accumulates the deltas into a chat.completion",
    async run(context) {
      const { client } = makeClient(context);
      const texts: string[] = [];
      for (let i = 0; i < 2; i++) {
        const stream = await client.chat.completions.create(body({ stream: true }));
        if (i === 0) {
          for await (const chunk of stream as AsyncIterable<Chunk>) texts.push(chunk.choices[0]?.delta?.content ?? "");
        } else {
          const final = await stream.finalChatCompletion();
          assertEqual(final.object, "chat.completion", "object");
          assertEqual(final.choices[0]?.message.role, "assistant", "role");
          assertEqual(final.choices[0]?.message.content, texts.join(""), "content equals the streamed text");
          assert(typeof final.choices[0]?.finish_reason === "string", "finish_reason is set");
        }
      }
    },
  },
  {
    name: "stream: break stops reading at once and the client stays usable",
    async run(context) {
      const { client } = makeClient(context);
      const stream = await client.chat.completions.create(body({ stream: true }), {
        headers: slowStreamFault(400),
      });
      const start = Date.now();
      let seen = 0;
      for await (const _chunk of stream) {
        seen++;
        break;
      }
      assertEqual(seen, 1, "chunks read before break");
      // The rest of the slow stream would take seconds; break must not wait for it.
      assert(since(start) < 1_500, `break returned in ${since(start)} ms`);
      const again = await client.chat.completions.create(body());
      assertEqual(again.object, "chat.completion", "a request after break");
    },
  },
  {
    name: "stream: controller.abort() ends the iteration with APIUserAbortError",
    async run(context) {
      const { client } = makeClient(context);
      const stream = await client.chat.completions.create(body({ stream: true }), {
        headers: slowStreamFault(300),
      });
      const start = Date.now();
      const error = await assertRejects(
        async () => {
          for await (const _chunk of stream) stream.controller.abort();
        },
        context.sdk.APIUserAbortError,
        "iteration after abort",
      );
      assert(error instanceof context.sdk.MaxtokenError, "APIUserAbortError is a MaxtokenError");
      assert(since(start) < 1_500, `abort took effect in ${since(start)} ms`);
    },
  },
  {
    name: "stream: a signal aborting a pending request rejects with APIUserAbortError",
    async run(context) {
      const { client } = makeClient(context);
      const controller = new AbortController();
      const pending = client.chat.completions.create(body({ stream: true }), {
        signal: controller.signal,
        headers: slowStreamFault(300),
      });
      controller.abort();
      await assertRejects(() => pending, context.sdk.APIUserAbortError, "aborted request");
    },
  },
];
