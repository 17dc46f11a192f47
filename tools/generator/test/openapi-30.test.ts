// An OpenAPI 3.0 spec generates like a 3.1 one: `nullable` (with a type, without one, on a
// `$ref` through `allOf`) allows `null` in the types and in the request checker; a boolean
// `exclusiveMinimum` makes `minimum` exclusive.
import { join } from "node:path";
import type { RequestChecker } from "@maxtoken/core/internal";
import { beforeAll, describe, expect, it } from "vitest";
import { renderSpec } from "../src/generate.ts";
import { FIXTURES_DIR } from "./support/paths.ts";
import { materialize, scratchDir, typecheck } from "./support/scratch.ts";

const spec = join(FIXTURES_DIR, "openapi-30/openapi.yaml");
let files: Map<string, string>;
let check: RequestChecker;
let dir: string;
beforeAll(async () => {
  files = await renderSpec(spec, "openapi-30", undefined, () => {});
  dir = scratchDir("openapi-30");
  materialize(dir, files);
  ({ checkRunParams: check } = await import(join(dir, "generated/checks.gen.ts")));
});

describe("an OpenAPI 3.0 spec", () => {
  it("types nullable fields with | null", () => {
    const types = files.get("types.gen.ts")!;
    expect(types).toMatch(/temperature: number \| null;/);
    expect(types).toMatch(/instructions\?: string \| null;/);
    expect(types).toMatch(/tool\?: Tool \| null;/);
    expect(types).toMatch(/mode\?: "fast" \| "slow" \| null;/);
    expect(types).toMatch(/finished_at\?: number \| null;/);
  });

  it("checks null as allowed, and the exclusive minimum", () => {
    expect(check({ temperature: null, instructions: null, tool: null, anything: null, mode: null })).toEqual([]);
    expect(check({ temperature: 0.5, tool: { name: "t" }, mode: "fast" })).toEqual([]);
    expect(check({ temperature: 0 })).toEqual([
      { path: "temperature", rule: "exclusiveMinimum", message: "must be > 0 (got 0)" },
    ]);
    expect(check({ temperature: 1, tool: {} })).toEqual([
      { path: "tool.name", rule: "required", message: "is required" },
    ]);
  });

  it("typechecks", { timeout: 180_000 }, () => {
    const { status, output } = typecheck(dir);
    expect(output).toBe("");
    expect(status).toBe(0);
  });
});
