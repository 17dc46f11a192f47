// Starts a mock server per test file and closes it afterwards.
import { afterAll, beforeAll } from "vitest";
import { type MockServer, type MockServerOptions, startMockServer } from "../../src/index.ts";

/** Starts a server before the file's tests and closes it after; read `.current` inside tests. */
export function useMockServer(options: MockServerOptions = {}): { current: MockServer } {
  const holder = {} as { current: MockServer };
  beforeAll(async () => {
    holder.current = await startMockServer({ port: 0, ...options });
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}
