import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { SSEDecoder } from "../src/stream/sse-decoder.ts";
import { sleep, sseHead, startServer } from "./helpers/http-test-server.ts";
import { chat, chatStream, clientFor, type TestChatStream } from "./helpers/test-client.ts";

interface Message {
  event?: string | undefined;
  id?: string | undefined;
  data: string;
}

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      const next = chunks[index++];
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
}

async function decode(chunks: Uint8Array[]): Promise<Message[]> {
  const decoder = new SSEDecoder(streamOf(chunks), new AbortController());
  const messages: Message[] = [];
  for (let message = await decoder.next(); message; message = await decoder.next()) {
    messages.push({ event: message.event, id: message.id, data: message.data });
  }
  return messages;
}

const bytes = (text: string) => new TextEncoder().encode(text);
const decodeText = (...parts: string[]) => decode(parts.map(bytes));
const plain = (data: string, event?: string, id?: string): Message => ({ event, id, data });

describe("WHATWG event-stream rules", () => {
  test("LF, CR and CRLF line ends, mixed", async () => {
    expect(await decodeText("data: a\n\ndata: b\r\rdata: c\r\n\r\ndata: d\n\r\n")).toEqual([
      plain("a"),
      plain("b"),
      plain("c"),
      plain("d"),
    ]);
  });

  test("a CR at the end of one chunk and an LF at the start of the next make one line end", async () => {
    expect(await decodeText("data: a\r", "\n\r", "\ndata: b\r", "\r")).toEqual([plain("a"), plain("b")]);
    // If CR and LF were counted as two line ends, "x" would be dispatched alone.
    expect(await decodeText("data: x\r", "\ndata: y\r\n\r\n")).toEqual([plain("x\ny")]);
  });

  test("a final CR CR at the very end of the body still dispatches", async () => {
    expect(await decodeText("data: last\r\r")).toEqual([plain("last")]);
  });

  test("multi-line data, comments, event/id/retry fields, unknown fields, no space after the colon", async () => {
    const text = ": a comment\nevent: update\nid: 7\nretry: 1000\nfoo: bar\ndata:first\ndata:  second\ndata\n\n";
    expect(await decodeText(text)).toEqual([plain("first\n second\n", "update", "7")]);
  });

  test("an event without data is not dispatched; an unfinished last event is dropped", async () => {
    expect(await decodeText("event: ping\n\ndata: a\n\ndata: unfinished\n")).toEqual([plain("a")]);
    expect(await decodeText("data: no blank line")).toEqual([]);
  });

  test("a UTF-8 character split across chunks; a BOM at the start is dropped", async () => {
    const all = bytes("\uFEFFdata: h€llo 😀\n\n");
    const messages = await decode([all.slice(0, 2), all.slice(2, 11), all.slice(11, 19), all.slice(19)]);
    expect(messages).toEqual([plain("h€llo 😀")]);
  });
});

// A model of a stream: events with optional comment, event name, id, retry and one or more
// data lines, each line ended by LF, CR or CRLF.
const lineEnd = fc.constantFrom("\n", "\r", "\r\n");
const noBreaks = (unit: "grapheme" | "binary") =>
  fc.string({ unit, maxLength: 12 }).filter((value) => !/[\r\n]/.test(value));
const eventModel = fc.record({
  comment: fc.option(noBreaks("grapheme"), { nil: undefined }),
  event: fc.option(fc.constantFrom("update", "error", "message", "x y"), { nil: undefined }),
  id: fc.option(
    noBreaks("grapheme").filter((value) => !value.includes("\0")),
    { nil: undefined },
  ),
  retry: fc.option(fc.nat(10_000), { nil: undefined }),
  data: fc.array(noBreaks("binary"), { minLength: 1, maxLength: 4 }),
});

function serialise(events: Array<typeof eventModel extends fc.Arbitrary<infer E> ? E : never>, ends: string[]): string {
  let text = "";
  let previous = "";
  let index = 0;
  const line = (content: string) => {
    let end = ends[index++ % ends.length]!;
    // After a CR, an empty line ended by LF would merge into CRLF: WHATWG reads one line end.
    if (content === "" && previous === "\r" && end === "\n") end = "\r";
    text += content + end;
    previous = end;
  };
  for (const event of events) {
    if (event.comment !== undefined) line(`:${event.comment}`);
    if (event.event !== undefined) line(`event: ${event.event}`);
    if (event.id !== undefined) line(`id: ${event.id}`);
    if (event.retry !== undefined) line(`retry: ${event.retry}`);
    for (const data of event.data) line(`data: ${data}`);
    line("");
  }
  return text;
}

describe("property: any split of the same bytes yields the same events", () => {
  test("events match the model for every chunking", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventModel, { minLength: 1, maxLength: 6 }),
        fc.array(lineEnd, { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (events, ends, cuts) => {
          const all = bytes(serialise(events, ends));
          const positions = [...new Set(cuts.map((cut) => cut % (all.length + 1)))].sort((a, b) => a - b);
          const chunks: Uint8Array[] = [];
          let start = 0;
          for (const position of [...positions, all.length]) {
            chunks.push(all.slice(start, position));
            start = position;
          }
          const expected = events.map((event) => plain(event.data.join("\n"), event.event, event.id));
          expect(await decode(chunks)).toEqual(expected);
          expect(await decode([all])).toEqual(expected);
          expect(await decode([...all].map((byte) => Uint8Array.of(byte)))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("over HTTP", () => {
  test("awkward chunk boundaries on the wire (CR|LF, inside a UTF-8 character)", async () => {
    const payload = (content: string, finish: string | null = null) =>
      JSON.stringify({
        id: "c",
        object: "chat.completion.chunk",
        choices: [{ index: 0, delta: { content }, finish_reason: finish }],
      });
    const all = Buffer.from(
      `: hello\r\ndata: ${payload("grüße ")}\r\n\r\ndata: ${payload("😀", "stop")}\r\rdata: [DONE]\r\r`,
    );
    const split = [
      0,
      5,
      all.indexOf("\r\n") + 1,
      all.indexOf("ü") + 1,
      all.indexOf("😀") + 2,
      all.indexOf("\r\r") + 1,
      all.length,
    ];
    const server = await startServer(async (_request, response) => {
      sseHead(response);
      for (let i = 1; i < split.length; i++) {
        response.write(all.subarray(split[i - 1], split[i]));
        await sleep(15);
      }
      response.end();
    });
    const stream = await clientFor(server).request<TestChatStream>({ ...chat, body: {}, ...chatStream });
    expect(await stream.finalText()).toBe("grüße 😀");
  });
});
