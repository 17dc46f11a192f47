import { defineConfig } from "tsdown";
import { libraryBuild } from "../../config/tsdown.ts";

// ESM and CommonJS from one pass; `@maxtoken/core` stays an external dependency. publint and attw
// check the packed result (tools/release/test/pack.test.ts). The entry is the generated public
// index (src/generated/index.gen.ts), built under the name dist/index.
export default defineConfig(
  libraryBuild({
    platform: "node",
    target: "node20",
    format: ["esm", "cjs"],
    entry: { index: "src/generated/index.gen.ts" },
  }),
);
