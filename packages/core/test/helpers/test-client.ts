// A client built on BaseClient exactly as generated code does, with a runtime adapter whose
// environment is a plain object (so tests never touch process.env).
import { type AccumulableChunk, type AccumulableCompletion, ChatStream, type ClientOptions } from "../../src/index.ts";
import { BaseClient, type RuntimeAdapter } from "../../src/internal.ts";
import type { TestServer } from "./http-test-server.ts";

export const KEY = "sk-test-0123456789abcdef";

export class TestClient extends BaseClient {}

export function runtime(env: Record<string, string> = {}, overrides: Partial<RuntimeAdapter> = {}): RuntimeAdapter {
  return {
    runtime: "node",
    runtimeVersion: "20.0.0",
    packageName: "@maxtoken/test",
    readEnv: (name) => env[name],
    sendUserAgent: true,
    browser: false,
    ...overrides,
  };
}

/** A client pointed at `server` with the test key; `options` override. */
export function clientFor(server: TestServer, options: ClientOptions = {}, adapter = runtime()): TestClient {
  return new TestClient({ apiKey: KEY, baseURL: `${server.url}/v1`, logLevel: "off", ...options }, adapter);
}

export const chat = { method: "post", path: "/chat/completions" } as const;
/** What the generated code adds to a chat completion call that streams (the spec's conventions). */
export const chatStream = { stream: true, streamTerminator: "[DONE]", streamClass: ChatStream } as const;
/** A chat stream of loosely typed chunks. */
export type TestChatStream<Chunk extends AccumulableChunk = AccumulableChunk> = ChatStream<
  Chunk,
  AccumulableCompletion
>;
export const body = { model: "claude-test", messages: [{ role: "user", content: "hi" }] };

/** Collects what a call rejects with (fails the test when it resolves). */
export async function rejection(promise: PromiseLike<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection, got a value");
}
