import { assert, assertEqual, assertRejects } from "../assert.ts";
import type { ConformanceCase } from "../context.ts";
import { fault } from "../fault.ts";
import { body, makeClient, since } from "../fixtures.ts";

/** Reads a stream to its end; returns how many chunks arrived before it ended or failed. */
async function drain(stream: AsyncIterable<unknown>, seen: { chunks: number }): Promise<void> {
  for await (const _chunk of stream) seen.chunks++;
}

export const streamFailureCases: ConformanceCase[] = [
  {
    name: "stream errors: an error event after two chunks -> StreamError with the event's body and requestId",
    async run(context) {
      const { client } = makeClient(context);
      const stream = await client.chat.completions.create(body({ stream: true }), {
        headers: fault(["error-event-after=2"]),
      });
      const seen = { chunks: 0 };
      const error = await assertRejects(() => drain(stream, seen), context.sdk.StreamError, "error event");
      assertEqual(seen.chunks, 2, "chunks before the error event");
      assert(error instanceof context.sdk.MaxtokenError, "StreamError is a MaxtokenError");
      assert(!(error instanceof context.sdk.APIError), "StreamError is not an APIError");
      const errorBody = (error.body as { error?: { message?: unknown } } | undefined)?.error;
      assert(typeof errorBody?.message === "string", "body.error.message is a string");
      assert(typeof error.requestId === "string" && error.requestId.length > 0, "requestId is readable");
    },
  },
  {
    name: "stream errors: a body cut after two chunks -> StreamError",
    async run(context) {
      const { client } = makeClient(context);
      const seen = { chunks: 0 };
      // Where the StreamError surfaces depends on the runtime's buffering: Bun drops bytes that
      // were received but not yet read when the connection resets, and a stream cut before
      // anything was read fails (retryably) in create() instead of in the iteration.
      await assertRejects(
        async () => {
          const stream = await client.chat.completions.create(body({ stream: true }), {
            headers: fault(["cut-after=2", "chunk-delay=20"]),
          });
          await drain(stream, seen);
        },
        context.sdk.StreamError,
        "cut stream",
      );
      assert(seen.chunks <= 2, `at most the two chunks before the cut (got ${seen.chunks})`);
    },
  },
  {
    name: "stream errors: an error as the first event is retried like a failed request",
    async run(context) {
      const { client, calls } = makeClient(context, { maxRetries: 2 });
      const stream = await client.chat.completions.create(body({ stream: true }), {
        headers: fault(["error-event-first", "fail-first=1"]),
      });
      const text = await stream.finalText();
      assert(text.length > 0, "the retried stream has text");
      assertEqual(calls.length, 2, "fetch calls");
    },
  },
  {
    name: "stream errors: no chunk within idleTimeout -> StreamError",
    async run(context) {
      const { client } = makeClient(context, { idleTimeout: 200 });
      const stream = await client.chat.completions.create(body({ stream: true }), {
        headers: fault(["chunk-delay=2000"]),
      });
      const start = Date.now();
      await assertRejects(() => drain(stream, { chunks: 0 }), context.sdk.StreamError, "idle stream");
      assert(since(start) < 1_800, `closed after ${since(start)} ms`);
    },
  },
  {
    name: "errors: a connection reset -> APIConnectionError (not a timeout), after the retries",
    async run(context) {
      const { client, calls } = makeClient(context, { maxRetries: 1 });
      const error = await assertRejects(
        () => client.chat.completions.create(body(), { headers: fault(["reset"]) }),
        context.sdk.APIConnectionError,
        "reset",
      );
      assert(!(error instanceof context.sdk.APITimeoutError), "not an APITimeoutError");
      assertEqual(calls.length, 2, "fetch calls (connection errors are retried)");
    },
  },
];
