// The packed tarballs of @maxtoken/node and @maxtoken/core, installed by npm into a scratch
// project outside the workspace, as a user gets them: on every Node line (the toolchain's and
// @maxtoken/node-lines' 22, 24, 26) the Node example runs there (ESM) and a CommonJS require
// calls the API; Deno runs the installed package as `npm:@maxtoken/node`.
import { copyFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  installTarballs,
  nodeLines,
  type RunningMock,
  runProcess,
  type ScratchProject,
  startMock,
} from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const deno = here("../node_modules/.bin/deno");

let mock: RunningMock;
let scratch: ScratchProject;
beforeAll(async () => {
  [mock, scratch] = await Promise.all([startMock(), installTarballs([here("../../core"), here("..")])]);
  await copyFile(here("../../../examples/node/stream-chat.mjs"), join(scratch.dir, "stream-chat.mjs"));
  await writeFile(join(scratch.dir, "deno-check.mjs"), DENO_CHECK);
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

describe.each(nodeLines().map((line) => [line.version, line] as const))("node %s", (version, line) => {
  test("examples/node/stream-chat.mjs runs against the installed package (ESM)", async () => {
    const run = await runProcess(line.path, ["stream-chat.mjs", `Hello from node ${version}`], {
      cwd: scratch.dir,
      env: { MAXTOKEN_BASE_URL: mock.baseURL, MAXTOKEN_API_KEY: "mock-key" },
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`You said: Hello from node ${version}\n`);
  });

  test("require() of the installed package gets CommonJS (require(esm) off) and a typed error", async () => {
    const script = `
      const { Maxtoken, RateLimitError } = require("@maxtoken/node");
      if (!require.resolve("@maxtoken/node").endsWith(".cjs")) throw new Error("not the CJS build");
      new Maxtoken({ apiKey: "k", baseURL: process.argv[1], maxRetries: 0 }).chat.completions
        .create({ model: "claude-opus-4-6", messages: [{ role: "user", content: "hi" }] }, { headers: { "x-mock-fault": "status=429" } })
        .catch((error) => console.log(process.versions.node, error instanceof RateLimitError, error.status, typeof error.requestId));
    `;
    const run = await runProcess(line.path, ["--no-experimental-require-module", "-e", script, mock.baseURL], {
      cwd: scratch.dir,
    });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe(`${version} true 429 string`);
  });
});

// Run by Deno in the scratch project (package.json and node_modules: `npm:` resolves there).
// Prints one JSON line: what a call returned, the header naming the runtime, the missing-key error.
const DENO_CHECK = `
import { Maxtoken } from "npm:@maxtoken/node";
const [baseURL, apiKey] = Deno.args;
const sent = [];
const fetchRecording = (url, init) => (sent.push(new Headers(init.headers)), fetch(url, init));
const client = new Maxtoken({ baseURL, maxRetries: 0, fetch: fetchRecording, ...(apiKey ? { apiKey } : {}) });
const completion = await client.chat.completions.create({ model: "claude-opus-4-6", messages: [{ role: "user", content: "hi" }] });
let missingKey = null;
try {
  new Maxtoken({ baseURL, apiKey: "" });
} catch (error) {
  missingKey = error.message;
}
console.log(JSON.stringify({
  content: completion.choices[0].message.content,
  authorization: sent[0].get("authorization"),
  sdk: sent[0].get("x-maxtoken-sdk"),
  missingKey,
}));
`;

describe("Deno, npm:@maxtoken/node from the installed package", () => {
  // Set in the environment both times: read only when --allow-env grants it, never asked for.
  const env = { MAXTOKEN_API_KEY: "sk-from-env", MAXTOKEN_LOG: "debug", DENO_NO_UPDATE_CHECK: "1" };

  test("without --allow-env: apiKey and baseURL passed, no env permission needed; the missing-key error says how to grant it", async () => {
    const run = await runProcess(
      deno,
      ["run", "--no-prompt", "--allow-net=127.0.0.1", "deno-check.mjs", mock.baseURL, "sk-passed"],
      { cwd: scratch.dir, env },
    );
    expect(run.stderr).not.toMatch(/NotCapable|Requires env access/);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toEqual({
      content: "You said: hi",
      authorization: "Bearer sk-passed",
      sdk: expect.stringMatching(/^@maxtoken\/node@\S+ deno\/\d+\.\d+\.\d+$/),
      missingKey: expect.stringContaining("--allow-env=MAXTOKEN_API_KEY"),
    });
  });

  test("with --allow-env=MAXTOKEN_API_KEY the key comes from the environment", async () => {
    const run = await runProcess(
      deno,
      ["run", "--no-prompt", "--allow-net=127.0.0.1", "--allow-env=MAXTOKEN_API_KEY", "deno-check.mjs", mock.baseURL],
      { cwd: scratch.dir, env },
    );
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.authorization).toBe("Bearer sk-from-env");
    // Granted but read as the key, not as missing: no hint to add.
    expect(result.missingKey).toBeNull();
  });
});
