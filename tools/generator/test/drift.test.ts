// `pnpm generate:check`: passes when the output matches the spec, fails with the fixing command
// when it does not, and never writes to the output folders (a hand edit is reported, not
// overwritten). Runs in a scratch git repository.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { CHECK_DRIFT } from "./support/paths.ts";
import { addProperty, copyOurSpec, runCli, runScript, scratchDir } from "./support/scratch.ts";

it("generate:check passes on committed output and fails, naming the fix, when the spec moved on", {
  timeout: 180_000,
}, () => {
  const dir = scratchDir("drift");
  const git = (...args: string[]) =>
    spawnSync(
      "git",
      ["-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
  copyOurSpec(join(dir, "openapi"));
  const config = join(dir, "generator.config.json");
  writeFileSync(
    config,
    JSON.stringify({ root: ".", specs: [{ spec: "openapi/openapi.yaml", outputs: ["pkg/src/generated"] }] }),
  );
  expect(git("init", "-q").status).toBe(0);
  expect(runCli(["--config", config]).status).toBe(0);
  git("add", "-A");
  expect(git("commit", "-q", "-m", "generated").status).toBe(0);

  const clean = runScript(CHECK_DRIFT, [config]);
  expect(clean.stdout).toContain("Generated code is up to date");
  expect(clean.status).toBe(0);

  addProperty(join(dir, "openapi/components/schemas/ChatCompletionCreateParams.yaml"), "seed", { type: "integer" });
  const drifted = runScript(CHECK_DRIFT, [config]);
  expect(drifted.status).toBe(1);
  expect(drifted.stderr).toContain("Generated code is out of date: run `pnpm generate` and commit the result.");
});

it("generate:check reports a hand edit to a generated file and leaves it as it is", { timeout: 180_000 }, () => {
  const dir = scratchDir("drift-hand-edit");
  copyOurSpec(join(dir, "openapi"));
  const config = join(dir, "generator.config.json");
  writeFileSync(
    config,
    JSON.stringify({ root: ".", specs: [{ spec: "openapi/openapi.yaml", outputs: ["pkg/src/generated"] }] }),
  );
  expect(runCli(["--config", config]).status).toBe(0);
  const edited = join(dir, "pkg/src/generated/client.gen.ts");
  const content = `${readFileSync(edited, "utf8")}// a hand edit\n`;
  writeFileSync(edited, content);
  writeFileSync(join(dir, "pkg/src/generated/extra.gen.ts"), "// not generated\n");

  const result = runScript(CHECK_DRIFT, [config]);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("pkg/src/generated/client.gen.ts (changed)");
  expect(result.stderr).toContain("pkg/src/generated/extra.gen.ts (not generated)");
  expect(readFileSync(edited, "utf8")).toBe(content);
});
