import { describe, expect, it } from "vitest";
import { buildReply, countTokens, lastUserText, seededText, tokenize } from "../src/index.ts";
import { loadConformance } from "./helpers/conformance.ts";
import { chatBody, send } from "./helpers/http.ts";
import { useMockServer } from "./helpers/server.ts";

const server = useMockServer();
const ask = (content: unknown, extra: Record<string, unknown> = {}) => ({
  messages: [{ role: "user", content }],
  ...extra,
});

/** Sends `body` with `stream: true`, checks the stream against the spec, and returns its chunks (without `[DONE]`). */
async function streamedChunks(body: Record<string, unknown>): Promise<any[]> {
  const conformance = await loadConformance();
  const streamed = await send(server.current.origin, { body: { ...body, stream: true } });
  conformance.expectConformingResponse(streamed);
  return streamed
    .events()
    .slice(0, -1)
    .map((event) => JSON.parse(event.data));
}

describe("tokenize", () => {
  it.each(["You said: hi", "  leading", "trailing  ", "a\nb\tc", "", "   ", "one"])(
    "gives %j back when joined",
    (text) => {
      expect(tokenize(text).join("")).toBe(text);
    },
  );

  it("splits into words with the whitespace before them", () => {
    expect(tokenize("You said: hello world")).toEqual(["You", " said:", " hello", " world"]);
    expect(countTokens("You said: hello world")).toBe(4);
  });
});

describe("buildReply", () => {
  it("echoes the last user message", () => {
    const reply = buildReply({
      messages: [
        { role: "user", content: "one" },
        { role: "assistant", content: "two" },
        { role: "user", content: "three" },
      ],
    });
    expect(reply.text).toBe("You said: three");
    expect(reply.finishReason).toBe("stop");
    expect(reply.usage).toEqual({ prompt_tokens: 3, completion_tokens: 3, total_tokens: 6 });
  });

  it("reads content parts, and replies to a conversation without a user message", () => {
    expect(
      lastUserText([
        {
          role: "user",
          content: [
            { type: "text", text: "a" },
            { type: "text", text: "b" },
          ],
        },
      ]),
    ).toBe("a\nb");
    expect(buildReply({ messages: [{ role: "system", content: "rules" }] }).text).toBe("You said: ");
  });

  it("honours max_tokens with finish_reason length", () => {
    const reply = buildReply(ask("a b c d e f", { max_tokens: 4 }));
    expect(reply.text).toBe("You said: a b");
    expect(reply.tokens).toEqual(["You", " said:", " a", " b"]);
    expect(reply.finishReason).toBe("length");
    expect(reply.usage.completion_tokens).toBe(4);
  });

  it("does not report length when max_tokens is exactly the reply length", () => {
    const reply = buildReply(ask("a b", { max_tokens: 4 }));
    expect(reply.finishReason).toBe("stop");
    expect(reply.tokens).toHaveLength(4);
  });

  it("cuts before the earliest stop sequence, whichever is listed first", () => {
    const reply = buildReply(ask("alpha beta. gamma, delta", { stop: [",", "."] }));
    expect(reply.text).toBe("You said: alpha beta");
    expect(reply.finishReason).toBe("stop");
    expect(reply.usage.completion_tokens).toBe(4);
  });

  it("applies stop before max_tokens", () => {
    expect(buildReply(ask("a b c d e STOP f", { stop: ["STOP"], max_tokens: 3 }))).toMatchObject({
      text: "You said: a",
      finishReason: "length",
    });
    expect(buildReply(ask("a STOP b c d e", { stop: ["STOP"], max_tokens: 10 }))).toMatchObject({
      text: "You said: a ",
      finishReason: "stop",
    });
  });

  it("keeps usage consistent", () => {
    for (const request of [ask("x y z"), ask("x y z", { max_tokens: 1 }), ask("x y z", { stop: ["You"] })]) {
      const { usage, tokens } = buildReply(request);
      expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens);
      expect(usage.completion_tokens).toBe(tokens.length);
    }
  });

  it("gives seeded text that depends on the seed and the message only", () => {
    expect(seededText(1, "hi")).toBe(seededText(1, "hi"));
    expect(seededText(1, "hi")).not.toBe(seededText(2, "hi"));
    expect(seededText(1, "hi")).not.toBe(seededText(1, "ho"));
    const words = countTokens(seededText(7, "anything"));
    expect(words).toBeGreaterThanOrEqual(8);
    expect(words).toBeLessThanOrEqual(31);
    expect(buildReply(ask("hi"), { seed: 1 }).text).toBe(seededText(1, "hi"));
  });
});

describe("the reply over HTTP", () => {
  it("honours max_tokens, plain and streamed", async () => {
    const conformance = await loadConformance();
    const body = chatBody({ messages: [{ role: "user", content: "one two three four five" }], max_tokens: 3 });
    const plain = await send(server.current.origin, { body });
    conformance.expectConformingResponse(plain);
    expect(plain.json().choices[0]).toMatchObject({ message: { content: "You said: one" }, finish_reason: "length" });
    expect(plain.json().usage).toEqual({ prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 });

    const chunks = await streamedChunks(body);
    expect(chunks).toHaveLength(4);
    expect(chunks.at(-1).choices[0].finish_reason).toBe("length");
    expect(chunks.at(-1).usage).toEqual({ prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 });
  });

  it("honours stop, plain and streamed", async () => {
    const conformance = await loadConformance();
    const body = chatBody({ messages: [{ role: "user", content: "keep this. drop that" }], stop: ["."] });
    const plain = await send(server.current.origin, { body });
    conformance.expectConformingResponse(plain);
    expect(plain.json().choices[0]).toMatchObject({
      message: { content: "You said: keep this" },
      finish_reason: "stop",
    });
    const chunks = await streamedChunks(body);
    expect(chunks.map((chunk) => chunk.choices[0].delta.content ?? "").join("")).toBe("You said: keep this");
  });

  it("streams an empty reply as one role chunk and the finish chunk", async () => {
    const conformance = await loadConformance();
    const streamed = await send(server.current.origin, { body: chatBody({ stop: ["You"], stream: true }) });
    conformance.expectConformingResponse(streamed);
    const events = streamed.events();
    expect(events).toHaveLength(3);
    expect(JSON.parse(events[0]!.data).choices[0].delta).toEqual({ role: "assistant", content: "" });
    expect(JSON.parse(events[1]!.data).usage.completion_tokens).toBe(0);
  });
});
