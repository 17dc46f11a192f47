import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** `tools/generator/`. */
export const GENERATOR_ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The repository root. */
export const REPO_ROOT = resolve(GENERATOR_ROOT, "../..");
export const FIXTURES_DIR = join(GENERATOR_ROOT, "test/fixtures");
/** tsx's loader, which runs the generator's TypeScript entry points (`node --import <it>`). */
export const TSX = pathToFileURL(join(REPO_ROOT, "node_modules/tsx/dist/loader.mjs")).href;
export const CLI = join(GENERATOR_ROOT, "src/cli.ts");
export const CHECK_DRIFT = join(GENERATOR_ROOT, "src/check-drift.ts");

/** The specs of the golden tests: ours, one with more resources, and one with every OpenAI-style shape. */
export const FIXTURES = [
  { name: "maxtoken", spec: join(REPO_ROOT, "openapi/openapi.yaml"), label: "openapi/openapi.yaml" },
  {
    name: "extended",
    spec: join(FIXTURES_DIR, "extended/openapi.yaml"),
    label: "tools/generator/test/fixtures/extended/openapi.yaml",
  },
  {
    name: "shapes",
    spec: join(FIXTURES_DIR, "shapes/openapi.yaml"),
    label: "tools/generator/test/fixtures/shapes/openapi.yaml",
  },
] as const;
