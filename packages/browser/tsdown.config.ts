import { defineConfig } from "tsdown";
import { libraryBuild } from "../../config/tsdown.ts";

// ESM for bundlers, `@maxtoken/core` external. The self-contained file for a plain
// <script type="module"> is built next by scripts/bundle.mjs. The entry is the generated public
// index (src/generated/index.gen.ts), built under the name dist/index.
export default defineConfig(
  libraryBuild({
    platform: "browser",
    target: "es2022",
    format: ["esm"],
    entry: { index: "src/generated/index.gen.ts" },
  }),
);
