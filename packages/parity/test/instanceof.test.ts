// `instanceof` holds across runtime packages and across copies of core. The builds are loaded by
// a plain `node` process (test/fixtures/builds.mjs); Deno's sources are checked here against the
// browser bundle, which carries its own copy of core.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type RunningMock, startMock } from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as denoSource from "../../deno/src/generated/index.gen.ts";

type Sdk = typeof denoSource;
const run = promisify(execFile);

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock?.close());

describe("instanceof across packages", () => {
  test("errors from node's CJS and ESM builds and the browser bundle are instances of each other's classes", async () => {
    const { stdout } = await run(process.execPath, [
      fileURLToPath(new URL("fixtures/builds.mjs", import.meta.url)),
      mock.baseURL,
    ]);
    const { checks } = JSON.parse(stdout) as { checks: Record<string, boolean> };
    expect(Object.keys(checks).length).toBe(25);
    expect(
      Object.entries(checks)
        .filter(([, passed]) => !passed)
        .map(([name]) => name),
    ).toEqual([]);
  });

  test("an error from @maxtoken/deno (sources) is an instance of the browser bundle's classes, and back", async () => {
    const browserBundle = (await import("../../browser/dist/maxtoken.browser.js")) as unknown as Sdk;
    expect(browserBundle.APIError).not.toBe(denoSource.APIError);
    const fromDeno = await new denoSource.Maxtoken({
      apiKey: "sk-test",
      baseURL: mock.baseURL,
      maxRetries: 0,
    }).chat.completions
      .create(
        { model: "claude-opus-4-6", messages: [{ role: "user", content: "hi" }] },
        { headers: { "x-mock-fault": "insufficient-balance" } },
      )
      .catch((error: unknown) => error);
    expect(fromDeno instanceof browserBundle.InsufficientBalanceError).toBe(true);
    expect(fromDeno instanceof browserBundle.PermissionDeniedError).toBe(true);
    expect(fromDeno instanceof browserBundle.AuthenticationError).toBe(false);
    const fromBrowser = await new browserBundle.Maxtoken({
      apiKey: "sk-test",
      baseURL: mock.baseURL,
      maxRetries: 0,
    }).chat.completions
      .create({ model: "claude-opus-4-6", messages: [{ role: "user", content: "hi" }], temperature: 2 })
      .catch((error: unknown) => error);
    expect(fromBrowser instanceof denoSource.ValidationError).toBe(true);
    expect(fromBrowser instanceof denoSource.MaxtokenError).toBe(true);
  });
});
