import { defineConfig } from "tsdown";
import { libraryBuild } from "../../config/tsdown.ts";

// ESM and CommonJS from one pass, runtime-neutral, for the user API (`src/index.ts`) and the
// generated-code contract (`src/internal.ts`, the `./internal` subpath), sharing one chunk so that
// both reach the same classes; dependencies stay external. publint and attw check the packed
// result (tools/release/test/pack.test.ts).
export default defineConfig(
  libraryBuild({
    platform: "neutral",
    target: "es2022",
    format: ["esm", "cjs"],
    entry: ["src/index.ts", "src/internal.ts"],
  }),
);
