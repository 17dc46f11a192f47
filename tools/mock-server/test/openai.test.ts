// Users will point the `openai` npm package at the mock with `baseURL`: it must just work.
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { loadConformance } from "./helpers/conformance.ts";
import { useMockServer } from "./helpers/server.ts";

const server = useMockServer();
const messages = [{ role: "user" as const, content: "Hello from the openai package" }];

function client(options: ConstructorParameters<typeof OpenAI>[0] = {}): OpenAI {
  return new OpenAI({ baseURL: server.current.url, apiKey: "sk-test", maxRetries: 0, ...options });
}

describe("the openai package against the mock", () => {
  it("completes a plain chat", async () => {
    const conformance = await loadConformance();
    const { data, response, request_id } = await client()
      .chat.completions.create({ model: "claude-opus-4-6", messages, max_tokens: 64 })
      .withResponse();
    expect(response.status).toBe(200);
    expect(request_id).toMatch(/^req_/);
    expect(conformance.check("ChatCompletion", data)).toBeNull();
    expect(data.choices[0]!.message.content).toBe("You said: Hello from the openai package");
    expect(data.choices[0]!.finish_reason).toBe("stop");
    expect(data.usage).toEqual({ prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 });
  });

  it("completes a streamed chat", async () => {
    const conformance = await loadConformance();
    const stream = await client().chat.completions.create({ model: "claude-opus-4-6", messages, stream: true });
    let text = "";
    const finishReasons: Array<string | null> = [];
    let usage: unknown;
    for await (const chunk of stream) {
      expect(conformance.check("ChatCompletionChunk", chunk)).toBeNull();
      text += chunk.choices[0]?.delta?.content ?? "";
      finishReasons.push(chunk.choices[0]?.finish_reason ?? null);
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe("You said: Hello from the openai package");
    expect(finishReasons.at(-1)).toBe("stop");
    expect(usage).toEqual({ prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 });
  });

  it("gets the mock's errors as its own typed errors", async () => {
    const error = await client({ defaultHeaders: { "x-mock-fault": "status=429;retry-after-ms=10" } })
      .chat.completions.create({ model: "claude-opus-4-6", messages })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).status).toBe(429);
    const bad = await client()
      .chat.completions.create({ model: "claude-opus-4-6", messages, temperature: 1.5 })
      .catch((caught: unknown) => caught);
    expect(bad).toBeInstanceOf(OpenAI.BadRequestError);
    expect((bad as InstanceType<typeof OpenAI.BadRequestError>).param).toBe("temperature");
  });

  it("retries through a fail-first fault and succeeds, honouring retry-after-ms", async () => {
    const retrying = client({
      maxRetries: 2,
      defaultHeaders: {
        "x-mock-fault": "fail-first=2;status=503;retry-after-ms=10",
        "x-mock-fault-key": "openai-retry",
      },
    });
    const started = performance.now();
    const completion = await retrying.chat.completions.create({ model: "claude-opus-4-6", messages });
    expect(completion.choices[0]!.message.content).toContain("You said:");
    expect(performance.now() - started).toBeLessThan(2_000); // 10 ms waits, not the 0.5 s default backoff
  });
});
