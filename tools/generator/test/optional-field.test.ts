// Adding an optional request field to the spec shows up typed, documented and checked in every
// output folder after one command.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RequestChecker } from "@maxtoken/core/internal";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/paths.ts";
import { addProperty, copyOurSpec, runCli, scratchDir, TEST_RUNTIME, typecheck } from "./support/scratch.ts";

const packages = ["node", "deno", "browser"];
let dir: string;

beforeAll(() => {
  dir = scratchDir("optional-field");
  copyOurSpec(join(dir, "openapi"));
  addProperty(join(dir, "openapi/components/schemas/ChatCompletionCreateParams.yaml"), "seed", {
    type: "integer",
    minimum: 0,
    description: "Sample deterministically: the same seed and parameters give the same answer.",
  });
  const outputs = packages.map((name) => `${name}/src/generated`);
  writeFileSync(
    join(dir, "generator.config.json"),
    JSON.stringify({ root: ".", specs: [{ spec: "openapi/openapi.yaml", outputs }] }),
  );
  const result = runCli(["--config", join(dir, "generator.config.json")]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
}, 120_000);

describe.each(packages)("after one `generate`, the %s output", (name) => {
  const read = (file: string) => readFileSync(join(dir, name, "src/generated", file), "utf8");

  it("types the field and documents it from the spec", () => {
    expect(read("types.gen.ts")).toContain(
      [
        "  /**",
        "   * Sample deterministically: the same seed and parameters give the same answer.",
        "   *",
        "   * Minimum: 0",
        "   */",
        "  seed?: number;",
      ].join("\n"),
    );
  });

  it("checks the field", () => {
    expect(read("checks.gen.ts")).toContain('seed: { type: ["integer"], minimum: 0 }');
  });
});

describe("the new field", () => {
  it("is checked at run time", async () => {
    const { checkChatCompletionCreateParams: check }: { checkChatCompletionCreateParams: RequestChecker } =
      await import(join(dir, "node/src/generated/checks.gen.ts"));
    const body = { model: "m", messages: [{ role: "user", content: "Hi" }] };
    expect(check({ ...body, seed: 7 })).toEqual([]);
    expect(check({ ...body, seed: -1 })).toEqual([{ path: "seed", rule: "minimum", message: "must be >= 0 (got -1)" }]);
  });

  it("is typed for callers", { timeout: 180_000 }, () => {
    const src = join(dir, "node/src");
    writeFileSync(join(src, "runtime.ts"), TEST_RUNTIME);
    writeFileSync(
      join(src, "usage.ts"),
      [
        'import type { ChatCompletionCreateParams } from "./generated/index.gen.ts";',
        'export const ok: ChatCompletionCreateParams = { model: "m", messages: [], seed: 42 };',
        "// @ts-expect-error seed is an integer, not a string",
        'export const bad: ChatCompletionCreateParams = { model: "m", messages: [], seed: "42" };',
        "",
      ].join("\n"),
    );
    mkdirSync(src, { recursive: true });
    writeFileSync(
      join(dir, "node/tsconfig.json"),
      JSON.stringify({
        extends: join(REPO_ROOT, "tsconfig.base.json"),
        compilerOptions: { noEmit: true, types: [] },
        include: ["src"],
      }),
    );
    const { status, output } = typecheck(join(dir, "node"));
    expect(output).toBe("");
    expect(status).toBe(0);
  });
});
