// Scale: a large real-world spec (test/fixtures/large/: Plaid's, 200 operations and 1,278
// schemas, plus our chat path) generates and its output typechecks. How long that takes is
// measured in bench/generator/, not here.
import { join } from "node:path";
import { expect, it } from "vitest";
import { renderSpec } from "../src/generate.ts";
import { FIXTURES_DIR } from "./support/paths.ts";
import { materialize, scratchDir, typecheck } from "./support/scratch.ts";

it("the large fixture generates a method per operation and typechecks", { timeout: 600_000 }, async () => {
  const files = await renderSpec(join(FIXTURES_DIR, "large/openapi.json"), "large", undefined, () => {});
  const methods = [...files]
    .filter(([path]) => path.startsWith("resources/"))
    .flatMap(([, content]) => [...content.matchAll(/return this\.#client\.request/g)]);
  expect(methods).toHaveLength(201);
  expect(files.get("types.gen.ts")!.match(/^export (interface|type) /gm)!.length).toBeGreaterThan(1278);
  const dir = scratchDir("large");
  materialize(dir, files);
  const { status, output } = typecheck(dir);
  expect(output).toBe("");
  expect(status).toBe(0);
});
