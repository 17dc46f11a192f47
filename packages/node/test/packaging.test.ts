// The built package as npm users get it: its manifest, and a CommonJS consumer with Node's
// require(esm) turned off, so only a real CJS build passes. publint and attw (strict profile:
// node10, node16 CJS and ESM, bundlers) run on the pnpm-packed tarball in
// tools/release/test/pack.test.ts.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type RunningMock, startMock } from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import packageJson from "../package.json" with { type: "json" };

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));

describe("packaging", () => {
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
    const { stdout } = await run(process.execPath, ["--no-experimental-require-module", "-e", script, mock.baseURL], {
      cwd: packageDir,
    });
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
