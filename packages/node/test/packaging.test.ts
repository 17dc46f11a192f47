// The built package as npm users get it: publint, attw (ESM, CJS and node10 resolution),
// and a CommonJS consumer with Node's require(esm) turned off, so only a real CJS build passes.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startMock, type RunningMock } from "@maxtoken/conformance/harness";
import packageJson from "../package.json" with { type: "json" };

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));

describe("packaging", () => {
  test("publint reports nothing (strict)", async () => {
    const { messages, pkg } = await publint({ pkgDir: packageDir, strict: true, level: "suggestion", pack: "pnpm" });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  });

  test("attw --pack finds no problem for node10, node16 (CJS and ESM) and bundlers", async () => {
    const attw = fileURLToPath(new URL("../node_modules/.bin/attw", import.meta.url));
    const result = await run(attw, ["--pack", ".", "--format", "table-flipped"], { cwd: packageDir }).catch(
      (error: { stdout: string; stderr: string; code: number }) => error,
    );
    expect(result.stderr + result.stdout).toMatch(/No problems found/);
    expect("code" in result ? result.code : 0).toBe(0);
  });

  test("package.json: sideEffects false, no dependency but core", () => {
    expect(packageJson.sideEffects).toBe(false);
    expect(Object.keys(packageJson.dependencies)).toEqual(["@maxtoken/core"]);
  });
});

describe("consumers of the build", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(() => mock?.close());

  test("CommonJS: require() with --no-experimental-require-module gets the CJS build and calls the API", async () => {
    const script = `
      const sdk = require("@maxtoken/node");
      if (!require.resolve("@maxtoken/node").endsWith("index.cjs")) throw new Error("not the CJS build");
      const client = new sdk.Maxtoken({ apiKey: "sk-test", baseURL: process.argv[1], maxRetries: 0 });
      client.chat.completions
        .create({ model: "claude-opus-4-6", messages: [{ role: "user", content: "hi" }] })
        .then((completion) => console.log(JSON.stringify({ object: completion.object, names: Object.keys(sdk).sort() })));
    `;
    const { stdout } = await run(
      process.execPath,
      ["--no-experimental-require-module", "-e", script, mock.baseURL],
      { cwd: packageDir },
    );
    const out = JSON.parse(stdout) as { object: string; names: string[] };
    expect(out.object).toBe("chat.completion");
    expect(out.names).toContain("Maxtoken");
    expect(out.names).toContain("RateLimitError");
  });

  test("ESM import of the build, and instanceof across the ESM and CJS copies", async () => {
    const script = `
      import { createRequire } from "node:module";
      const esm = await import("@maxtoken/node");
      const cjs = createRequire(import.meta.url)("@maxtoken/node");
      if (esm.APIError === cjs.APIError) throw new Error("expected two copies");
      const fromCjs = new cjs.RateLimitError("429", { status: 429 });
      const fromEsm = new esm.ContentPolicyViolationError("400", { status: 400 });
      console.log(JSON.stringify([
        fromCjs instanceof esm.RateLimitError, fromCjs instanceof esm.APIError, fromCjs instanceof esm.MaxtokenError,
        fromEsm instanceof cjs.BadRequestError, !(fromCjs instanceof esm.BadRequestError),
      ]));
    `;
    const { stdout } = await run(
      process.execPath,
      ["--no-experimental-require-module", "--input-type=module", "-e", script],
      { cwd: packageDir },
    );
    expect(JSON.parse(stdout)).toEqual([true, true, true, true, true]);
  });
});
