// Hostile servers and careless callers (issue 16), in every runtime. The cases that need a server
// misbehaving in ways the mock cannot (stalls, echoed keys, redirects) are in core's own tests.
import { assert, assertEqual, assertRejects } from "../assert.ts";
import type { ConformanceCase, ConformanceContext } from "../context.ts";
import { fault } from "../fault.ts";
import { body, makeClient, TEST_API_KEY } from "../fixtures.ts";

/** NDJSON bytes, one JSON text per line, as `Stream.fromReadableStream()` reads them. */
function lines(...texts: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(`${texts.join("\n")}\n`));
      controller.close();
    },
  });
}

const finish = '{"id":"c","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}';

/** Throws unless `build` throws a `MaxtokenError` whose message matches `pattern`; returns the message. */
function refused(context: ConformanceContext, build: () => unknown, pattern: RegExp, what: string): string {
  try {
    build();
  } catch (error) {
    assert(error instanceof context.sdk.MaxtokenError, `${what}: a MaxtokenError (got ${String(error)})`);
    assert(pattern.test(error.message), `${what}: message ${JSON.stringify(error.message)} matches ${pattern}`);
    return error.message;
  }
  throw new Error(`${what}: expected a MaxtokenError, nothing was thrown`);
}

export const hostileCases: ConformanceCase[] = [
  {
    name: "hostile: a chunk whose choices[].index is __proto__ -> StreamError; Array.prototype untouched",
    async run(context) {
      for (const index of ['"__proto__"', '"constructor"', "-1", "1e9"]) {
        const chunk = `{"id":"c","choices":[{"index":${index},"delta":{"content":"x"}}]}`;
        const stream = context.sdk.ChatStream.fromReadableStream(lines(chunk, finish));
        const error = await assertRejects(
          () => stream.finalChatCompletion(),
          context.sdk.StreamError,
          `index ${index}`,
        );
        assert((error.body as { id?: unknown }).id === "c", "the StreamError carries the chunk");
      }
      assertEqual(Object.keys(Array.prototype).length, 0, "enumerable keys on Array.prototype");
      assertEqual(([] as unknown as { content?: unknown }).content, undefined, "[].content");
    },
  },
  {
    name: "hostile: __proto__ keys in a chunk stay own data; no returned object takes its prototype from the wire",
    async run(context) {
      const chunk =
        '{"id":"c","__proto__":{"polluted":1},"choices":[{"index":0,"__proto__":{"polluted":2},"delta":{"content":"a","__proto__":{"polluted":3}}}]}';
      const completion = (await context.sdk.ChatStream.fromReadableStream(
        lines(chunk, finish),
      ).finalChatCompletion()) as {
        choices: Array<{ message: object }>;
      };
      for (const object of [completion, completion.choices[0]!, completion.choices[0]!.message]) {
        assertEqual(Object.getPrototypeOf(object), Object.prototype, "prototype");
        assertEqual((object as { polluted?: unknown }).polluted, undefined, "polluted");
      }
    },
  },
  {
    name: "hostile: Stream.fromReadableStream on a line that is not a JSON object -> StreamError",
    async run(context) {
      for (const bad of ["not json", "null", "5"]) {
        const stream = context.sdk.Stream.fromReadableStream(lines('{"a":1}', bad));
        await assertRejects(
          async () => {
            for await (const _item of stream);
          },
          context.sdk.StreamError,
          `line ${bad}`,
        );
      }
    },
  },
  {
    name: "hostile: numeric options are checked when the client is built (maxRetries NaN, timeout 0, ...)",
    async run(context) {
      for (const [option, value] of [
        ["maxRetries", Number.NaN],
        ["maxRetries", -1],
        ["maxRetries", 1.5],
        ["timeout", Number.NaN],
        ["timeout", 0],
        ["timeout", -5],
        ["idleTimeout", 0],
      ] as const) {
        refused(
          context,
          () => makeClient(context, { [option]: value }),
          new RegExp(`${option}.*${String(value)}`),
          `${option} ${value}`,
        );
      }
    },
  },
  {
    name: "hostile: a body JSON cannot write (cycle, BigInt) fails at once, unsent, not a connection error",
    async run(context) {
      const cyclic: Record<string, unknown> = body();
      cyclic.self = cyclic;
      for (const bad of [cyclic, body({ max_tokens: BigInt(10) })]) {
        const { client, calls } = makeClient(context, { maxRetries: 3 });
        const error = await assertRejects(() => client.chat.completions.create(bad), context.sdk.MaxtokenError, "body");
        assert(!(error instanceof context.sdk.APIConnectionError), "not an APIConnectionError");
        assertEqual(error.isRetryable, false, "isRetryable");
        assertEqual(calls.length, 0, "fetch calls");
      }
    },
  },
  {
    name: "hostile: header names and values fetch refuses fail at once, naming the header, never the value",
    async run(context) {
      for (const headers of [
        { "x-note": "a\u0000secret-value" },
        { "x-note": "caf\u0100 secret-value" },
        { "a b": "1" },
      ]) {
        const { client, calls } = makeClient(context, { maxRetries: 3 });
        const error = await assertRejects(
          () => client.chat.completions.create(body(), { headers }),
          context.sdk.MaxtokenError,
          "header",
        );
        assert(!(error instanceof context.sdk.APIConnectionError), "not an APIConnectionError");
        assert(!error.message.includes("secret-value"), "the value is not quoted");
        assertEqual(calls.length, 0, "fetch calls");
      }
      refused(context, () => makeClient(context, { apiKey: `${TEST_API_KEY}\u0000` }), /API key/, "key with NUL");
    },
  },
  {
    name: "hostile: a baseURL with credentials, a query or another scheme is refused; the password is not printed",
    async run(context) {
      for (const baseURL of [
        "https://user:hunter2-secret@example.test/v1",
        "https://example.test/v1?x=1",
        "ftp://example.test/v1",
      ]) {
        const message = refused(context, () => makeClient(context, { baseURL }), /baseURL/, baseURL);
        assert(!message.includes("hunter2-secret"), "the password is not in the message");
      }
    },
  },
  {
    name: "hostile: a retry-after that is not a valid future delay (-5, a past date) falls back to the backoff",
    async run(context) {
      for (const header of ["-5", "Thu, 01 Jan 2001 00:00:00 GMT"]) {
        const sentAt: number[] = [];
        const { client } = makeClient(context, {
          maxRetries: 1,
          fetch: (url: string, init: RequestInit) => {
            sentAt.push(Date.now());
            return globalThis.fetch(url, init);
          },
        });
        await client.chat.completions.create(body(), {
          headers: fault(["status=503", `retry-after=${header}`, "fail-first=1"]),
        });
        assertEqual(sentAt.length, 2, "attempts");
        // The first backoff is 0.5 s minus up to 25 % jitter; the bad header asked for no wait.
        assert(sentAt[1]! - sentAt[0]! >= 350, `waited ${sentAt[1]! - sentAt[0]!} ms after retry-after: ${header}`);
      }
    },
  },
  {
    name: "hostile: a 200 whose body breaks mid-way is not sent again (the server did the work)",
    async run(context) {
      const { client, calls } = makeClient(context, { maxRetries: 2 });
      const error = await assertRejects(
        () => client.chat.completions.create(body(), { headers: fault(["cut-after=20"]) }),
        context.sdk.MaxtokenError,
        "broken 200 body",
      );
      assertEqual(error.isRetryable, false, "isRetryable");
      assertEqual(calls.length, 1, "fetch calls");
    },
  },
  {
    name: "hostile: error.attempts is set on an error raised while a stream is iterated",
    async run(context) {
      const { client } = makeClient(context);
      const stream = await client.chat.completions.create(body({ stream: true }), {
        headers: fault(["error-event-after=2"]),
      });
      const error = await assertRejects(
        async () => {
          for await (const _chunk of stream);
        },
        context.sdk.StreamError,
        "error event",
      );
      assertEqual(error.attempts, 1, "attempts");
    },
  },
  {
    name: "hostile: many requests sharing one AbortSignal all complete, and one abort stops them all",
    async run(context) {
      const { client } = makeClient(context);
      const shared = new AbortController();
      const done = await Promise.all(
        Array.from({ length: 12 }, () => client.chat.completions.create(body(), { signal: shared.signal })),
      );
      assertEqual(done.length, 12, "completions");
      const stopped = new AbortController();
      const pending = Array.from({ length: 12 }, () =>
        assertRejects(
          () => client.chat.completions.create(body(), { signal: stopped.signal, headers: fault(["latency=3000"]) }),
          context.sdk.APIUserAbortError,
          "aborted",
        ),
      );
      setTimeout(() => stopped.abort(), 100);
      await Promise.all(pending);
    },
  },
];
