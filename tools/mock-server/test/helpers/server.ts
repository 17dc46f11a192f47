// The one way test files start a mock server: per file with useMockServer (closed after the
// file's tests), or per test with `await using server = await startMockServer(...)`.
import { afterAll, beforeAll } from "vitest";
import { type MockServer, type MockServerOptions, startMockServer } from "../../src/index.ts";

/**
 * Starts a server before the file's tests and closes it after; read `.current` inside tests.
 * `options` may be a function, for options known only once the file's other set-up has run
 * (a spec file written to a temporary folder, say).
 */
export function useMockServer(
  options: MockServerOptions | (() => MockServerOptions | Promise<MockServerOptions>) = {},
): { current: MockServer } {
  const holder = {} as { current: MockServer };
  beforeAll(async () => {
    const resolved = typeof options === "function" ? await options() : options;
    holder.current = await startMockServer({ port: 0, ...resolved });
  }, 120_000);
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}
