import { defineConfig } from "tsdown";
import { libraryBuild } from "../../config/tsdown.ts";

// ESM for bundlers, `@maxtoken/core` external. The self-contained file for a plain
// <script type="module"> is built next by scripts/bundle.mjs.
export default defineConfig(libraryBuild({ platform: "browser", target: "es2022", format: ["esm"] }));
