// What JSR gets. jsr.json must agree with package.json and the code
// (scripts/check-jsr-manifest.mjs). `deno publish --dry-run` in packages/deno needs jsr.io (it
// resolves jsr:@maxtoken/core), which CI cannot reach; so the dry run here puts both packages'
// manifests and sources in a Deno workspace, where that import resolves to the local member,
// and checks both (slow types, exports, included files) offline.
import { execFile } from "node:child_process";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { runDeno } from "./run-deno.ts";

const run = promisify(execFile);
const packagesDir = fileURLToPath(new URL("../..", import.meta.url));

test("jsr.json agrees with package.json and the generated entry", async () => {
  const { stdout } = await run(process.execPath, [
    fileURLToPath(new URL("../scripts/check-jsr-manifest.mjs", import.meta.url)),
  ]);
  expect(stdout).toMatch(/^JSR manifest agrees: @maxtoken\/deno@\d+\.\d+\.\d+/);
});

test("deno publish --dry-run of @maxtoken/deno and @maxtoken/core as one Deno workspace succeeds offline", async () => {
  // The packages as JSR gets them (their manifests and sources), in a Deno workspace so that
  // jsr:@maxtoken/core resolves to the local member instead of jsr.io.
  const workspace = await mkdtemp(join(tmpdir(), "maxtoken-jsr-"));
  try {
    for (const name of ["core", "deno"]) {
      const from = join(packagesDir, name);
      const to = join(workspace, name);
      await cp(join(from, "src"), join(to, "src"), { recursive: true });
      for (const file of ["README.md", "LICENSE", "jsr.json"]) await cp(join(from, file), join(to, file));
    }
    await writeFile(join(workspace, "deno.json"), JSON.stringify({ workspace: ["./core", "./deno"] }));
    const result = await runDeno(["publish", "--dry-run", "--allow-dirty"], { cwd: workspace });
    if (result.code !== 0) console.error(result.output);
    expect(result.output).toMatch(/Checking for slow types in the public API/);
    expect(result.output).toMatch(/Simulating publish of @maxtoken\/deno@\d+\.\d+\.\d+/);
    expect(result.output).toMatch(/Simulating publish of @maxtoken\/core@\d+\.\d+\.\d+/);
    expect(result.output).not.toMatch(/deno\/test\/|generated\/.*\.test\./);
    expect(result.output).toMatch(/Success Dry run complete/);
    expect(result.code).toBe(0);
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}, 120_000);
