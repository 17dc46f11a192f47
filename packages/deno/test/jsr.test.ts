// What JSR gets. deno.json/jsr.json must agree with package.json and the code
// (scripts/check-jsr-manifest.mjs). `deno publish --dry-run` of @maxtoken/deno itself needs
// jsr.io (it resolves jsr:@maxtoken/core), which this machine cannot reach; the dry run of
// @maxtoken/core, whose dependencies come from npm, runs here and checks core's sources for
// JSR (slow types, exports, included files).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { runDeno } from "./run-deno.ts";

const run = promisify(execFile);
const coreDir = fileURLToPath(new URL("../../core", import.meta.url));

test("deno.json and jsr.json agree with package.json and src/index.ts", async () => {
  const { stdout } = await run(process.execPath, [fileURLToPath(new URL("../scripts/check-jsr-manifest.mjs", import.meta.url))]);
  expect(stdout).toMatch(/^JSR manifests agree: @maxtoken\/deno@\d+\.\d+\.\d+/);
});

test("deno publish --dry-run of @maxtoken/core (what @maxtoken/deno imports from JSR) succeeds", async () => {
  const result = await runDeno(["publish", "--dry-run", "--allow-dirty", "--config", "jsr.json"], { cwd: coreDir });
  if (result.code !== 0) console.error(result.output);
  expect(result.output).toMatch(/Success Dry run complete/);
  expect(result.code).toBe(0);
}, 120_000);
