import { describe, expect, test } from "vitest";
import { ChatStream, MaxtokenError, Stream, StreamError } from "../src/index.ts";
import { chunk, errorBody, event, json, sleep, sseHead, startServer } from "./helpers/http-test-server.ts";
import { body, chat, chatStream, clientFor, rejection, type TestChatStream } from "./helpers/test-client.ts";

type Chunk = ReturnType<typeof chunk>;
const streamCall = { ...chat, body: { ...body, stream: true }, ...chatStream } as const;

/** A server that streams `script` (strings written as they are, numbers are pauses in ms). */
function streaming(script: Array<string | number>, headers: Record<string, string> = {}) {
  return startServer(async (_request, response) => {
    sseHead(response, headers);
    for (const step of script) {
      if (typeof step === "number") await sleep(step);
      else response.write(step);
    }
    response.end();
  });
}

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

const text = (items: Chunk[]) => items.map((item) => item.choices[0]?.delta.content ?? "").join("");

describe("end rules", () => {
  test("data: [DONE] ends the stream; Accept is text/event-stream", async () => {
    const server = await streaming([
      event(chunk("Hel")),
      event(chunk("lo")),
      event(chunk(null, "stop")),
      event("[DONE]"),
    ]);
    const stream = await clientFor(server).request<TestChatStream<Chunk>>(streamCall);
    expect(stream).toBeInstanceOf(Stream);
    const items = await collect(stream);
    expect(items).toHaveLength(3);
    expect(text(items)).toBe("Hello");
    expect(server.requests[0]?.headers.accept).toBe("text/event-stream");
  });

  test("the body ending after a chunk with a finish_reason is a normal end", async () => {
    const server = await streaming([event(chunk("a")), event(chunk("b", "stop"))]);
    expect(text(await collect(await clientFor(server).request<TestChatStream<Chunk>>(streamCall)))).toBe("ab");
  });

  test("a clean end without [DONE] and without a finish_reason is a StreamError, not retried", async () => {
    const server = await streaming([event(chunk("a")), event(chunk("b"))]);
    const stream = await clientFor(server).request<TestChatStream<Chunk>>(streamCall);
    const seen: Chunk[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of stream) seen.push(item);
      })(),
    );
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toContain("ended before `data: [DONE]` or a finish_reason");
    expect(text(seen)).toBe("ab");
    expect(server.requests).toHaveLength(1);
  });

  test("a stream cut mid-way is a StreamError carrying the cause; not retried", async () => {
    const server = await startServer(async (_request, response, raw) => {
      sseHead(response);
      response.write(event(chunk("par")));
      response.write('data: {"id":"c","choi');
      await sleep(30);
      raw.socket.destroy();
    });
    const stream = await clientFor(server).request<TestChatStream<Chunk>>(streamCall);
    const seen: Chunk[] = [];
    const error = (await rejection(
      (async () => {
        for await (const item of stream) seen.push(item);
      })(),
    )) as StreamError;
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toContain("broke before its end");
    expect(error.cause).toBeDefined();
    expect(error.isRetryable).toBe(false);
    expect(text(seen)).toBe("par");
    expect(server.requests).toHaveLength(1);
  });

  test("unknown event types and comments are skipped; multi-line data is joined", async () => {
    const json1 = JSON.stringify(chunk("x", "stop"));
    const cut = json1.indexOf(',"object"') + 1;
    const server = await streaming([
      ": keep-alive\n\n",
      "event: ping\ndata: {}\n\n",
      `data: ${json1.slice(0, cut)}\ndata: ${json1.slice(cut)}\n\n`,
      event("[DONE]"),
    ]);
    const items = await collect(await clientFor(server).request<TestChatStream<Chunk>>(streamCall));
    // "data: a\ndata: b" is "a\nb": JSON allows the newline between tokens here.
    expect(items).toHaveLength(1);
    expect(text(items)).toBe("x");
  });

  test("a 200 stream with an empty body (nothing received) is retried", async () => {
    let count = 0;
    const server = await startServer((_request, response) => {
      sseHead(response, { "retry-after-ms": "1" });
      response.end(++count === 1 ? "" : event(chunk("ok", "stop")));
    });
    expect(await (await clientFor(server).request<TestChatStream<Chunk>>(streamCall)).finalText()).toBe("ok");
    expect(server.requests).toHaveLength(2);
  });
});

describe("error events", () => {
  test("an error event first is retried like a failed request", async () => {
    let count = 0;
    const server = await startServer((_request, response) => {
      sseHead(response, { "retry-after-ms": "1" });
      if (++count === 1)
        response.end(`event: error\ndata: ${JSON.stringify(errorBody("overloaded", "overloaded_error"))}\n\n`);
      else response.end(event(chunk("fine", "stop")) + event("[DONE]"));
    });
    const stream = await clientFor(server).request<TestChatStream<Chunk>>(streamCall);
    expect(await stream.finalText()).toBe("fine");
    expect(server.requests).toHaveLength(2);
  });

  test("an error payload first on every attempt: StreamError with the body and the attempts", async () => {
    const server = await streaming([event(errorBody("overloaded", "overloaded_error"))], {
      "retry-after-ms": "1",
      "x-request-id": "req_s",
    });
    const error = (await rejection(clientFor(server).request<TestChatStream<Chunk>>(streamCall))) as StreamError;
    expect(error).toBeInstanceOf(StreamError);
    expect(error.body).toEqual(errorBody("overloaded", "overloaded_error"));
    expect(error.message).toContain("overloaded");
    expect(error.requestId).toBe("req_s");
    expect(error.attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  test("an error event first with x-should-retry: false is not retried", async () => {
    const server = await streaming(
      [`event: error\ndata: ${JSON.stringify(errorBody("bad", "invalid_request_error"))}\n\n`],
      { "x-should-retry": "false" },
    );
    const error = (await rejection(clientFor(server).request<TestChatStream<Chunk>>(streamCall))) as StreamError;
    expect(error).toBeInstanceOf(StreamError);
    expect(error.isRetryable).toBe(false);
    expect(server.requests).toHaveLength(1);
  });

  test("an error event mid-stream: StreamError carrying the body after the chunks before it; never retried", async () => {
    const failure = errorBody("model crashed", "server_error");
    const server = await streaming([
      event(chunk("one ")),
      event(chunk("two ")),
      `event: error\ndata: ${JSON.stringify(failure)}\n\n`,
      event(chunk("never")),
    ]);
    const stream = await clientFor(server).request<TestChatStream<Chunk>>(streamCall);
    const seen: Chunk[] = [];
    const error = (await rejection(
      (async () => {
        for await (const item of stream) seen.push(item);
      })(),
    )) as StreamError;
    expect(error).toBeInstanceOf(StreamError);
    expect(error.body).toEqual(failure);
    expect(error.message).toBe("The server sent an error event: model crashed");
    expect(error.isRetryable).toBe(false);
    expect(text(seen)).toBe("one two ");
    expect(server.requests).toHaveLength(1);
  });

  test("a data payload with an error object mid-stream is a StreamError too", async () => {
    const server = await streaming([
      event(chunk("a")),
      event({ error: { message: "quota", type: "insufficient_balance" } }),
    ]);
    const stream = await clientFor(server).request<TestChatStream<Chunk>>(streamCall);
    const error = (await rejection(collect(stream))) as StreamError;
    expect(error).toBeInstanceOf(StreamError);
    expect(error.body).toEqual({ error: { message: "quota", type: "insufficient_balance" } });
  });

  test("an event that is not JSON is a StreamError with the raw text", async () => {
    const server = await streaming([event(chunk("a")), "data: {oops\n\n"]);
    const error = (await rejection(
      collect(await clientFor(server).request<TestChatStream<Chunk>>(streamCall)),
    )) as StreamError;
    expect(error).toBeInstanceOf(StreamError);
    expect(error.body).toBe("{oops");
  });
});

describe("consuming a stream", () => {
  test("one consumer: a second iteration throws and points to tee()", async () => {
    const server = await streaming([event(chunk("a", "stop")), event("[DONE]")]);
    const stream = await clientFor(server).request<TestChatStream<Chunk>>(streamCall);
    await collect(stream);
    const error = await rejection(collect(stream));
    expect(error).toBeInstanceOf(MaxtokenError);
    expect(error.message).toContain("tee()");
  });

  test("break out of for await cancels the body and frees the connection", async () => {
    const server = await startServer(async (_request, response) => {
      sseHead(response);
      for (let i = 0; i < 200 && !response.destroyed; i++) {
        response.write(event(chunk(String(i))));
        await sleep(20);
      }
      response.end(event("[DONE]"));
    });
    const stream = await clientFor(server).request<TestChatStream<Chunk>>(streamCall);
    for await (const item of stream) {
      expect(item.choices[0]?.delta.content).toBe("0");
      break;
    }
    await server.aborted;
    expect(server.openResponses.size).toBe(0);
    expect(await server.busySockets()).toBe(0);
  });

  test("tee(): both branches see every chunk, in any interleaving", async () => {
    const server = await streaming([
      event(chunk("a")),
      10,
      event(chunk("b")),
      event(chunk("c", "stop")),
      event("[DONE]"),
    ]);
    const stream = await clientFor(server).request<TestChatStream<Chunk>>(streamCall);
    const [left, right] = stream.tee();
    expect(left.controller).toBe(stream.controller);
    const [l, r] = await Promise.all([collect(left), collect(right)]);
    expect(text(l)).toBe("abc");
    expect(r).toEqual(l);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/tee/);
  });

  test("tee(): one branch may stop early while the other reads on", async () => {
    const server = await streaming([event(chunk("a")), event(chunk("b")), event(chunk("c", "stop")), event("[DONE]")]);
    const [left, right] = (await clientFor(server).request<TestChatStream<Chunk>>(streamCall)).tee();
    for await (const _item of left) break;
    expect(text(await collect(right))).toBe("abc");
  });

  test("toReadableStream() gives NDJSON bytes; Stream.fromReadableStream() reads them back", async () => {
    const server = await streaming([
      event(chunk("x")),
      event(chunk("ÿ😀")),
      event(chunk(null, "stop")),
      event("[DONE]"),
    ]);
    const [forBytes, forItems] = (await clientFor(server).request<TestChatStream<Chunk>>(streamCall)).tee();
    const expected = await collect(forItems).then((items) => items);
    const bytes = new Uint8Array(await new Response(forBytes.toReadableStream()).arrayBuffer());
    const lines = new TextDecoder().decode(bytes).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => JSON.parse(line))).toEqual(expected);

    // Read back, one byte per chunk so that lines and characters are split.
    const trickle = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
        controller.close();
      },
    });
    const back = Stream.fromReadableStream<Chunk>(trickle);
    expect(await collect(back)).toEqual(expected);
  });

  test("a round trip through a real HTTP hop: a server route forwards toReadableStream() to a browser-like reader", async () => {
    const upstream = await streaming([event(chunk("via ")), event(chunk("proxy", "stop")), event("[DONE]")]);
    const route = await startServer(async (_request, response) => {
      const stream = await clientFor(upstream).request<TestChatStream<Chunk>>(streamCall);
      response.writeHead(200, { "content-type": "application/x-ndjson" });
      for await (const bytes of stream.toReadableStream()) response.write(bytes);
      response.end();
    });
    const answer = await fetch(`${route.url}/api/chat`);
    const stream = ChatStream.fromReadableStream<Chunk>(answer.body!);
    expect(await stream.finalText()).toBe("via proxy");
  });

  test("fromReadableStream: controller.abort() stops it", async () => {
    const never = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":1}\n'));
      },
    });
    const stream = Stream.fromReadableStream<{ a: number }>(never);
    const seen: unknown[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of stream) {
          seen.push(item);
          stream.controller.abort();
        }
      })(),
    );
    expect(seen).toEqual([{ a: 1 }]);
    expect(error.name).toBe("APIUserAbortError");
  });
});

describe("finalChatCompletion() and finalText()", () => {
  test("accumulate the deltas into the non-streamed shape, keeping unknown fields and usage", async () => {
    const usage = { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 };
    const server = await streaming([
      event({
        ...chunk(null),
        choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }],
        system_fingerprint: "fp1",
      }),
      event(chunk("Hello")),
      event({
        ...chunk(", world"),
        choices: [{ index: 0, delta: { content: ", world", reasoning: "r" }, finish_reason: null, logprobs: null }],
      }),
      event(chunk(null, "stop")),
      event({ ...chunk(null), choices: [], usage, x_extra: { kept: true } }),
      event("[DONE]"),
    ]);
    const stream = await clientFor(server).request<TestChatStream<Chunk>>(streamCall);
    const completion = await stream.finalChatCompletion();
    expect(completion).toEqual({
      id: "chatcmpl-1",
      object: "chat.completion",
      created: 1700000000,
      model: "claude-test",
      system_fingerprint: "fp1",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: "Hello, world", reasoning: "r" },
          finish_reason: "stop",
          logprobs: null,
        },
      ],
      usage,
      x_extra: { kept: true },
    });
    expect(await stream.finalChatCompletion()).toBe(completion);
    expect(await stream.finalText()).toBe("Hello, world");
  });

  test("several choices are kept apart", async () => {
    const two = (i: number, content: string, finish: string | null = null) => ({
      ...chunk(null),
      choices: [{ index: i, delta: { content }, finish_reason: finish }],
    });
    const server = await streaming([
      event(two(0, "a")),
      event(two(1, "b")),
      event(two(1, "B", "length")),
      event(two(0, "A", "stop")),
      event("[DONE]"),
    ]);
    const completion = await (await clientFor(server).request<TestChatStream<Chunk>>(streamCall)).finalChatCompletion();
    expect(completion.choices.map((choice) => [choice.index, choice.message.content, choice.finish_reason])).toEqual([
      [0, "aA", "stop"],
      [1, "bB", "length"],
    ]);
  });

  test("a stream with no chunk at all has no completion", async () => {
    const server = await streaming([event("[DONE]")]);
    const stream = await clientFor(server).request<TestChatStream<Chunk>>(streamCall);
    expect(await rejection(stream.finalChatCompletion())).toBeInstanceOf(StreamError);
  });
});

describe("many streams", () => {
  test("200 concurrent streams all complete and leave no socket busy", async () => {
    const server = await startServer(async (request, response) => {
      const n = JSON.parse(request.body).n as number;
      sseHead(response);
      for (let i = 0; i < 5; i++) {
        response.write(event(chunk(`${n}.${i} `)));
        await sleep(5);
      }
      response.end(event(chunk(null, "stop")) + event("[DONE]"));
    });
    const client = clientFor(server);
    const texts = await Promise.all(
      Array.from({ length: 200 }, async (_, n) => {
        const stream = await client.request<TestChatStream<Chunk>>({
          ...chat,
          body: { ...body, n, stream: true },
          ...chatStream,
        });
        return stream.finalText();
      }),
    );
    expect(texts).toHaveLength(200);
    for (const [n, value] of texts.entries()) expect(value).toBe(`${n}.0 ${n}.1 ${n}.2 ${n}.3 ${n}.4 `);
    expect(server.requests).toHaveLength(200);
    expect(server.openResponses.size).toBe(0);
    expect(await server.busySockets()).toBe(0);
  });

  test("a JSON request after streams reuses the client", async () => {
    const server = await startServer((request, response) => {
      if (request.headers.accept === "text/event-stream") {
        sseHead(response);
        response.end(event(chunk("s", "stop")));
      } else json(response, 200, { plain: true });
    });
    const client = clientFor(server);
    expect(await (await client.request<TestChatStream<Chunk>>(streamCall)).finalText()).toBe("s");
    expect(await client.request({ ...chat, body })).toEqual({ plain: true });
  });
});
