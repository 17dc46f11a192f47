// The generated code typechecks under the repo's strict settings, and its types behave as
// the SDK promises (usage files with `@ts-expect-error` for what must not compile).
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderSpec } from "../src/generate.ts";
import { FIXTURES, FIXTURES_DIR } from "./support/paths.ts";
import { materialize, scratchDir, typecheck } from "./support/scratch.ts";

describe.each(FIXTURES)("the $name client", ({ name, spec, label }) => {
  it("passes tsc --noEmit with a usage file", { timeout: 180_000 }, async () => {
    const dir = scratchDir(`typecheck-${name}`);
    materialize(dir, await renderSpec(spec, label));
    copyFileSync(join(FIXTURES_DIR, "usage", `${name}.ts`), join(dir, "usage.ts"));
    const { status, output } = typecheck(dir);
    expect(output).toBe("");
    expect(status).toBe(0);
  });
});
