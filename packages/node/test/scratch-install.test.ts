// The packed tarballs of @maxtoken/node and @maxtoken/core, installed by npm into a scratch
// project outside the workspace, run the Node example there (ESM) and a CommonJS require.
import { execFile } from "node:child_process";
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { installTarballs, type RunningMock, type ScratchProject, startMock } from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, expect, test } from "vitest";

const run = promisify(execFile);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

let mock: RunningMock;
let scratch: ScratchProject;
beforeAll(async () => {
  [mock, scratch] = await Promise.all([startMock(), installTarballs([here("../../core"), here("..")])]);
  await copyFile(here("../../../examples/node/stream-chat.mjs"), join(scratch.dir, "stream-chat.mjs"));
}, 180_000);
afterAll(async () => {
  await Promise.allSettled([mock?.close(), scratch?.remove()]);
});

test("the tarballs install with npm", () => {
  expect(scratch.tarballs).toEqual([
    expect.stringMatching(/^maxtoken-core-\d/),
    expect.stringMatching(/^maxtoken-node-\d/),
  ]);
});

test("examples/node/stream-chat.mjs runs against the installed package", async () => {
  const { stdout } = await run(process.execPath, ["stream-chat.mjs", "Hello from a scratch project"], {
    cwd: scratch.dir,
    env: { ...process.env, MAXTOKEN_BASE_URL: mock.baseURL, MAXTOKEN_API_KEY: "mock-key" },
  });
  expect(stdout).toBe("You said: Hello from a scratch project\n");
});

test("require() of the installed package gets CommonJS (require(esm) off)", async () => {
  const script = `
    const { Maxtoken, RateLimitError } = require("@maxtoken/node");
    if (!require.resolve("@maxtoken/node").endsWith(".cjs")) throw new Error("not the CJS build");
    new Maxtoken({ apiKey: "k", baseURL: process.argv[1], maxRetries: 0 }).chat.completions
      .create({ model: "claude-opus-4-6", messages: [{ role: "user", content: "hi" }] }, { headers: { "x-mock-fault": "status=429" } })
      .catch((error) => console.log(error instanceof RateLimitError, error.status, typeof error.requestId));
  `;
  const { stdout } = await run(process.execPath, ["--no-experimental-require-module", "-e", script, mock.baseURL], {
    cwd: scratch.dir,
  });
  expect(stdout.trim()).toBe("true 429 string");
});
