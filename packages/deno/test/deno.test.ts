// Drives the real Deno binary: the conformance suite, and how the package reads its environment.
// The mock server runs here in Node on 127.0.0.1; Deno gets its URL as an argument.

import { conformanceCases } from "@maxtoken/conformance";
import { type RunningMock, startMock } from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, expect, test } from "vitest";
import { runDeno } from "./run-deno.ts";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock?.close());

const config = ["--config", "deno.test.json"];

test("the conformance suite passes in Deno, every case run", async () => {
  const run = await runDeno([
    "test",
    ...config,
    "--allow-net=127.0.0.1",
    "--no-prompt",
    "test/deno/conformance_test.ts",
    "--",
    mock.baseURL,
  ]);
  if (run.code !== 0) console.error(run.output);
  expect(run.code).toBe(0);
  expect({ passed: run.passed, failed: run.failed }).toEqual({ passed: conformanceCases.length, failed: 0 });
}, 180_000);

const ENV = { MAXTOKEN_API_KEY: "sk-from-deno-env", MAXTOKEN_BASE_URL: "http://127.0.0.1:9/v1" };

test("without --allow-env the key is not read and nothing prompts (deno run in a terminal)", async () => {
  const run = await runDeno(
    ["run", ...config, "--allow-net=127.0.0.1", "test/deno/env_check.ts", mock.baseURL, "denied"],
    { env: ENV, tty: true, timeoutMs: 30_000 },
  );
  if (run.code !== 0) console.error(run.output);
  expect(run.output).not.toMatch(/requests env access|Allow\?/);
  expect(run.code).toBe(0);
  expect(run.output).toMatch(/^ok 5\s*$/m);
}, 90_000);

test("with --allow-env=MAXTOKEN_API_KEY,MAXTOKEN_BASE_URL the key comes from the environment", async () => {
  const run = await runDeno(
    [
      "run",
      ...config,
      "--allow-net=127.0.0.1",
      "--allow-env=MAXTOKEN_API_KEY,MAXTOKEN_BASE_URL",
      "--no-prompt",
      "test/deno/env_check.ts",
      mock.baseURL,
      "granted",
    ],
    { env: ENV },
  );
  if (run.code !== 0) console.error(run.output);
  expect(run.code).toBe(0);
  expect(run.output).toMatch(/^ok 5\s*$/m);
}, 90_000);
